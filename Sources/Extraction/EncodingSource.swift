/// Where the encoding decision came from, for messages and tests.
enum EncodingSource: String, Sendable {
    case bom, http, meta, guess
}

/// When an article was published, as the page stated it.
///
/// A byline such as `입력 2025.06.27 17:12` carries no offset and is read in the configured
/// zone; JSON-LD `2025-06-27T08:12:00Z` carries one. Keeping that distinction lets the
/// pipeline convert both to the configured zone for `published_at`.
public struct PublishTime: Sendable, Hashable, Codable {
    public var civil: CivilDateTime
    /// Seconds east of UTC when the source stated an offset; nil for a local wall-clock time.
    public var utcOffsetSeconds: Int?

    public init(civil: CivilDateTime, utcOffsetSeconds: Int? = nil) {
        self.civil = civil
        self.utcOffsetSeconds = utcOffsetSeconds
    }
}

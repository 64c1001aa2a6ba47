import Extraction
import NewsModel

/// What the workers hand to the writer, in the producer's order.
enum WorkResult: Sendable {
    case analyzed(DocumentOutcome)
    case fileFinished(FileOutcome)
}

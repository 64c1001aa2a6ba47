import Extraction
import NewsModel

/// What the producer hands to the workers: a page to extract, or the end of an input file.
enum WorkItem: Sendable {
    case document(InputDocument)
    case fileFinished(FileOutcome)
}

/// Why an extractor could not be built.
public enum ExtractionError: Error, Sendable, Equatable {
    /// A profile expression does not compile.
    case invalidXPath(site: String, field: String, expression: String)
}

extension ExtractionError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidXPath(let site, let field, let expression):
            return "site \"\(site)\", field \"\(field)\": invalid XPath expression \"\(expression)\""
        }
    }
}

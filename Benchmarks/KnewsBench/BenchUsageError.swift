/// A knews-bench command line that cannot be run, said so the user can fix it.
enum BenchUsageError: Error, CustomStringConvertible {
    case missingValue(String)
    case unknownOption(String)
    case notAPositiveNumber(option: String, value: String)
    case missingArgument(String)

    var description: String {
        switch self {
        case let .missingValue(option): "\(option) needs a value"
        case let .unknownOption(option): "unknown option \(option)"
        case let .notAPositiveNumber(option, value): "\(option) takes a positive whole number, not \"\(value)\""
        case let .missingArgument(what): "missing \(what)"
        }
    }
}

/// Why a pipeline.yml cannot be used. Each message names the file and what to change.
public enum ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidYAML(path: String, reason: String)
    case unknownKey(path: String, key: String, allowed: [String])
    case invalidValue(path: String, key: String, reason: String)
    case missingKey(path: String, key: String)
    case invalidXPath(path: String, problems: [String])
    case gazetteer(path: String, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "cannot read config \(path): \(reason)"
        case let .invalidYAML(path, reason):
            return "config \(path) is not valid YAML: \(reason)"
        case let .unknownKey(path, key, allowed):
            return "config \(path): unknown key '\(key)' (allowed here: \(allowed.joined(separator: ", ")))"
        case let .invalidValue(path, key, reason):
            return "config \(path): '\(key)' \(reason)"
        case let .missingKey(path, key):
            return "config \(path): '\(key)' is required"
        case let .invalidXPath(path, problems):
            return "config \(path): \(problems.joined(separator: "; "))"
        case let .gazetteer(path, reason):
            return "config \(path): \(reason)"
        }
    }
}

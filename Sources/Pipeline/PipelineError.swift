import Export

/// Why a run stopped. Each case maps to one documented exit status (see `exitStatus`).
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case config(ConfigError)
    case usage(String)
    case lockHeld(lockPath: String)
    case outputUnwritable(path: String, reason: String)
    /// The run finished and was committed, but more inputs were bad than `--max-error-rate` allows.
    case tooManyBadInputs(errors: Int, inputs: Int, limit: Double)
    /// The run was committed, but a source's field went (nearly) empty, and `--strict` or
    /// `fail_on_health` asked for that to fail the run.
    case healthDropped(warnings: [String])
    /// SIGTERM, SIGINT or SIGHUP stopped the run before its commit (see `SignalHandler`).
    case interrupted(signal: Int32, runID: Int64)

    public var description: String {
        switch self {
        case let .config(error):
            return error.description
        case let .usage(message):
            return message
        case let .lockHeld(lockPath):
            return "another knews run holds the lock \(lockPath); nothing was changed (try again when it finishes)"
        case let .outputUnwritable(path, reason):
            return "cannot write output \(path): \(reason)"
        case let .healthDropped(warnings):
            return "\(warnings.count) field health warning\(warnings.count == 1 ? "" : "s") (--strict or fail_on_health): "
                + warnings.joined(separator: "; ") + "; the run was stored, see the source_health table"
        case let .interrupted(signal, runID):
            return "run \(runID) stopped by \(SignalHandler.name(of: signal)); its writes were rolled back and the run is marked aborted"
        case let .tooManyBadInputs(errors, inputs, limit):
            let percent = inputs == 0 ? 0 : Double(errors) * 100 / Double(inputs)
            return "\(errors) of \(inputs) inputs were bad (\(Self.format(percent))%), more than --max-error-rate \(Self.format(limit * 100))%; the good ones were stored, see the input_errors table"
        }
    }

    /// The documented exit statuses of `knews` (README, "Exit codes").
    public var exitStatus: Int32 {
        switch self {
        case .config, .usage: return 1
        case .outputUnwritable: return 2
        case .tooManyBadInputs, .healthDropped: return 3
        case .lockHeld: return 75
        case let .interrupted(signal, _): return 128 + signal
        }
    }

    private static func format(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}

extension StoreError {
    var pipelineError: PipelineError {
        .outputUnwritable(path: "database", reason: "\(self)")
    }
}

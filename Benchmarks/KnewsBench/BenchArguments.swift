/// `--name value` and `--flag` options of one knews-bench verb, read without ArgumentParser so
/// the benchmark target stays free of CLI dependencies.
struct BenchArguments {
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positional: [String] = []

    /// Options not in `valued` are flags; an unknown option is a usage error.
    init(_ arguments: [String], valued: Set<String>, flags known: Set<String>) throws(BenchUsageError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2))
                if valued.contains(name) {
                    guard index + 1 < arguments.count else { throw .missingValue(argument) }
                    values[name] = arguments[index + 1]
                    index += 2
                    continue
                }
                guard known.contains(name) else { throw .unknownOption(argument) }
                flags.insert(name)
            } else {
                positional.append(argument)
            }
            index += 1
        }
    }

    func int(_ name: String) throws(BenchUsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text), value > 0 else { throw .notAPositiveNumber(option: "--" + name, value: text) }
        return value
    }
}

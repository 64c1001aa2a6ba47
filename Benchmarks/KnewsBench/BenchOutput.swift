import Foundation

/// The one JSON object a benchmark verb prints on stdout, for run_benchmark.py to read.
enum BenchOutput {
    static func printJSON(_ object: [String: Any]) {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
            let text = String(data: data, encoding: .utf8)
        else {
            FileHandle.standardError.write(Data("knews-bench: could not encode the result as JSON\n".utf8))
            exit(1)
        }
        print(text)
    }

    /// Rounds for a readable JSON file; measurements carry no more digits than this anyway.
    static func round(_ value: Double, _ digits: Int = 4) -> Double {
        let scale = pow(10.0, Double(digits))
        return (value * scale).rounded() / scale
    }

    /// Peak resident set of this process so far, in MB (Linux reports ru_maxrss in KB).
    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// User plus system CPU seconds of the whole process so far (all threads).
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("knews-bench: \(message)\n".utf8))
        exit(2)
    }
}

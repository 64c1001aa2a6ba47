import ArgumentParser
import Foundation
import Glibc
import Logging
import Pipeline

/// Argument parsing only: every verb hands over to Pipeline at once.
@main
struct Knews: ParsableCommand {
    /// ArgumentParser exits 64 (`EX_USAGE`) on a usage error; the README promises 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error) + "\n")
                Foundation.exit(1)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "knews",
        abstract: "Turn collected Korean news pages into SQLite and CSV tables of articles, money, dates and organizations.",
        discussion: """
            Exit status: 0 success (bad inputs are recorded, not fatal), 1 usage or config error, \
            2 output could not be written, 3 more bad inputs than --max-error-rate allows (or, with \
            --strict or fail_on_health, a source's field went empty; the run is stored either way; \
            extract, normalize, tag: some inputs or lines were bad), 75 another run holds the lock, \
            128+N stopped by signal N (143 SIGTERM, 130 SIGINT, 129 SIGHUP).
            """,
        version: KnewsVersion.current,
        subcommands: [Run.self, Validate.self, Extract.self, Normalize.self, Tag.self, Entities.self, Analyze.self])
}

struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "Pipeline configuration; relative paths inside it are relative to its folder.")
    var config = "pipeline.yml"

    func load() throws -> PipelineConfig {
        do {
            return try PipelineConfig.load(path: config)
        } catch {
            throw Failure(PipelineError.config(error))
        }
    }
}

/// Prints the one-line reason and exits with the documented status.
struct Failure: Error, CustomStringConvertible {
    let error: PipelineError
    init(_ error: PipelineError) { self.error = error }
    var description: String { error.description }
}

func exitOnFailure<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as Failure {
        StandardError.write("knews: \(failure.error)\n")
        throw ExitCode(failure.error.exitStatus)
    } catch let error as PipelineError {
        StandardError.write("knews: \(error)\n")
        throw ExitCode(error.exitStatus)
    }
}

extension Knews {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the pipeline: extract, normalize, tag, write SQLite and CSV.")

        @OptionGroup var options: ConfigOption
        @Option(name: .customLong("input"), help: "Input file, folder or glob; repeatable; replaces the config's inputs.")
        var inputs: [String] = []
        @Option(help: "SQLite database to write (default: output.sqlite of the config).")
        var sqlite: String?
        @Option(name: .customLong("csv-dir"), help: "Folder for the CSV files (default: output.csv_dir of the config).")
        var csvDir: String?
        @Option(help: "Worker threads (default: jobs of the config, else one per core).")
        var jobs: Int?
        @Flag(help: "Re-process every input, even those unchanged since the last run.")
        var full = false
        @Option(name: .customLong("max-error-rate"), help: "Fail (exit 3) when more than this fraction of inputs is bad, e.g. 0.2.")
        var maxErrorRate: Double?
        @Flag(help: "Exit 3 (after storing the run) when a source's field health dropped: a field filled in at least 80% of its articles before is filled in at most 20% now.")
        var strict = false
        @Flag(help: "Print only warnings and errors.")
        var quiet = false
        @Flag(help: "Also print one line per input file.")
        var verbose = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
            if let maxErrorRate, !(0...1).contains(maxErrorRate) {
                throw ValidationError("--max-error-rate is a fraction between 0 and 1, such as 0.2")
            }
        }

        func run() throws {
            try exitOnFailure {
                let config = try options.load()
                let logger = makeLogger(quiet: quiet, verbose: verbose)
                let runOptions = RunOptions(
                    inputs: inputs.isEmpty ? nil : inputs, sqlitePath: sqlite, csvDirectory: csvDir,
                    jobs: jobs, full: full, maxErrorRate: maxErrorRate,
                    showProgress: !quiet && StandardError.isTerminal)
                var settings = runOptions
                settings.strict = strict
                SignalHandler.install()
                _ = try PipelineRunner(config: config, options: settings, logger: logger).run()
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the config, every site XPath and gazetteer file; exit 0 when usable, 1 otherwise.")

        @OptionGroup var options: ConfigOption
        @Option(help: "A saved page (HTML, .gz or WARC): print what each XPath of its site profile returns; exit 1 when one matches nothing.")
        var page: String?
        @Option(help: "With --page: the site profile to try, instead of the one whose match fits the page.")
        var site: String?

        func run() throws {
            try exitOnFailure {
                let config = try options.load()
                if let page {
                    let (lines, dead) = try PipelineValidator.probePage(page, site: site, config: config)
                    lines.forEach { print($0) }
                    if dead { throw ExitCode(1) }
                    return
                }
                let problems = PipelineValidator.problems(in: config)
                if problems.isEmpty {
                    print("\(options.config): ok (\(config.sites.count) site profiles, \(config.inputs.count) inputs)")
                    return
                }
                for problem in problems {
                    print("\(options.config): \(problem)")
                }
                throw ExitCode(1)
            }
        }
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the articles found in pages as JSON lines (no database).")

        @OptionGroup var options: ConfigOption
        @Argument(help: "Files, folders, globs or WARC files.")
        var paths: [String]
        @Flag(help: "Before each page's JSON line, print every title, time, author and body candidate with its score and why the winner won.")
        var explain = false

        func run() throws {
            try exitOnFailure {
                let config = try loadOrDefault(options)
                if explain {
                    try Inspector(config: config).explain(
                        inputs: paths, write: { print($0) },
                        report: { StandardError.write("knews: \($0.severity.rawValue) (\($0.stage)) \($0.inputPath): \($0.message)\n") })
                    return
                }
                let errors = try Inspector(config: config).extract(
                    inputs: paths, write: { print($0) },
                    report: { StandardError.write("knews: \($0.severity.rawValue) (\($0.stage)) \($0.inputPath): \($0.message)\n") })
                if errors > 0 { throw ExitCode(3) }
            }
        }
    }

    struct Normalize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find money and dates in JSON lines {\"id\", \"text\", \"published_at\"} read from stdin.")

        @OptionGroup var options: ConfigOption
        @Flag(help: "Read and write JSON lines (the only format for now).")
        var jsonl = false

        func run() throws {
            try exitOnFailure {
                let problems = try Inspector(config: try loadOrDefault(options)).normalize(
                    lines: standardInputLines(), write: { print($0) }, report: { StandardError.write("knews: \($0)\n") })
                if problems > 0 { throw ExitCode(3) }
            }
        }
    }

    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find organizations in JSON lines {\"id\", \"title\", \"body\"} read from stdin.")

        @OptionGroup var options: ConfigOption
        @Flag(help: "Read and write JSON lines (the only format for now).")
        var jsonl = false

        func run() throws {
            try exitOnFailure {
                let problems = try Inspector(config: try loadOrDefault(options)).tag(
                    lines: standardInputLines(), write: { print($0) }, report: { StandardError.write("knews: \($0)\n") })
                if problems > 0 { throw ExitCode(3) }
            }
        }
    }
}

extension Knews {
    struct Entities: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the organizations knews discovered (origin pattern) in the database, for review.",
            discussion: """
                Prints name, type, confidence, evidence, mentions and articles, most mentioned first. \
                With --tsv, prints gazetteer TSV: keep the rows you accept as a file listed under \
                `gazetteer:` in pipeline.yml (promotion), and put the names you refuse in a file \
                listed under `reject:` (one name per line; these lines work as they are).
                """)

        @OptionGroup var options: ConfigOption
        @Flag(help: "List discovered organizations (the only listing for now).")
        var discovered = false
        @Option(help: "Only entities with at least this confidence (0 to 1).")
        var minConfidence: Double = 0
        @Flag(help: "Print gazetteer TSV (name, type, name_en, aliases) with the evidence as comments.")
        var tsv = false
        @Option(help: "SQLite database to read (default: output.sqlite of the config).")
        var sqlite: String?

        func validate() throws {
            guard discovered else { throw ValidationError("pass --discovered: only discovered organizations are listed") }
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        }

        func run() throws {
            try exitOnFailure {
                let config = try loadOrDefault(options)
                try Inspector(config: config).discoveredEntities(
                    sqlitePath: sqlite ?? config.sqlitePath, minConfidence: minConfidence, tsv: tsv,
                    write: { print($0) })
            }
        }
    }

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rows `knews run` would store, one JSON line per article or input error (no database).",
            discussion: """
                Reads files, folders, globs or WARC files; `-` reads a WARC, gzip or HTML stream \
                from standard input. Exit status 0 when input problems were only recorded (as \
                {"type":"input_error"} lines), 1 for usage or config errors, 2 for I/O failures.
                """)

        @OptionGroup var options: ConfigOption
        @Argument(help: "Files, folders, globs or WARC files; `-` for standard input.")
        var paths: [String] = []
        @Option(help: "How standard input is read: auto, warc or html.")
        var format: String = "auto"
        @Option(help: "The URL of the single HTML page on standard input (with --format html).")
        var url: String?
        @Option(name: .customLong("input-path"), help: "The input_path recorded for standard input (default: -).")
        var inputPath: String = "-"
        @Flag(name: .customLong("print-schema"), help: "Print one line with the column names and SQLite types of every table, then exit.")
        var printSchema = false

        func validate() throws {
            if StreamAnalyzer.StandardInput.Format(rawValue: format) == nil {
                throw ValidationError("--format is auto, warc or html")
            }
            if url != nil && format != "html" {
                throw ValidationError("--url names the single page of --format html")
            }
            if paths.filter({ $0 == "-" }).count > 1 {
                throw ValidationError("standard input (-) can be read once")
            }
            if paths.isEmpty && !printSchema {
                throw ValidationError("name at least one input, or - for standard input")
            }
        }

        func run() throws {
            try exitOnFailure {
                let analyzer = StreamAnalyzer(config: try loadOrDefault(options))
                if printSchema {
                    writeLine(try analyzer.schemaLine())
                    return
                }
                let input = StreamAnalyzer.StandardInput(
                    format: StreamAnalyzer.StandardInput.Format(rawValue: format) ?? .auto, url: url, name: inputPath)
                try analyzer.analyze(inputs: paths, standardInput: input, write: writeLine)
            }
        }
    }
}

/// One record per line, written at once (no buffer to flush), so a reader of the pipe sees
/// each as it is done.
func writeLine(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}

/// The inspection verbs work without a pipeline.yml: defaults then, the named one if it exists.
func loadOrDefault(_ options: ConfigOption) throws -> PipelineConfig {
    if FileManager.default.fileExists(atPath: options.config) {
        return try options.load()
    }
    return PipelineConfig(configPath: options.config, inputs: [], sqlitePath: "output/knews.sqlite", csvDirectory: nil)
}

func standardInputLines() -> AnySequence<String> {
    AnySequence { AnyIterator { readLine(strippingNewline: true) } }
}

func makeLogger(quiet: Bool, verbose: Bool) -> Logger {
    let level: Logger.Level = quiet ? .warning : (verbose ? .debug : .notice)
    return Logger(label: "knews") { label in LineLogHandler(label: label, level: level) }
}

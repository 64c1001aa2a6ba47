import Extraction
import Foundation
import Yams

/// pipeline.yml, with every path already resolved against the config file's folder.
///
/// Cron runs from `$HOME`, so a relative path in the config must mean "next to the config",
/// never "next to wherever cron happened to start".
public struct PipelineConfig: Sendable {
    public var configPath: String
    /// Files, folders and globs, absolute.
    public var inputs: [String]
    public var timeZoneIdentifier: String
    public var sqlitePath: String
    public var csvDirectory: String?
    public var csvByteOrderMark: Bool
    public var csvNeutralizeFormulas: Bool
    public var sites: [SiteProfile]
    /// Extra gazetteer TSV files, absolute.
    public var gazetteerFiles: [String]
    /// Files of names never to take as discovered organizations (`reject:`), absolute.
    public var rejectFiles: [String]
    public var maxInputBytes: Int
    public var jobs: Int?
    public var maxErrorRate: Double?
    /// `limits.page_seconds`: a page whose extraction takes longer is recorded in
    /// `input_errors` (issue 20); the run goes on.
    public var pageSeconds: Double = PipelineConfig.defaultPageSeconds
    /// SHA-256 of the config file's bytes, recorded with every run.
    public var sha256: String
    /// `sources:`: a host (or parent domain), `og:site_name` or profile name → the outlet name
    /// stored in `articles.source` (see `SourceNames`).
    public var sourceNames: [String: String] = [:]
    /// `fail_on_health: true`: a field-health warning ends the run with exit 3 (as `--strict`).
    public var failOnHealth = false
    /// `csv: {split_by: month}`: mention CSVs also written as one file per publication month.
    public var csvSplitByMonth = false

    /// Every key pipeline.yml understands, by section; anything else is a typo worth an error.
    static let topLevelKeys = [
        "inputs", "timezone", "output", "csv", "sites", "gazetteer", "reject", "limits", "jobs", "max_error_rate",
        "sources", "fail_on_health",
    ]
    static let outputKeys = ["sqlite", "csv_dir"]
    static let csvKeys = ["bom", "neutralize_formulas", "split_by"]
    static let limitsKeys = ["max_input_bytes", "page_seconds"]
    static let siteKeys = ["name", "match", "item", "title", "body", "url", "published", "author", "base_url"]

    public static let defaultMaxInputBytes = 64 << 20
    /// A real page parses in milliseconds; five seconds is a page built to stall the parser.
    public static let defaultPageSeconds = 5.0

    public init(
        configPath: String, inputs: [String], timeZoneIdentifier: String = "Asia/Seoul",
        sqlitePath: String, csvDirectory: String?, csvByteOrderMark: Bool = true,
        csvNeutralizeFormulas: Bool = true, sites: [SiteProfile] = [], gazetteerFiles: [String] = [],
        rejectFiles: [String] = [], maxInputBytes: Int = PipelineConfig.defaultMaxInputBytes, jobs: Int? = nil,
        maxErrorRate: Double? = nil, sha256: String = ""
    ) {
        self.configPath = configPath
        self.inputs = inputs
        self.timeZoneIdentifier = timeZoneIdentifier
        self.sqlitePath = sqlitePath
        self.csvDirectory = csvDirectory
        self.csvByteOrderMark = csvByteOrderMark
        self.csvNeutralizeFormulas = csvNeutralizeFormulas
        self.sites = sites
        self.gazetteerFiles = gazetteerFiles
        self.rejectFiles = rejectFiles
        self.maxInputBytes = maxInputBytes
        self.jobs = jobs
        self.maxErrorRate = maxErrorRate
        self.sha256 = sha256
    }

    /// Reads and checks pipeline.yml. Structural problems only: XPath and gazetteer checks
    /// need the stages and happen in `PipelineValidator`.
    public static func load(path: String) throws(ConfigError) -> PipelineConfig {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            // Checked before reading: a 10 GB file given by mistake is refused, not loaded.
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > ConfigLimits.maxBytes {
                throw ConfigError.unreadable(path: path, reason: "the file is \(size) bytes; a pipeline.yml may be at most \(ConfigLimits.maxBytes)")
            }
            data = try Data(contentsOf: url)
        } catch let error as ConfigError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard data.count <= ConfigLimits.maxBytes else {
            throw .unreadable(path: path, reason: "the file is \(data.count) bytes; a pipeline.yml may be at most \(ConfigLimits.maxBytes)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "the file is not UTF-8 text")
        }
        try ConfigLimits.checkAliases(text, path: path)
        let node: Any?
        do {
            node = try Yams.load(yaml: text)
        } catch {
            throw .invalidYAML(path: path, reason: ConfigLimits.oneLine(error))
        }
        let root: [String: Any]
        if node == nil {
            root = [:]
        } else if let dictionary = node as? [String: Any] {
            root = dictionary
        } else {
            throw .invalidYAML(path: path, reason: "the top level must be a mapping of keys such as inputs:, output:, sites:")
        }
        let folder = url.deletingLastPathComponent().path
        var reader = ConfigReader(path: path, folder: folder)
        var config = try reader.read(root)
        config.sha256 = Digest.sha256Hex(of: [UInt8](data))
        return config
    }
}

/// Walks the YAML tree with messages that name the offending key.
private struct ConfigReader {
    let path: String
    let folder: String

    mutating func read(_ root: [String: Any]) throws(ConfigError) -> PipelineConfig {
        try checkKeys(root, allowed: PipelineConfig.topLevelKeys, section: "")
        let inputs = try stringList(root["inputs"], key: "inputs").map(resolve)
        let zone = try string(root["timezone"], key: "timezone") ?? "Asia/Seoul"
        guard TimeZone(identifier: zone) != nil else {
            throw .invalidValue(path: path, key: "timezone", reason: "'\(zone)' is not a known time zone (use an IANA name such as Asia/Seoul)")
        }
        let output = try mapping(root["output"], key: "output")
        try checkKeys(output, allowed: PipelineConfig.outputKeys, section: "output.")
        let sqlite = try string(output["sqlite"], key: "output.sqlite") ?? "output/knews.sqlite"
        let csvDir = try string(output["csv_dir"], key: "output.csv_dir")
        let csv = try mapping(root["csv"], key: "csv")
        try checkKeys(csv, allowed: PipelineConfig.csvKeys, section: "csv.")
        let limits = try mapping(root["limits"], key: "limits")
        try checkKeys(limits, allowed: PipelineConfig.limitsKeys, section: "limits.")
        let maxBytes = try integer(limits["max_input_bytes"], key: "limits.max_input_bytes") ?? PipelineConfig.defaultMaxInputBytes
        guard maxBytes > 0 else {
            throw .invalidValue(path: path, key: "limits.max_input_bytes", reason: "must be a positive number of bytes")
        }
        let pageSeconds = try number(limits["page_seconds"], key: "limits.page_seconds") ?? PipelineConfig.defaultPageSeconds
        guard pageSeconds > 0 else {
            throw .invalidValue(path: path, key: "limits.page_seconds", reason: "must be a positive number of seconds, such as 5")
        }
        let jobs = try integer(root["jobs"], key: "jobs")
        if let jobs, !(1...256).contains(jobs) {
            throw .invalidValue(path: path, key: "jobs", reason: "must be between 1 and 256")
        }
        let rate = try number(root["max_error_rate"], key: "max_error_rate")
        if let rate, !(0...1).contains(rate) {
            throw .invalidValue(path: path, key: "max_error_rate", reason: "must be a fraction between 0 and 1, such as 0.2")
        }
        let splitBy = try string(csv["split_by"], key: "csv.split_by")
        if let splitBy, splitBy != "month" {
            throw .invalidValue(path: path, key: "csv.split_by", reason: "'\(splitBy)' is not supported; the only choice is month")
        }
        var config = PipelineConfig(
            configPath: path, inputs: inputs, timeZoneIdentifier: zone,
            sqlitePath: resolve(sqlite), csvDirectory: csvDir.map(resolve),
            csvByteOrderMark: try bool(csv["bom"], key: "csv.bom") ?? true,
            csvNeutralizeFormulas: try bool(csv["neutralize_formulas"], key: "csv.neutralize_formulas") ?? true,
            sites: try sites(root["sites"]),
            gazetteerFiles: try stringList(root["gazetteer"], key: "gazetteer").map(resolve),
            rejectFiles: try stringList(root["reject"], key: "reject").map(resolve),
            maxInputBytes: maxBytes, jobs: jobs, maxErrorRate: rate)
        config.sourceNames = try sourceNames(root["sources"])
        config.failOnHealth = try bool(root["fail_on_health"], key: "fail_on_health") ?? false
        config.csvSplitByMonth = splitBy == "month"
        config.pageSeconds = pageSeconds
        return config
    }

    /// `sources:` as a mapping of host or site name to outlet name.
    func sourceNames(_ node: Any?) throws(ConfigError) -> [String: String] {
        let entries = try mapping(node, key: "sources")
        var names: [String: String] = [:]
        for (key, value) in entries {
            guard let name = value as? String, !name.isEmpty else {
                throw .invalidValue(path: path, key: "sources.\(key)", reason: "must be the outlet's name (text), e.g. 'chosun.com: 조선일보'")
            }
            names[key] = name
        }
        return names
    }

    func resolve(_ relative: String) -> String {
        let expanded = (relative as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return URL(fileURLWithPath: folder).appendingPathComponent(expanded).standardizedFileURL.path
    }

    func sites(_ node: Any?) throws(ConfigError) -> [SiteProfile] {
        guard let node else { return [] }
        guard let list = node as? [Any] else {
            throw .invalidValue(path: path, key: "sites", reason: "must be a list of site profiles")
        }
        var profiles: [SiteProfile] = []
        for (index, element) in list.enumerated() {
            guard let site = element as? [String: Any] else {
                throw .invalidValue(path: path, key: "sites[\(index)]", reason: "must be a mapping with name, match, title and body")
            }
            let label = "sites[\(index)]"
            try checkKeys(site, allowed: PipelineConfig.siteKeys, section: label + ".")
            func required(_ key: String) throws(ConfigError) -> String {
                guard let value = try string(site[key], key: "\(label).\(key)"), !value.isEmpty else {
                    throw .missingKey(path: path, key: "\(label).\(key)")
                }
                return value
            }
            profiles.append(SiteProfile(
                name: try required("name"), match: try required("match"),
                item: try string(site["item"], key: "\(label).item"),
                title: try required("title"), body: try required("body"),
                url: try string(site["url"], key: "\(label).url"),
                published: try string(site["published"], key: "\(label).published"),
                author: try string(site["author"], key: "\(label).author"),
                baseURL: try string(site["base_url"], key: "\(label).base_url")))
        }
        let names = profiles.map(\.name)
        if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw .invalidValue(path: path, key: "sites", reason: "has two profiles named '\(duplicate)'")
        }
        return profiles
    }

    func checkKeys(_ mapping: [String: Any], allowed: [String], section: String) throws(ConfigError) {
        for key in mapping.keys.sorted() where !allowed.contains(key) {
            throw .unknownKey(path: path, key: section + key, allowed: allowed)
        }
    }

    func mapping(_ node: Any?, key: String) throws(ConfigError) -> [String: Any] {
        guard let node else { return [:] }
        guard let mapping = node as? [String: Any] else {
            throw .invalidValue(path: path, key: key, reason: "must be a mapping")
        }
        return mapping
    }

    func string(_ node: Any?, key: String) throws(ConfigError) -> String? {
        guard let node else { return nil }
        if let text = node as? String { return text }
        if node is NSNull { return nil }
        throw .invalidValue(path: path, key: key, reason: "must be text")
    }

    func stringList(_ node: Any?, key: String) throws(ConfigError) -> [String] {
        guard let node else { return [] }
        if let single = node as? String { return [single] }
        guard let list = node as? [Any] else {
            throw .invalidValue(path: path, key: key, reason: "must be a list of paths")
        }
        var strings: [String] = []
        for element in list {
            guard let text = element as? String else {
                throw .invalidValue(path: path, key: key, reason: "must contain only paths (text), found \(element)")
            }
            strings.append(text)
        }
        return strings
    }

    func integer(_ node: Any?, key: String) throws(ConfigError) -> Int? {
        guard let node else { return nil }
        if let value = node as? Int { return value }
        throw .invalidValue(path: path, key: key, reason: "must be a whole number")
    }

    func number(_ node: Any?, key: String) throws(ConfigError) -> Double? {
        guard let node else { return nil }
        if let value = node as? Double { return value }
        if let value = node as? Int { return Double(value) }
        throw .invalidValue(path: path, key: key, reason: "must be a number")
    }

    func bool(_ node: Any?, key: String) throws(ConfigError) -> Bool? {
        guard let node else { return nil }
        if let value = node as? Bool { return value }
        throw .invalidValue(path: path, key: key, reason: "must be true or false")
    }
}

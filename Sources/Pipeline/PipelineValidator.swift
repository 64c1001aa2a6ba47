import Extraction
import Foundation

/// `knews validate`: everything a run would reject, found before cron finds it at 3 a.m.
public enum PipelineValidator {
    /// Problems that would stop a run, one sentence each; empty when the config is usable.
    public static func problems(in config: PipelineConfig) -> [String] {
        var problems = ArticleExtractor.validate(config.sites)
        problems += PipelineRunner.loadGazetteer(config).1
        if config.inputs.isEmpty {
            problems.append("no inputs: list files, folders or globs under 'inputs:'")
        }
        let found = InputFinder.files(matching: config.inputs)
        for issue in found.issues {
            problems.append("inputs: \(issue.message)")
        }
        let folder = URL(fileURLWithPath: config.sqlitePath).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            let parent = nearestExistingFolder(of: folder)
            if !FileManager.default.isWritableFile(atPath: parent) {
                problems.append("output.sqlite: cannot create folder \(folder) (\(parent) is not writable)")
            }
        } else if !FileManager.default.isWritableFile(atPath: folder) {
            problems.append("output.sqlite: folder \(folder) is not writable")
        }
        return problems
    }

    private static func nearestExistingFolder(of path: String) -> String {
        var url = URL(fileURLWithPath: path)
        while !FileManager.default.fileExists(atPath: url.path) && url.path != "/" {
            url = url.deletingLastPathComponent()
        }
        return url.path
    }
}

extension PipelineValidator {
    /// `knews validate --page FILE`: what each XPath of the matching profile (or `site`)
    /// returns on a saved page, one line per field, dead ones flagged.
    ///
    /// - Returns: the lines to print, and whether any expression matched nothing.
    public static func probePage(
        _ path: String, site: String?, config: PipelineConfig
    ) throws(PipelineError) -> (lines: [String], dead: Bool) {
        let problems = ArticleExtractor.validate(config.sites)
        guard problems.isEmpty else {
            throw .config(.invalidXPath(path: config.configPath, problems: problems))
        }
        guard let extractor = try? ArticleExtractor(profiles: config.sites) else {
            throw .config(.invalidXPath(path: config.configPath, problems: ["the site profiles could not be compiled"]))
        }
        if let site, !config.sites.contains(where: { $0.name == site }) {
            throw .usage("--site \(site): no site profile of that name in \(config.configPath)")
        }
        let found = InputFinder.files(matching: [path])
        guard let file = found.files.first else {
            throw .usage("--page \(path): no such file")
        }
        var lines: [String] = []
        var dead = false
        var probed = false
        let report = InputReader(maxDocumentBytes: config.maxInputBytes).read(file) { document in
            guard !probed else { return }
            probed = true
            guard let probe = extractor.probe(document, site: site) else {
                lines.append("\(document.path): no site profile matches this page (name one with --site)")
                dead = true
                return
            }
            lines.append("\(document.path): profile \"\(probe.profile)\"")
            for issue in probe.issues {
                lines.append("  \(issue.severity.rawValue): \(issue.message)")
            }
            for field in probe.fields {
                let count = "\(field.count) \(field.count == 1 ? "match" : "matches")"
                let shown = field.values.map { "\"\($0)\"" }.joined(separator: ", ")
                lines.append("  \(field.field): \(field.expression) -> \(count)"
                    + (field.isDead ? "  DEAD: matches nothing on this page" : ": " + shown))
                if field.isDead { dead = true }
            }
        }
        for issue in report.issues {
            lines.append("\(issue.inputPath): \(issue.severity.rawValue): \(issue.message)")
        }
        if !probed {
            lines.append("\(path): no page could be read")
            dead = true
        }
        return (lines, dead)
    }
}

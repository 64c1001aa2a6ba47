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

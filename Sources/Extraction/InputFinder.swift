import NewsModel

/// Expands pipeline.yml `inputs` into the sorted list of files to read. API CONTRACT STUB.
public enum InputFinder {
    /// Files, folders (recursive) and globs; keeps `.html .htm .gz .warc .warc.gz` files,
    /// sorted by path so runs are reproducible. A spec that matches nothing is reported, not thrown.
    public static func files(matching specs: [String]) -> (files: [InputFile], issues: [InputIssue]) {
        fatalError("InputFinder.files not implemented yet")
    }
}

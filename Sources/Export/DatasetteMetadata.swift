/// `metadata.json` for Datasette: titles and descriptions of every table, view and column.
/// API CONTRACT STUB.
public enum DatasetteMetadata {
    /// Writes `metadata.json` in the database's folder, atomically.
    public static func write(forDatabaseAt databasePath: String) throws(ExportError) {
        fatalError()
    }
}

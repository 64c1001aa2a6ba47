/// `metadata.json` for Datasette: titles and descriptions of every table, view and column.
///
/// Datasette keys a database's metadata by the file's name without its extension
/// (`knews.sqlite` → `knews`), so the file must sit next to the database and be passed with
/// `datasette knews.sqlite -m metadata.json`. Hand-built JSON with full string escaping,
/// keys in a fixed order, so reruns write identical bytes.
public enum DatasetteMetadata {
    /// Writes `metadata.json` in the database's folder, atomically.
    public static func write(forDatabaseAt databasePath: String) throws(ExportError) {
        let directory = FileSystem.directory(of: databasePath)
        try FileSystem.createDirectory(directory)
        let file = try AtomicFile(path: directory + "/metadata.json")
        file.append(contentsOf: json(databaseName: databaseName(of: databasePath)).utf8)
        try file.commit()
    }

    /// `knews.sqlite` → `knews`, as Datasette names databases.
    static func databaseName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    static func json(databaseName: String) -> String {
        var out = "{\n"
        out += "  \"title\": \(quoted(Catalog.title)),\n"
        out += "  \"description\": \(quoted(Catalog.description)),\n"
        out += "  \"databases\": {\n"
        out += "    \(quoted(databaseName)): {\n"
        out += "      \"description\": \(quoted(Catalog.description)),\n"
        out += "      \"tables\": {\n"
        for (index, relation) in Catalog.relations.enumerated() {
            out += "        \(quoted(relation.name)): {\n"
            out += "          \"description\": \(quoted(relation.description)),\n"
            if let label = relation.labelColumn {
                out += "          \"label_column\": \(quoted(label)),\n"
            }
            out += "          \"columns\": {\n"
            for (columnIndex, column) in relation.columns.enumerated() {
                let comma = columnIndex + 1 < relation.columns.count ? "," : ""
                out += "            \(quoted(column.name)): \(quoted(column.description))\(comma)\n"
            }
            out += "          }\n"
            out += "        }\(index + 1 < Catalog.relations.count ? "," : "")\n"
        }
        out += "      }\n    }\n  }\n}\n"
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

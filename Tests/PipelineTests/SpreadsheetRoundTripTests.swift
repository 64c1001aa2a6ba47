import Foundation
import Testing
@testable import Pipeline

/// The sample run's CSVs through a real spreadsheet: LibreOffice headless converts each to
/// xlsx with the README's import filter, and openpyxl reads the workbook back. Korean text
/// must survive, dates must be dates, amounts exact, no row lost or added.
///
/// Skipped, saying why, where LibreOffice (`soffice`) or python3-openpyxl is not installed
/// (`scripts/install-deps.sh` installs both from Debian where it can).
@Suite struct SpreadsheetRoundTripTests {
    static let files = ["articles.csv", "money_mentions.csv", "date_mentions.csv", "entity_mentions.csv"]

    static let script = #"""
        import csv, datetime, json, os, shutil, subprocess, sys
        csv_dir, out, files = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        try:
            import openpyxl
        except ImportError:
            # Debian's python3-openpyxl, when python3 on PATH is another interpreter (pyenv).
            sys.path.append("/usr/lib/python3/dist-packages")
            try:
                import openpyxl
            except ImportError:
                openpyxl = None
        if soffice is None or openpyxl is None:
            print(json.dumps({"skip": "LibreOffice (soffice) is not installed" if soffice is None else "python3-openpyxl is not installed"}))
            sys.exit(0)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + out + "/profile",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", out]
                       + [os.path.join(csv_dir, f) for f in files],
                       check=True, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        result = {}
        for f in files:
            with open(os.path.join(csv_dir, f), encoding="utf-8-sig", newline="") as h:
                source = list(csv.reader(h))
            book = openpyxl.load_workbook(os.path.join(out, f[:-4] + ".xlsx"), read_only=True)
            sheet = [list(r) for r in book.active.iter_rows(values_only=True)]
            header = source[0]
            report = {"csv_rows": len(source), "xlsx_rows": len(sheet),
                      "header_equal": [str(c) for c in sheet[0]] == header,
                      "text_checked": 0, "text_mismatches": [], "dates_checked": 0, "not_dates": [],
                      "amounts_checked": 0, "amount_mismatches": []}
            for row, cells in zip(source[1:], sheet[1:]):
                cells = list(cells) + [None] * (len(header) - len(cells))
                for column, name in enumerate(header):
                    text, value = row[column], cells[column]
                    korean = any("\uac00" <= ch <= "\ud7a3" for ch in text)
                    if name in ("title", "name", "surface", "body", "source", "author") and korean and not text.startswith("'"):
                        report["text_checked"] += 1
                        if str(value) != text:
                            report["text_mismatches"].append([text, str(value)])
                    if name in ("published_date", "date_start", "date_end") and text:
                        report["dates_checked"] += 1
                        if not isinstance(value, datetime.datetime) or value.date().isoformat() != text:
                            report["not_dates"].append([text, repr(value)])
                    if name in ("amount_low", "amount_high") and text:
                        digits = text.lstrip("-").rstrip("0")
                        if len(digits) <= 15:
                            report["amounts_checked"] += 1
                            if not isinstance(value, (int, float)) or int(value) != int(text):
                                report["amount_mismatches"].append([text, repr(value)])
            result[f] = report
        print(json.dumps(result, ensure_ascii=False))
        """#

    @Test func libreOfficeReadsTheCSVsAsTheyAre() throws {
        let run = SampleRun.shared
        _ = try run.first.get()
        let out = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, run.csvDirectory, out.path, Self.files.joined(separator: ",")]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errorText)")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(errorText)")
        if let reason = object["skip"] as? String {
            print("SpreadsheetRoundTripTests skipped: \(reason); run scripts/install-deps.sh to install LibreOffice and python3-openpyxl")
            return
        }
        var dates = 0
        for file in Self.files {
            let report = try #require(object[file] as? [String: Any], "\(file)")
            #expect(report["csv_rows"] as? Int == report["xlsx_rows"] as? Int, "\(file): rows")
            #expect((report["csv_rows"] as? Int ?? 0) > 1, "\(file) has data")
            #expect(report["header_equal"] as? Bool == true, "\(file): header")
            #expect((report["text_mismatches"] as? [Any])?.isEmpty == true, "\(file): \(report["text_mismatches"] ?? "")")
            #expect((report["not_dates"] as? [Any])?.isEmpty == true, "\(file): \(report["not_dates"] ?? "")")
            #expect((report["amount_mismatches"] as? [Any])?.isEmpty == true, "\(file): \(report["amount_mismatches"] ?? "")")
            #expect((report["text_checked"] as? Int ?? 0) > 0, "\(file): Korean text checked")
            dates += report["dates_checked"] as? Int ?? 0
        }
        #expect(((object["money_mentions.csv"] as? [String: Any])?["amounts_checked"] as? Int ?? 0) > 0)
        #expect(dates > 0)
    }
}

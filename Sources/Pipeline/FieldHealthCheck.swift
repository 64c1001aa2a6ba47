import Export
import Extraction
import NewsModel

/// Compares each source's filled fields in this run with its previous successful runs.
///
/// A field that was filled in at least `healthyShare` of a source's articles in each of its
/// last `history` successful runs and in at most `brokenShare` of them now has almost surely
/// lost its XPath or markup to a redesign: that is a warning naming the source, the field
/// and, for a profile source, the expression that stopped matching. A source seen for the
/// first time, or one that was never well filled, gives no warning.
struct FieldHealthCheck {
    static let healthyShare = 0.8
    static let brokenShare = 0.2
    static let history = 3

    let profiles: [SiteProfile]

    /// One warning per (source, field) that dropped, as issues of stage `health`.
    func warnings(
        for rows: [SourceHealth], store: ArticleStore, runID: Int64
    ) throws(StoreError) -> [InputIssue] {
        var issues: [InputIssue] = []
        for row in rows.sorted(by: { $0.source < $1.source }) {
            for field in SourceHealth.Field.allCases {
                let share = row.share(field)
                guard share <= FieldHealthCheck.brokenShare else { continue }
                let previous = try store.previousShares(
                    source: row.source, field: field, before: runID, runs: FieldHealthCheck.history)
                guard let lowest = previous.min(), lowest >= FieldHealthCheck.healthyShare else { continue }
                var message = "source \"\(row.source)\": \(field.rawValue) filled in \(percent(share)) of "
                    + "\(row.articles) article\(row.articles == 1 ? "" : "s"), down from at least "
                    + "\(percent(lowest)) in the last \(previous.count) successful run\(previous.count == 1 ? "" : "s")"
                if let expression = xpath(profile: row.profile, field: field) {
                    message += "; XPath of profile \"\(row.profile ?? "")\" for \(field.rawValue): \(expression) "
                        + "(check it with knews validate --page on a saved page)"
                } else if row.profile != nil {
                    message += "; profile \"\(row.profile ?? "")\" has no XPath for \(field.rawValue)"
                }
                issues.append(InputIssue(
                    inputPath: "source:\(row.source)", stage: "health", severity: .warning, message: message))
            }
        }
        return issues
    }

    private func xpath(profile name: String?, field: SourceHealth.Field) -> String? {
        guard let name, let profile = profiles.first(where: { $0.name == name }) else { return nil }
        switch field {
        case .title: return profile.title
        case .body: return profile.body
        case .published: return profile.published
        case .author: return profile.author
        }
    }
}

/// `87%`, rounded to a whole percent.
func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded()))%"
}

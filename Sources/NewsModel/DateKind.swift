/// Whether a date mention names a point in the calendar or a length of time.
///
/// A duration (`3일간`, `24시간`, `두 달 동안`) has an ISO 8601 duration value (`P3D`, `PT24H`,
/// `P2M`) and no `date_start`/`date_end`: it says how long, not when, so it must never be
/// counted on a timeline.
public enum DateKind: String, Sendable, Hashable, CaseIterable, Codable {
    case date, duration
}

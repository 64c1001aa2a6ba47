import Foundation
import NewsModel

/// Places publish times in the configured zone: `published_at` with its offset, the local
/// date, and the civil reference that relative Korean dates (`지난 20일`) resolve against.
///
/// Foundation's TimeZone is consulted once per article, never per mention.
struct PublishTimeResolver: Sendable {
    let zone: TimeZone

    struct Resolved: Sendable, Hashable {
        /// `2025-06-27T17:12:00+09:00`
        var iso8601: String
        /// `2025-06-27`
        var date: String
        var local: CivilDateTime
    }

    init(identifier: String) {
        zone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "Asia/Seoul")!
    }

    func resolve(_ time: PublishTime?) -> Resolved? {
        guard let time, time.civil.isValid else { return nil }
        let civil = time.civil
        let civilSeconds = Int64(civil.daysSinceEpoch) * 86_400
            + Int64(civil.hour * 3600 + civil.minute * 60 + min(civil.second, 59))
        let epoch: Int64
        if let offset = time.utcOffsetSeconds {
            epoch = civilSeconds - Int64(offset)
        } else {
            // A wall-clock byline: find the zone offset in force at that wall time. Two passes
            // settle the rare case where the first guess straddles a DST change.
            var guess = civilSeconds - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(civilSeconds))))
            guess = civilSeconds - Int64(zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess))))
            epoch = guess
        }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(epoch)))
        let localSeconds = epoch + Int64(offset)
        let days = Int(localSeconds >= 0 ? localSeconds / 86_400 : (localSeconds - 86_399) / 86_400)
        let secondOfDay = Int(localSeconds - Int64(days) * 86_400)
        var local = CivilDateTime(daysSinceEpoch: days)
        local.hour = secondOfDay / 3600
        local.minute = secondOfDay % 3600 / 60
        local.second = secondOfDay % 60
        return Resolved(iso8601: local.isoDateTime + Self.offsetText(offset), date: local.isoDate, local: local)
    }

    /// `+09:00`; `Z` is avoided so every value has the same shape for spreadsheets.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let hours = magnitude / 3600
        let minutes = magnitude % 3600 / 60
        return sign + (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }

    /// The current time in the zone, for `runs.started_at`.
    func now() -> String {
        let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        let local = seconds + Int64(offset)
        let days = Int(local / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        var civil = CivilDateTime(daysSinceEpoch: days)
        civil.hour = secondOfDay / 3600
        civil.minute = secondOfDay % 3600 / 60
        civil.second = secondOfDay % 60
        return civil.isoDateTime + Self.offsetText(offset)
    }
}

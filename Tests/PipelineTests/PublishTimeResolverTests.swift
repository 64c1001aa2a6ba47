import NewsModel
import Testing
@testable import Pipeline

@Suite struct PublishTimeResolverTests {
    let seoul = PublishTimeResolver(identifier: "Asia/Seoul")

    @Test func aBylineIsLocalTimeInTheConfiguredZone() throws {
        let resolved = try #require(seoul.resolve(PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12))))
        #expect(resolved.iso8601 == "2025-06-27T17:12:00+09:00")
        #expect(resolved.date == "2025-06-27")
        #expect(resolved.local == CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12))
    }

    @Test func anInstantWithAnOffsetIsConvertedIntoTheZone() throws {
        let utc = PublishTime(civil: CivilDateTime(year: 2025, month: 6, day: 30, hour: 20, minute: 5), utcOffsetSeconds: 0)
        let resolved = try #require(seoul.resolve(utc))
        // 20:05 UTC on the 30th is 05:05 on July 1st in Seoul: the local date moves too.
        #expect(resolved.iso8601 == "2025-07-01T05:05:00+09:00")
        #expect(resolved.date == "2025-07-01")
    }

    @Test func otherZonesKeepTheirOwnOffsetIncludingSummerTime() throws {
        let berlin = PublishTimeResolver(identifier: "Europe/Berlin")
        let summer = try #require(berlin.resolve(PublishTime(civil: CivilDateTime(year: 2025, month: 7, day: 1, hour: 9))))
        let winter = try #require(berlin.resolve(PublishTime(civil: CivilDateTime(year: 2025, month: 1, day: 1, hour: 9))))
        #expect(summer.iso8601 == "2025-07-01T09:00:00+02:00")
        #expect(winter.iso8601 == "2025-01-01T09:00:00+01:00")
    }

    @Test func invalidDatesAreDroppedNotGuessed() {
        #expect(seoul.resolve(PublishTime(civil: CivilDateTime(year: 2025, month: 2, day: 30))) == nil)
        #expect(seoul.resolve(nil) == nil)
    }

    @Test(arguments: [
        ("2025-06-27T17:12:00+09:00", CivilDateTime(year: 2025, month: 6, day: 27, hour: 17, minute: 12), 32400),
        ("2025-06-27T08:12:00Z", CivilDateTime(year: 2025, month: 6, day: 27, hour: 8, minute: 12), 0),
        ("2025-06-27T08:12:30.123-04:00", CivilDateTime(year: 2025, month: 6, day: 27, hour: 8, minute: 12, second: 30), -14400),
    ])
    func parsesTimestampsWithOffsets(text: String, civil: CivilDateTime, offset: Int) throws {
        let time = try #require(Inspector.parseTimestamp(text))
        #expect(time.civil == civil)
        #expect(time.utcOffsetSeconds == offset)
    }

    @Test func parsesLocalTimestampsAndRejectsGarbage() throws {
        #expect(Inspector.parseTimestamp("2025-06-27T17:12")?.utcOffsetSeconds == nil)
        #expect(Inspector.parseTimestamp("2025-06-27")?.civil == CivilDateTime(year: 2025, month: 6, day: 27))
        #expect(Inspector.parseTimestamp("27/06/2025") == nil)
        #expect(Inspector.parseTimestamp("2025-13-01") == nil)
    }
}

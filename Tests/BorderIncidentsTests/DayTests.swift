import Testing
@testable import BorderIncidents

@Suite struct DayTests {
    @Test(arguments: ["2021-07-28", "2020-02-29", "1999-12-31", "2022-09-13"])
    func anISODateIsReadAndWrittenBack(text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
        #expect([day.year, day.month, day.day] == text.split(separator: "-").map { Int($0)! })
    }

    @Test(arguments: [
        "2021-7-28", "2021-07-2", "21-07-28", "2021/07/28", "2021-07-28 ", "2021-13-01", "2021-02-29", "2021-00-10",
        "2021-+7-28", "２０２１-07-28", "", "2021-07-280",
    ])
    func anythingElseIsRefused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func everyDayOfTwoYearsRoundTrips() throws {
        var day = try #require(Day(iso: "2020-01-01"))
        for _ in 0..<731 {
            #expect(Day(iso: day.description) == day)
            day = day.adding(days: 1)
        }
        #expect(day == Day(iso: "2022-01-01"))
    }
}

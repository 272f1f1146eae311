import BorderIncidents
import Testing
@testable import BorderIngest

/// One more loss told with "also" in the next sentence adds to the figure just given for its side; a loss of the
/// other side stays its own figure (sentences written for the test).
@Suite struct AlsoDiedTests {
    func killed(_ followUp: String) -> [CasualtyClaim] {
        Shared.incidents(
            "Border report\n\nTajikistan says three of its guards were killed near Vorukh on 16 September 2022.\n\n"
                + followUp, published: "2022-09-16"
        )
        .flatMap(\.incident.claims).flatMap(\.casualties)
    }

    @Test func aPrivateWhoAlsoDiedAddsOne() {
        let read = killed("A Tajik private also died, bringing the toll so far to 9.")
        #expect(Shared.has(read, "TJK", .killed, 4))
        #expect(!Shared.has(read, "TJK", .killed, 3))
        #expect(!Shared.has(read, "TJK", .killed, 1))
    }

    @Test func theOtherSidesLossStaysApart() {
        let read = killed("A Kyrgyz soldier also died.")
        #expect(Shared.has(read, "TJK", .killed, 3))
        #expect(Shared.has(read, "KGZ", .killed, 1))
    }

    @Test func theWordingIsRead() {
        let loss = ReportIngester.oneMoreLoss(
            ["one", "guard", "also", "died", "."], sides: Shared.ingester.sides)
        #expect(loss?.kind == .killed && loss?.first == 0)
        #expect(ReportIngester.oneMoreLoss(["one", "guard", "died", "too", "."], sides: Shared.ingester.sides) == nil)
    }
}

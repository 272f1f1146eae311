import BorderIncidents
import Testing
@testable import BorderIngest

/// "Denied suffering any casualties", "did not sustain any losses", "without any casualties": "any" losses after
/// a denial, a negated loss verb or "without" are an explicit zero. Sentences written for the test.
@Suite struct AnyLossesZeroTests {
    func figures(_ sentence: String) -> [CasualtyClaim] {
        Shared.casualties(Shared.afterDatedLead(sentence))
    }

    @Test func aDeniedLossIsNone() {
        let found = figures("Azerbaijan denied suffering any casualties.")
        #expect(Shared.has(found, "AZE", .killed, 0))
        #expect(Shared.has(found, "AZE", .wounded, 0))
    }

    @Test func aLossNotSustainedIsNone() {
        #expect(
            Shared.has(
                figures("The Armenian defence ministry said its forces did not sustain any losses."), "ARM", .killed, 0)
        )
    }

    @Test func withoutAnyCasualtiesIsNoneForTheSpeaker() {
        let found = figures("The attack was repelled without any casualties, the Kyrgyz border service said.")
        #expect(Shared.has(found, "KGZ", .wounded, 0))
    }

    @Test func anyElsewhereIsNoZero() {
        #expect(!ClaimReader.anyZeroLeads.contains("reported"))
        let found = figures(
            "Two Armenian soldiers were wounded, the ministry said, adding it would report any changes.")
        #expect(!found.contains { $0.figures.values.contains { $0.low == 0 } })
    }
}

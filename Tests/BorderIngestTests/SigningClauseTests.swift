import BorderIncidents
import Testing

@testable import BorderIngest

/// An accord named a few words before "signed" in the same clause, on texts written for the tests.
@Suite struct SigningClauseTests {
    func words(_ s: String) -> [String] { ReportText(s).sentences[0].tokens.map(\.lower) }

    @Test func anAccordSixWordsBeforeSignedInItsClauseIsASigning() throws {
        #expect(EventTyper.signing(words("The joint protocol of the two commissions was signed.")) != nil)
        let found = Shared.incidents(
            "The envoys met on 3 May 2021, where the final protocol of the two commissions was signed.",
            published: "2021-05-20")
        let signing = try #require(found.first { $0.incident.type == .statement })
        #expect(signing.incident.date.iso == "2021-05-03")
    }

    @Test func anAccordInAnEarlierClauseIsNot() {
        #expect(EventTyper.signing(words("They discussed the protocol, and then the guests signed the book.")) == nil)
    }
}

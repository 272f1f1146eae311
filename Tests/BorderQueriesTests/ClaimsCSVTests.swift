import BorderQueries
import Testing

/// The claims-csv layout over the catalog's 16 November 2021 clash, whose
/// four claims (three with figures) must come out side by side, none merged.
@Suite struct ClaimsCSVTests {
    let rows: [[String]] = {
        let relation = Shared.related.relation(id: "2021-11-16-clashes")!
        let text = ClaimsCSV.render([relation], catalog: Shared.related.catalog)
        return text.split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }()

    @Test func headerNamesTheClaimColumns() {
        #expect(rows[0] == ClaimsCSV.header)
        #expect(rows[0].count == 21)
    }

    @Test func oneRowPerClaimAndAffectedSide() {
        let body = rows.dropFirst()
        #expect(body.count == 4)
        let column = { (name: String) in ClaimsCSV.header.firstIndex(of: name)! }
        let byClaimant = Dictionary(uniqueKeysWithValues: body.map { ($0[column("claimant")], $0) })
        let ministry = byClaimant["Armenian Ministry of Defence"]!
        #expect(ministry[column("killed")] == "1")
        #expect(ministry[column("captured")] == "12")
        #expect(ministry[column("affected_side")] == "ARM")
        #expect(byClaimant["Azerbaijani military"]![column("wounded")] == "2")
        #expect(byClaimant["Azerbaijani military"]![column("claimant_side")] == "AZE")
        // A claim with no figure keeps its row, with the figures blank rather than zero.
        let government = byClaimant["Azerbaijani government"]!
        #expect(government[column("killed")] == "" && government[column("affected_side")] == "")
        #expect(body.allSatisfy { $0[column("date_start")] == "2021-11-16" && $0[column("type")] == "armed-clash" })
    }
}

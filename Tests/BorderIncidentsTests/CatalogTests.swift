import Foundation
import Testing
@testable import BorderIncidents

@Suite struct CatalogTests {
    let catalog = Shared.catalog

    @Test func everyReportIsCitedAndEveryCitationResolves() {
        #expect(catalog.sources.count == 5)
        let files = Set(catalog.sources.map(\.file))
        #expect(files.count == 5 && files.allSatisfy { $0.hasSuffix(".txt") })
        for incident in catalog.incidents {
            #expect(!incident.sources.isEmpty, "\(incident.id)")
            for id in incident.sources + incident.claims.flatMap(\.sources) + incident.locations.flatMap(\.sources) {
                #expect(catalog.source(id: id) != nil, "\(incident.id) cites \(id)")
            }
        }
        for source in catalog.sources {
            #expect(catalog.incidents.contains { $0.sources.contains(source.id) }, "\(source.id) is never cited")
        }
    }

    @Test(arguments: [
        ("2021-07-28-sotk-verin-shorzha", "2021-07-28", IncidentDate.Precision.day),
        ("2021-11-16-clashes", "2021-11-16", .day),
        ("2021-11-15-incursion-accusation", "2021-11-15", .day),
        ("2022-09-13-bombardment", "2022-09-13", .day),
        ("2022-09-soldier-killed", "2022-09-05/2022-09-11", .week),
        ("2022-08-losses", "2022-08-01/2022-08-31", .month),
        ("2021-05-incursion", "2021-05-01/2021-05-31", .month),
        ("2021-07-yeraskh-heydarabad", "2021-07-21/2021-07-27", .week),
        ("2020-war", "2020-09-01/2020-11-30", .period),
    ])
    func datesResolve(id: String, iso: String, precision: IncidentDate.Precision) throws {
        let incident = try #require(catalog.incident(id: id))
        #expect(incident.date.iso == iso)
        #expect(incident.date.precision == precision)
    }

    @Test func november16KeepsThreeDifferentClaims() throws {
        let incident = try #require(catalog.incident(id: "2021-11-16-clashes"))
        let withFigures = incident.claims.filter { !$0.casualties.isEmpty }
        #expect(withFigures.count == 3)
        #expect(Set(withFigures.map(\.claimant)).count == 3)
        let killed = try #require(incident.summary.entry(side: "ARM", kind: .killed))
        #expect(killed.conservative == 1 && killed.low == 1 && killed.high == 15 && killed.disputed)
        #expect(
            killed.claims.map(\.claimant) == ["Armenian Ministry of Defence", "Eduard Aghajanyan, Armenian lawmaker"])
        #expect(incident.claims.first { $0.role == "lawmaker" }?.unconfirmed == true)
        #expect(incident.summary.entry(side: "ARM", kind: .captured)?.conservative == 12)
        #expect(incident.summary.entry(side: "AZE", kind: .wounded)?.conservative == 2)
    }

    @Test func warTollsKeepEveryOutletsFigure() throws {
        let war = try #require(catalog.incident(id: "2020-war"))
        let killed = try #require(war.summary.entry(side: "ALL", kind: .killed))
        #expect(killed.claims.count == 4)
        #expect(killed.conservative == 6_001)  // "more than 6,000"
        #expect(killed.high == nil)  // every figure is a floor
        #expect(killed.disputed)
    }

    @Test func sameFigureFromTwoClaimantsIsNotDisputed() throws {
        let sotk = try #require(catalog.incident(id: "2021-07-28-sotk-verin-shorzha"))
        let wounded = try #require(sotk.summary.entry(side: "AZE", kind: .wounded))
        #expect(wounded.claims.count == 2 && !wounded.disputed && wounded.conservative == 2)
        #expect(sotk.localTime == "03:40")
    }

    @Test(arguments: [
        (
            #"{"sources":[],"incidents":[{"id":"x","title":"t","type":"riot","date":{"on":"2021-01-01"},"sides":[],"locations":[],"claims":[],"sources":[]}]}"#,
            "incidents[0].type"
        ),
        (
            #"{"sources":[],"incidents":[{"id":"x","title":"t","type":"shelling","date":{"on":"2021-02-30"},"sides":[],"locations":[],"claims":[],"sources":[]}]}"#,
            "incidents[0].date.on"
        ),
        (
            #"{"sources":[],"incidents":[{"id":"x","title":"t","type":"shelling","date":{"on":"2021-01-01"},"sides":[],"locations":[],"claims":[],"sources":["nowhere"]}]}"#,
            "incidents[0].sources[0]"
        ),
        (
            #"{"sources":[],"incidents":[{"id":"x","title":"t","type":"shelling","date":{"on":"2021-01-01"},"sides":[],"locations":[{"point":[45,95],"precision":1,"sources":[]}],"claims":[],"sources":[]}]}"#,
            "incidents[0].locations[0].point"
        ),
        (
            #"{"sources":[],"incidents":[{"id":"x","title":"t","type":"shelling","date":{"on":"2021-01-01"},"sides":[],"locations":[{"place":"Sotk","precision":5,"sources":[]}],"claims":[],"sources":[]}]}"#,
            "incidents[0].locations[0].precision"
        ),
    ])
    func badCatalogNamesThePath(text: String, path: String) {
        #expect {
            try CatalogReader.read(Data(text.utf8))
        } throws: { error in
            (error as? CatalogError)?.path == path
        }
    }
}

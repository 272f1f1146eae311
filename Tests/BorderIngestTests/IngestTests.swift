import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore
import Testing
@testable import BorderIngest

enum Shared {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let geodataDirectory = root.appendingPathComponent("geodata")
    static let devSet = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet")
    static let relater: Relater = {
        do { return Relater(geodata: try Geodata(directory: geodataDirectory)) } catch { fatalError("\(error)") }
    }()
    static let ingester = ReportIngester(relater: relater)

    /// The incidents ingest proposes for a text written for a test.
    static func incidents(_ text: String, published: String? = nil) -> [ProposedIncident] {
        ingester.ingest(text, published: published.flatMap(Day.init(iso:)), outlet: nil, sourceURL: nil).incidents
    }

    /// The event type the typer reads in the first sentence of a text written for a test.
    static func eventType(_ s: String) -> EventType? {
        EventTyper.read(ReportText(s).sentences[0].tokens.map(\.lower))?.type
    }

    /// The claims of every incident ingest proposes for a text written for a test.
    static func claims(_ text: String) -> [Claim] { incidents(text).flatMap(\.incident.claims) }

    /// The casualty figures of those claims.
    static func casualties(_ text: String) -> [CasualtyClaim] { claims(text).flatMap(\.casualties) }

    /// A sentence written for a test, after a headline and a lead that dates the report's clash (16 September 2022).
    static func afterDatedLead(_ sentence: String) -> String {
        "Border report\n\nClashes broke out on the border on 16 September 2022.\n\n" + sentence
    }

    /// Whether a figure of `side` and `kind` has the lower bound `low` (and, when given, the upper bound `high`).
    static func has(
        _ f: [CasualtyClaim], _ side: String, _ kind: CasualtyKind, _ low: Int, high: Int?? = nil
    ) -> Bool {
        f.contains { c in
            c.side == side && c.figures[kind]?.low == low && (high == nil || c.figures[kind]?.high == high!)
        }
    }

    /// An incident's date as "start/end".
    static func span(_ p: ProposedIncident?) -> String? {
        p.map { "\($0.incident.date.start)/\($0.incident.date.end)" }
    }

    /// The dates of every incident ingest proposes for a text written for a test, as "start/end".
    static func spans(_ text: String, published: String) -> [String] {
        incidents(text, published: published).compactMap(span)
    }
}

@Suite struct IngestTests {
    let ingester = Shared.ingester

    /// The written development set: floors the reader reaches (BENCHMARKS.md has the figures).
    @Test func writtenDevelopmentSetMeetsItsFloors() throws {
        let set = try LabelledReport.read(contentsOf: Shared.devSet.appendingPathComponent("labels.json"))
        #expect(set.count >= 30)
        let s = Evaluation.run(set, ingester: ingester)
        #expect(s.recall >= 0.95, "\(s.text)")
        #expect(s.precision >= 0.95, "\(s.text)")
        #expect(s.placeAccuracy >= 0.95, "\(s.text)")
        #expect(s.dateAccuracy >= 0.95, "\(s.text)")
        #expect(s.casualtyAccuracy >= 0.95, "\(s.text)")
    }

    /// The five seed reports against the catalog (skipped where ../shared/seeds is absent).
    @Test func seedReportsMeetTheirFloors() throws {
        let set = try LabelledReport.read(contentsOf: Shared.devSet.appendingPathComponent("seeds.json"))
        guard set.count == 5 else { return }
        let s = Evaluation.run(set, ingester: ingester)
        #expect(s.recall >= 0.8, "\(s.text)")
        #expect(s.precision >= 0.6, "\(s.text)")
        #expect(s.placeAccuracy >= 0.6, "\(s.text)")
        #expect(s.dateAccuracy >= 0.55, "\(s.text)")
        #expect(s.casualtyAccuracy >= 0.5, "\(s.text)")
    }

    @Test func everyEvidenceSpanQuotesTheText() {
        let text =
            "KAPAN — Azerbaijani troops shelled the village of Tegh and the Kalbajar section of the border on Tuesday, killing at least three Armenian soldiers, the Armenian Defence Ministry said. Baku denied it and ruled out any casualties."
        let r = ingester.ingest(text, published: Day(iso: "2022-09-14"), outlet: nil, sourceURL: nil)
        let chars = Array(r.text.unicodeScalars)
        #expect(!r.incidents.isEmpty)
        for p in r.incidents {
            #expect(p.evidence.contains { $0.fact == "date" } && p.evidence.contains { $0.fact == "type" })
            for e in p.evidence {
                #expect(String(String.UnicodeScalarView(chars[e.start..<e.end])) == e.text, "\(e.fact)")
                #expect(e.confidence > 0 && e.confidence <= 1)
            }
        }
        let clash = try! #require(r.incidents.first { $0.featureIDs.contains("geonames:174743") })
        #expect(clash.incident.date.iso == "2022-09-13")
        #expect(clash.featureIDs.contains("sector:AZ-KAL"))
        #expect(clash.incident.status == .proposed)
        // Kapan is the dateline, not a place of the event.
        #expect(!clash.featureIDs.contains("geonames:174875"))
        #expect(r.setAside.contains { $0.text == "KAPAN" && $0.reason == "dateline" })
        let figures = clash.incident.claims.flatMap { c in c.casualties.map { (c.side, $0) } }
        #expect(
            figures.contains {
                $0.0 == "ARM" && $0.1.side == "ARM" && $0.1.figures[.killed] == CasualtyFigure(atLeast: 3)
            })
        #expect(
            figures.contains {
                $0.0 == "AZE" && $0.1.side == "AZE" && $0.1.figures[.killed] == CasualtyFigure(exactly: 0)
            })
    }

    @Test func withoutAPublicationDateRelativeDatesStayUnresolved() {
        let r = ingester.ingest(
            "Azerbaijani troops shelled Jermuk on Tuesday, Armenia said.", published: nil, outlet: nil, sourceURL: nil)
        #expect(r.published == nil && r.source == nil)
        #expect(
            r.incidents.count == 1 && r.incidents[0].dateResolved == false && r.incidents[0].datePhrase == "Tuesday")
        #expect(r.notes.contains { $0.contains("cannot be resolved") })
        #expect(IngestOutput.render(r, format: .json).contains("\"date\":null"))
    }

    @Test func gazetteerAdditionsReadStrictlyAndEveryAliasTargetExists() throws {
        let additions = try GazetteerAdditions.read(
            contentsOf: Shared.geodataDirectory.appendingPathComponent("theatres/am-az/\(GazetteerAdditions.fileName)"))
        let geodata = Shared.relater.geodata
        #expect(!additions.aliases.isEmpty && !additions.features.isEmpty)
        for a in additions.aliases {
            #expect(geodata.settlement(id: a.target) != nil || geodata.province(id: a.target) != nil, "\(a.target)")
        }
        let g = Shared.relater.gazetteer
        func ids(_ name: String) -> [String] {
            g.candidates(name).map { t in
                if case let .settlement(s) = t { s.id } else if case let .province(p) = t { p.id } else { "" }
            }
        }
        #expect(ids("Karvachar").contains("AZ-KAL"))
        #expect(ids("Garagol").first == "supplement:sev-lich-black-lake")
        #expect(ids("Black Lake").first == "supplement:sev-lich-black-lake")
        #expect(ids("Artsakh") == ["additions:nagorno-karabakh"])
        #expect(ids("Nakhchivan").contains("additions:nakhchivan-ar"))
        #expect(throws: GazetteerAdditions.ReadError.self) {
            try GazetteerAdditions.parse(
                "kind\tid\tname\tother_names\tlat\tlon\ttarget\tsource_url\tnote\nlake\tx\tX\t\t95\t45\t\thttps://example.org\t\n",
                file: "t.tsv")
        }
    }

    @Test func csvIsTheClaimsLayoutAndHTMLIsStripped() {
        let html =
            "<html><head><style>p{}</style><script>Goris shelled</script></head><body><p>Azerbaijani artillery shelled Goris on Tuesday &amp; wounded two soldiers, Armenia&#39;s Defence Ministry said.</p></body></html>"
        let r = ingester.ingest(
            html, published: Day(iso: "2022-09-14"), outlet: "Test", sourceURL: "https://example.org/a")
        #expect(
            !r.text.contains("<") && !r.text.contains("script") && r.text.contains("&") && r.text.contains("Armenia's"))
        let csv = IngestOutput.render(r, format: .csv)
        #expect(csv.hasPrefix(ClaimsCSV.header.joined(separator: ",") + "\r\n"))
        let row = csv.split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false).map(
            String.init)
        #expect(row[4] == "shelling" && row[5] == "Goris" && row[9] == "Syunik" && row[10] == "ARM" && row[17] == "2")
    }

    @Test func applyAddsProposedOnceAndNeverTouchesReviewed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let catalogURL = dir.appendingPathComponent("incidents.json")
        try FileManager.default.copyItem(
            at: Shared.geodataDirectory.appendingPathComponent("theatres/am-az/incidents.json"), to: catalogURL)
        let reviewed = try CatalogReader.read(contentsOf: catalogURL).incidents
        let text =
            "Azerbaijani artillery shelled Jermuk on 14 October 2022, wounding three soldiers, the Armenian Defence Ministry said. Fighting near Goris on 13 September 2022 was also recalled."
        let r = ingester.ingest(text, published: Day(iso: "2022-10-15"), outlet: "Test", sourceURL: nil)
        let first = try CatalogMerge.apply(r, to: catalogURL)
        #expect(first.added.count == 1)
        #expect(first.alreadyThere.count == 1)  // the 13 September fighting at Goris is the catalog's bombardment
        let bytes = try Data(contentsOf: catalogURL)
        let after = try CatalogReader.read(contentsOf: catalogURL)
        #expect(Array(after.incidents.prefix(reviewed.count)) == reviewed)
        #expect(after.incidents.filter { $0.status == .proposed }.count == 1)
        let second = try CatalogMerge.apply(
            ingester.ingest(text, published: Day(iso: "2022-10-15"), outlet: "Test", sourceURL: nil), to: catalogURL)
        #expect(second.added.isEmpty)
        #expect(try Data(contentsOf: catalogURL) == bytes)
    }
}

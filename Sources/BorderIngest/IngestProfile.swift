import BorderIncidents
import Foundation

/// Where ingest time goes: each stage alone over the same reports, for
/// `borderwatch-bench --ingest` (the stages run again inside `ingest`; the
/// remainder of the whole is assembly, relating and output).
public enum IngestProfile {
    public static func stages(_ texts: [String], published: Day, ingester: ReportIngester) -> [(
        stage: String, seconds: Double
    )] {
        func time(_ body: () -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        var sink = 0
        var reports: [ReportText] = []
        let normalise = time { reports = texts.map(ReportText.init) }
        let dates = DateReader(published: published)
        let dating = time { for r in reports { for s in r.sentences { sink &+= dates.mentions(in: s).count } } }
        let finder = PlaceFinder(gazetteer: ingester.relater.gazetteer, sides: ingester.sides)
        let places = time { for r in reports { for s in r.sentences { sink &+= finder.mentions(in: s).count } } }
        let claims = ClaimReader(outlet: "", sides: ingester.sides, provinces: ingester.relater.geodata.provinces)
        let claiming = time {
            for r in reports {
                for s in r.sentences {
                    for (a, b) in ReportIngester.clauses(s.tokens.map(\.lower), sides: ingester.sides) {
                        sink &+= claims.read(s, from: a, to: b, inherited: nil).figures.count
                    }
                }
            }
        }
        var results: [IngestResult] = []
        let whole = time {
            results = texts.map { ingester.ingest($0, published: published, outlet: nil, sourceURL: nil) }
        }
        let output = time { for r in results { sink &+= IngestOutput.render(r, format: .json).utf8.count } }
        if sink == -1 { print(sink) }
        return [
            ("normalise and split", normalise), ("dates", dating), ("places", places), ("claims", claiming),
            ("assembly and relating (rest of the whole)", max(0, whole - normalise - dating - places - claiming)),
            ("whole ingest", whole), ("json output", output),
        ]
    }
}

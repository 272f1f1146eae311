import BorderIncidents
import BorderQueries
import BorderStats
import GeometryCore

/// `GET /stats`: the numbers `borderwatch stats` gives, from the same
/// library code, as JSON, CSV or an SVG chart; its parameters are `described`.
enum StatsAnswer {
    /// Every parameter, with what it means (also the OpenAPI document's list).
    static let described: [(name: String, description: String)] = [
        ("by", "a key to count by (repeatable): " + StatsKey.helpList),
        ("from", "incidents on or after this day, YYYY-MM-DD"), ("to", "incidents on or before this day, YYYY-MM-DD"),
        ("type", "an event type (repeatable)"), ("side", "side of the border: ARM, AZE or uncertain"),
        ("actor", "a party that took part: ARM, AZE, NK"), ("province", "a province by id, name or alternate name"),
        ("segment", "measure the border to this segment only"), ("bbox", "west,south,east,north in degrees"),
        ("positive_side", "the country whose side of the line counts positive (default: each theatre's own)"),
        ("f", "json, csv or svg"), ("chart", "with f=svg: timeline, bars or strip"),
        ("width", "with f=svg: the drawing's width in pixels, 240 to 2400"),
        ("list", "false: the counts and figures alone, no bin naming its incidents or sources (json or csv)"),
    ]
    static let parameters = Set(described.map(\.name))

    /// Parameters that only say how to show the counts, not which incidents are counted.
    static let presentation: Set<String> = ["by", "f", "chart", "width", "positive_side", "list"]

    static func answer(_ query: [(String, String)], related: RelatedCatalog, chainage: LineChainage) throws
        -> OGCResponse
    {
        let (keys, q, listing) = try request(query, related: related)
        let hits: [IncidentQuery.Hit]
        do { hits = try q.run(on: related) } catch let e as QueryError { throw OGCError.badRequest(e.description) }
        let report = try StatsReport(
            hits, by: keys, related: related, chainage: chainage,
            positiveSide: EngineAnswers.value(query, "positive_side")?.uppercased(), scope: StatsReport.scope(of: q),
            listing: listing)
        return try response(report, query)
    }

    /// The answer counted from what a store reads for the selection (the
    /// same numbers as counting the store related): its incidents' facts, or
    /// with `list=false` a tally as it reads them; nil when the store cannot
    /// answer so.
    static func answer(
        _ query: [(String, String)], store: StoreStats, reference: RelatedCatalog, chainage: LineChainage
    ) throws -> OGCResponse? {
        let (keys, q, listing) = try request(query, related: reference)
        let positiveSide = EngineAnswers.value(query, "positive_side")?.uppercased()
        let report: StatsReport
        do {
            if listing {
                let selection = query.filter { !presentation.contains($0.0) }.map { [$0.0, $0.1] }
                guard let read = try store.facts(q, selection: selection) else { return nil }
                report = try StatsReport(
                    counting: read.facts, by: keys, geodata: reference.geodata, sources: read.sources,
                    reportCount: read.sourceCount, chainage: chainage, positiveSide: positiveSide,
                    scope: StatsReport.scope(of: q))
            } else {
                let tally = StatsTally(
                    by: keys, geodata: reference.geodata, chainage: chainage, positiveSide: positiveSide)
                guard let counted = try store.tally(q, into: tally) else { return nil }
                report = StatsReport(
                    tallied: tally, sources: [], reportCount: counted.sourceCount, scope: StatsReport.scope(of: q))
            }
        } catch let e as QueryError { throw OGCError.badRequest(e.description) }
        return try response(report, query)
    }

    /// The keys to count by (a month when none), the incidents' query and
    /// whether bins list their incidents and sources, checked.
    static func request(_ query: [(String, String)], related: RelatedCatalog) throws -> (
        keys: [StatsKey], query: IncidentQuery, listing: Bool
    ) {
        if let unknown = query.first(where: { !parameters.contains($0.0) }) {
            throw OGCError.badRequest(
                "unknown query parameter '\(unknown.0)'; known: \(parameters.sorted().joined(separator: ", "))")
        }
        let keys = try query.filter { $0.0 == "by" }.map { (_, v) throws(OGCError) in
            do { return try StatsKey.named(v) } catch { throw .badRequest("by \(error)") }
        }
        let format = EngineAnswers.value(query, "f") ?? "json"
        guard ["json", "csv", "svg"].contains(format) else {
            throw OGCError.badRequest("f '\(format)': expected json, csv or svg")
        }
        var listing = true
        if let text = EngineAnswers.value(query, "list") {
            guard let value = Bool(text) else { throw OGCError.badRequest("list '\(text)': expected true or false") }
            listing = value
        }
        if !listing && format == "svg" {
            throw OGCError.badRequest("list=false gives the counts alone, which draw no chart: ask for f=json or f=csv")
        }
        return (keys.isEmpty ? [.month] : keys, try incidentQuery(query, related: related), listing)
    }

    /// The report in the format `f` asks for.
    static func response(_ report: StatsReport, _ query: [(String, String)]) throws -> OGCResponse {
        switch EngineAnswers.value(query, "f") ?? "json" {
        case "json": return OGCResponse(status: 200, contentType: "application/json", body: report.json)
        case "csv": return OGCResponse(status: 200, contentType: "text/csv; charset=utf-8", body: report.csv)
        case "svg":
            let chart = try EngineAnswers.value(query, "chart").map { c throws(OGCError) in
                guard let chart = StatsChart(rawValue: c) else {
                    throw .badRequest(
                        "chart '\(c)': expected one of \(StatsChart.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return chart
            }
            var width = 960.0
            if let text = EngineAnswers.value(query, "width") {
                guard let w = Double(text), (240...2400).contains(w) else {
                    throw OGCError.badRequest("width '\(text)': expected pixels from 240 to 2400")
                }
                width = w
            }
            return OGCResponse(status: 200, contentType: "image/svg+xml", body: report.svg(chart, width: width))
        default: preconditionFailure("the format was checked with the request")
        }
    }

    static func incidentQuery(_ query: [(String, String)], related: RelatedCatalog) throws(OGCError) -> IncidentQuery {
        var q = IncidentQuery()
        func day(_ name: String) throws(OGCError) -> Day? {
            guard let text = EngineAnswers.value(query, name) else { return nil }
            guard let d = Day(iso: text) else { throw .badRequest("\(name) '\(text)': expected a date YYYY-MM-DD") }
            return d
        }
        q.from = try day("from")
        q.to = try day("to")
        for (name, value) in query where name == "type" {
            guard let type = EventType(rawValue: value) else {
                throw .badRequest(
                    "type '\(value)': expected one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            q.types.insert(type)
        }
        let side = EngineAnswers.value(query, "side")
        q.side = side?.uppercased() == "UNCERTAIN" ? "uncertain" : side?.uppercased()
        q.actor = EngineAnswers.value(query, "actor")?.uppercased()
        q.spatial.province = EngineAnswers.value(query, "province")
        q.borderSegment = EngineAnswers.value(query, "segment")
        if let box = EngineAnswers.value(query, "bbox") { q.spatial.box = try ItemsRequest.box(box) }
        return q
    }
}

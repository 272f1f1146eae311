import BorderIncidents
import BorderQueries
import GeometryCore

/// The engine's own answers over HTTP, from the same functions as the
/// command line's `relate`, `place` and `report proximity`.
enum EngineAnswers {
    static func value(_ query: [(String, String)], _ name: String) -> String? { query.last { $0.0 == name }?.1 }

    static func relate(_ query: [(String, String)], related: RelatedCatalog) throws -> OGCResponse {
        guard let latText = value(query, "lat"), let lonText = value(query, "lon") else {
            throw OGCError.badRequest("give lat and lon")
        }
        guard let lat = Double(latText), let lon = Double(lonText),
            let c = try? Coordinate(longitude: lon, latitude: lat)
        else {
            throw OGCError.badRequest(
                "lat '\(latText)', lon '\(lonText)': expected a latitude in -90…90 and a longitude in -180…180")
        }
        let relation = try related.relater.relate(point: c)
        return OGCResponse(
            status: 200, contentType: "application/json",
            body: QueryOutput.relation([relation], title: "point", incident: nil, related: related, format: .json))
    }

    static func places(_ query: [(String, String)], related: RelatedCatalog) throws -> OGCResponse {
        guard let q = value(query, "q"), !q.isEmpty else { throw OGCError.badRequest("give q, a place name") }
        let match: Gazetteer.Match
        do { match = try related.relater.gazetteer.resolve(q) } catch { throw OGCError.notFound(error.description) }
        return OGCResponse(
            status: 200, contentType: "application/json",
            body: QueryOutput.place(q, match: match, related: related, format: .json))
    }

    static func proximity(_ query: [(String, String)], related: RelatedCatalog) throws -> OGCResponse {
        try proximity(query) { _, _ in related }
    }

    /// The same, of the catalog `around` gives for the incident's id and the
    /// radius in metres: one that holds the incident and every incident
    /// within the radius of its places (a store's, read for this report).
    static func proximity(_ query: [(String, String)], around: (String, Double) throws -> RelatedCatalog) throws
        -> OGCResponse
    {
        guard let id = value(query, "incident") else { throw OGCError.badRequest("give incident, an incident id") }
        var radius = 10_000.0
        if let r = value(query, "radius_km") {
            guard let km = Double(r), km > 0, km <= 500 else {
                throw OGCError.badRequest("radius_km '\(r)': expected a number from 0 to 500")
            }
            radius = km * 1000
        }
        let related = try around(id, radius)
        guard let relation = related.relation(id: id) else { throw OGCError.notFound("no incident '\(id)'") }
        let report = ProximityReport(
            subjects: [
                .init(
                    title: "\(relation.incident.date.iso) — \(relation.incident.title)", relation: relation,
                    locations: relation.locations)
            ], radiusMetres: radius, related: related)
        switch value(query, "f") ?? "json" {
        case "json": return OGCResponse(status: 200, contentType: "application/json", body: report.json)
        case "markdown", "md":
            return OGCResponse(status: 200, contentType: "text/markdown; charset=utf-8", body: report.markdown)
        case "csv": return OGCResponse(status: 200, contentType: "text/csv; charset=utf-8", body: report.csv)
        case let f: throw OGCError.badRequest("f '\(f)': expected json, markdown or csv")
        }
    }
}

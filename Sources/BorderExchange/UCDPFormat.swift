import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// UCDP Georeferenced Event Dataset (GED) rows, as its codebook publishes
/// them. date_prec 1–5 is read as day, week (2–3), month, period; where_prec
/// 1 exact, 2–3 near or in a district, 4–7 a region or larger (the model's
/// location precision 1, 2, 3). deaths_a/deaths_b/civilians/unknown are kept
/// per party and low–high as a range for all; best is their sum.
public enum UCDPFormat {
    public static let columns = [
        "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id",
        "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
        "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
        "source_date",
        "source_headline", "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
        "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
        "date_prec",
        "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
        "gwnoa", "gwnob",
    ]
    static let required = [
        "id", "type_of_violence", "side_a", "side_b", "where_prec", "latitude", "longitude", "date_prec",
        "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
        "high", "low",
    ]
    static let outletPrefix = "UCDP GED: "
    /// The affected-side codes of the deaths columns other than the two parties'.
    static let civilians = "CIV", unknown = "UNK"

    public static func read(_ data: Data, file: String, sides: SideWords) throws(FormatError) -> ReadResult {
        let actors = ActorSides(sides)
        return try TableRows.read(data, required: required, format: "UCDP GED") { row throws(TableRows.RowError) in
            try record(row, file: file, sides: actors)
        }
    }

    static func record(_ row: TableRows.Row, file: String, sides words: ActorSides) throws(TableRows.RowError)
        -> EventRecord
    {
        let id = row["id"]
        guard !id.isEmpty else { throw .init("id is empty") }
        let date = try self.date(row)
        let place: Int
        switch row["where_prec"] {
        case "1": place = 1
        case "2", "3": place = 2
        case "4", "5", "6", "7": place = 3
        default: throw .init("unknown where_prec code '\(row["where_prec"])': expected 1 to 7")
        }
        guard ["1", "2", "3"].contains(row["type_of_violence"]) else {
            throw .init("unknown type_of_violence code '\(row["type_of_violence"])': expected 1, 2 or 3")
        }
        let coordinate = try row.coordinate()
        let key = "ucdp:\(id)"
        let title = [row["where_coordinates"], row["dyad_name"], "UCDP event \(id)"].first { !$0.isEmpty }!
        let article = row["source_article"]
        let incident = Incident(
            id: "ucdp-\(id)", title: title, type: .armedClash, date: date,
            localTime: nil, sides: FormatSupport.sides([row["side_a"], row["side_b"]], words),
            locations: [
                IncidentLocation(
                    kind: .point(coordinate), precision: place, relation: "at", claimedBy: nil, sources: [key])
            ],
            claims: [try deathsClaim(row, sides: words, source: key)], sources: [key],
            notes: article.isEmpty ? nil : article)
        let source = SourceReport(
            id: key, outlet: outletPrefix + row["source_office"],
            headline: row["source_headline"].isEmpty ? row["dyad_name"] : row["source_headline"],
            published: FormatSupport.day(row["source_date"]) ?? date.end, file: file)
        return EventRecord(
            key: key, line: row.line, source: source, incident: incident, digest: ContentDigest.of(row.fields),
            fields: row.original)
    }

    /// `date_start`, `date_end` and the precision UCDP's `date_prec` code gives.
    private static func date(_ row: TableRows.Row) throws(TableRows.RowError) -> IncidentDate {
        guard let start = FormatSupport.day(row["date_start"]) else {
            throw .init("bad date_start '\(row["date_start"])'")
        }
        guard let end = FormatSupport.day(row["date_end"]) else { throw .init("bad date_end '\(row["date_end"])'") }
        guard start <= end else { throw .init("date_end \(end) is before date_start \(start)") }
        let precision: IncidentDate.Precision
        switch row["date_prec"] {
        case "1": precision = .day
        case "2", "3": precision = .week
        case "4": precision = .month
        case "5": precision = .period
        default: throw .init("unknown date_prec code '\(row["date_prec"])': expected 1 to 5")
        }
        return IncidentDate(
            start: start, end: end, precision: precision, reading: "UCDP GED date_prec \(row["date_prec"])")
    }

    /// UCDP's death counts as one dataset claim: each party's, civilians', unknown, and the best estimate's range.
    private static func deathsClaim(_ row: TableRows.Row, sides words: ActorSides, source key: String)
        throws(TableRows.RowError) -> Claim
    {
        let deaths = try ["deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"].map {
            c throws(TableRows.RowError) in try row.int(c)
        }
        let (best, low, high) = (try row.int("best"), try row.int("low"), try row.int("high"))
        guard deaths.allSatisfy({ $0 >= 0 }), low <= best, best <= high else {
            throw .init("deaths must be ≥ 0 and low ≤ best ≤ high (low \(low), best \(best), high \(high))")
        }
        let parties = [
            words.side(row["side_a"]) ?? row["side_a"],
            words.side(row["side_b"]) ?? row["side_b"],
            civilians, unknown,
        ]
        var casualties = zip(parties, deaths).map {
            CasualtyClaim(side: $0, figures: [.killed: CasualtyFigure(exactly: $1)])
        }
        casualties.append(CasualtyClaim(side: "ALL", figures: [.killed: CasualtyFigure(low: low, high: high)]))
        return Claim(
            claimant: "UCDP GED", side: "third", role: "dataset", summary: "best \(best) (low \(low), high \(high))",
            casualties: casualties, unconfirmed: false, sources: [key])
    }

    /// The name UCDP gives a side: its first UCDP actor, else its name, else the code itself.
    static func party(_ code: String, _ sides: SideWords) -> String {
        sides.side(code).map { $0.ucdpActors.first ?? $0.name } ?? code
    }

    static let layout = OriginalRows(
        keyPrefix: "ucdp:", columns: columns, idColumn: "id", dateColumns: ["date_start", "date_end"])

    /// The id an export writes for `i`: the UCDP row's own for an incident it created.
    static func exportID(_ i: Incident) -> String { i.id.hasPrefix("ucdp-") ? String(i.id.dropFirst(5)) : i.id }

    /// One row per incident, at its first location: an incident holding a
    /// UCDP row from that row's original fields (`OriginalRows`), any other from the model.
    public static func write(_ events: [ExportedEvent], sources: [String: SourceReport], sides: SideWords) -> String {
        let ids = events.map { exportID($0.incident) }
        return layout.write(events, ids: ids, header: layout.header(for: events, ids: ids)) {
            fields($0, sources: sources, sides: sides)
        }
    }

    /// The model's fields of `e`, by column (dates as ISO 8601 calendar dates).
    static func fields(_ e: ExportedEvent, sources: [String: SourceReport], sides words: SideWords) -> [String: String]
    {
        let i = e.incident
        let sides = i.sides + Array(repeating: "", count: max(0, 2 - i.sides.count))
        let names = sides.map { party($0, words) }
        let theatre = words.theatre(sides: i.sides, country: e.country)
        // The first claim with figures, read as GED's columns.
        let claim = i.claims.first { !$0.casualties.isEmpty }
        func killed(_ side: String) -> Int { claim?.casualties.first { $0.side == side }?.figures[.killed]?.low ?? 0 }
        let deaths = [killed(sides[0]), killed(sides[1]), killed(civilians), killed(unknown)]
        let best = claim == nil ? 0 : max(deaths.reduce(0, +), claim!.casualties.count == 1 ? killed("ALL") : 0)
        let range = claim?.casualties.first { $0.side == "ALL" }?.figures[.killed]
        let datePrec =
            switch i.date.precision {
            case .day: i.date.isSingleDay ? "1" : "2"
            case .week: "3"
            case .month: "4"
            case .period: "5"
            }
        let wherePrec = ["1", "2", "4"][max(0, min(2, (i.locations.first?.precision ?? 3) - 1))]
        let country = e.country.flatMap { words.side($0) }?.name ?? ""
        let source = FormatSupport.outlets(i, sources, prefix: outletPrefix)
        let lat = FixedDecimal.text(e.coordinate.latitude, places: 5),
            lon = FixedDecimal.text(e.coordinate.longitude, places: 5)
        return [
            "id": exportID(i), "year": "\(i.date.start.year)", "active_year": "1", "type_of_violence": "1",
            "conflict_name": theatre?.ucdpConflict ?? "",
            "dyad_name": names.filter { !$0.isEmpty }.joined(separator: " - "),
            "side_a": names[0], "side_b": names[1], "number_of_sources": "\(i.sources.count)",
            "source_article": i.notes ?? "",
            "source_office": source, "where_prec": wherePrec, "where_coordinates": i.title, "adm_1": e.province ?? "",
            "latitude": lat, "longitude": lon, "geom_wkt": "POINT (\(lon) \(lat))", "country": country,
            "region": theatre?.ucdpRegion ?? "", "event_clarity": "1", "date_prec": datePrec,
            "date_start": i.date.start.description, "date_end": i.date.end.description,
            "deaths_a": "\(deaths[0])", "deaths_b": "\(deaths[1])", "deaths_civilians": "\(deaths[2])",
            "deaths_unknown": "\(deaths[3])", "best": "\(best)", "low": "\(min(best, range?.low ?? best))",
            "high": "\(max(best, range?.high ?? best))",
            "gwnoa": words.side(sides[0])?.gwno.map(String.init) ?? "",
            "gwnob": words.side(sides[1])?.gwno.map(String.init) ?? "",
        ]
    }
}

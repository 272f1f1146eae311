import BorderGeodata
import BorderIncidents
import BorderQueries
import Foundation
import GeometryCore

/// ACLED's export layout (ACLED Codebook, columns event_id_cnty … timestamp).
/// time_precision 1/2/3 read as the day, the week around it, the month;
/// geo_precision 1–3 is the model's own location precision. Actors are read
/// as sides, and sides written as actors, in the loaded theatres' words.
public enum ACLEDFormat {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1",
        "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
        "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
        "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]
    static let required = [
        "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    ]
    static let outletPrefix = "ACLED: "

    public static func read(_ data: Data, file: String, sides: SideWords) throws(FormatError) -> ReadResult {
        let actors = ActorSides(sides)
        return try TableRows.read(data, required: required, format: "ACLED") { row throws(TableRows.RowError) in
            try record(row, file: file, sides: actors)
        }
    }

    static func record(_ row: TableRows.Row, file: String, sides words: ActorSides) throws(TableRows.RowError)
        -> EventRecord
    {
        let id = row["event_id_cnty"]
        guard !id.isEmpty else { throw .init("event_id_cnty is empty") }
        guard let day = FormatSupport.day(row["event_date"]) else {
            throw .init("bad date '\(row["event_date"])': expected YYYY-MM-DD or '16 November 2021'")
        }
        let reading = "ACLED event_date \(day), time_precision \(row["time_precision"])"
        let date: IncidentDate
        switch row["time_precision"] {
        case "1": date = IncidentDate(start: day, end: day, precision: .day, reading: reading)
        case "2":
            date = IncidentDate(
                start: day.adding(days: -3), end: day.adding(days: 3), precision: .week, reading: reading)
        case "3":
            let first = Day(year: day.year, month: day.month, day: 1)!
            date = IncidentDate(
                start: first, end: first.adding(days: Day.length(ofMonth: day.month, year: day.year) - 1),
                precision: .month, reading: reading)
        default: throw .init("unknown time_precision code '\(row["time_precision"])': expected 1, 2 or 3")
        }
        guard let precision = Int(row["geo_precision"]), (1...3).contains(precision) else {
            throw .init("unknown geo_precision code '\(row["geo_precision"])': expected 1, 2 or 3")
        }
        let coordinate = try row.coordinate()
        let fatalities = try row.optionalInt("fatalities")
        if let fatalities, fatalities < 0 { throw .init("fatalities \(fatalities) is negative") }
        let key = "acled:\(id)"
        let claims =
            fatalities.map { n in
                [
                    Claim(
                        claimant: "ACLED", side: "third", role: "dataset", summary: "\(n) reported fatalities",
                        casualties: [CasualtyClaim(side: "ALL", figures: [.killed: CasualtyFigure(exactly: n)])],
                        unconfirmed: false, sources: [key])
                ]
            } ?? []
        let location = IncidentLocation(
            kind: .point(coordinate), precision: precision, relation: "at", claimedBy: nil, sources: [key])
        let notes = row["notes"]
        let incident = Incident(
            id: "acled-\(id)", title: row["location"].isEmpty ? row["sub_event_type"] : row["location"],
            type: eventType(row["event_type"], row["sub_event_type"]), date: date, localTime: nil,
            sides: FormatSupport.sides(
                [row["actor1"], row["assoc_actor_1"], row["actor2"], row["assoc_actor_2"]], words),
            locations: [location], claims: claims, sources: [key], notes: notes.isEmpty ? nil : notes)
        let published = Int(row["timestamp"]).map { Day(ordinal: $0 / 86_400) } ?? day
        let source = SourceReport(
            id: key, outlet: outletPrefix + row["source"],
            headline: "\(row["event_type"]): \(row["sub_event_type"])", published: published, file: file)
        return EventRecord(
            key: key, line: row.line, source: source, incident: incident, digest: ContentDigest.of(row.fields),
            fields: row.original)
    }

    /// ACLED's event and sub-event types onto the model's.
    static func eventType(_ type: String, _ sub: String) -> EventType {
        switch (type.lowercased(), sub.lowercased()) {
        case ("explosions/remote violence", _): .shelling
        case (_, "arrests"), (_, "abduction/forced disappearance"): .capture
        case (_, "agreement"): .ceasefire
        case (_, "non-violent transfer of territory"), (_, "headquarters or base established"): .incursion
        case ("battles", _), ("violence against civilians", _): .armedClash
        default: .statement
        }
    }

    /// The model's types as ACLED's (disorder type, event type, sub-event type).
    static func acledType(_ t: EventType) -> (String, String, String) {
        switch t {
        case .armedClash, .war: ("Political violence", "Battles", "Armed clash")
        case .shelling: ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack")
        case .capture: ("Strategic developments", "Strategic developments", "Arrests")
        case .ceasefire: ("Strategic developments", "Strategic developments", "Agreement")
        case .incursion: ("Strategic developments", "Strategic developments", "Non-violent transfer of territory")
        case .statement: ("Strategic developments", "Strategic developments", "Other")
        }
    }

    /// The actor ACLED writes for a side: its first ACLED actor, else its name, else the code.
    static func actor(_ code: String, _ sides: SideWords) -> String {
        sides.side(code).map { $0.acledActors.first ?? $0.name } ?? code
    }

    static let layout = OriginalRows(
        keyPrefix: "acled:", columns: columns, idColumn: "event_id_cnty", dateColumns: ["event_date"])

    /// The id an export writes for `i`: the ACLED row's own for an incident it created.
    static func exportID(_ i: Incident) -> String { i.id.hasPrefix("acled-") ? String(i.id.dropFirst(6)) : i.id }

    /// One row per incident, at its first location: an incident holding an
    /// ACLED row from that row's original fields (`OriginalRows`), any other from the model.
    public static func write(_ events: [ExportedEvent], sources: [String: SourceReport], sides: SideWords) -> String {
        let ids = events.map { exportID($0.incident) }
        return layout.write(events, ids: ids, header: layout.header(for: events, ids: ids)) {
            fields($0, sources: sources, sides: sides)
        }
    }

    /// The model's fields of `e`, by column.
    static func fields(_ e: ExportedEvent, sources: [String: SourceReport], sides: SideWords) -> [String: String] {
        let i = e.incident
        let (disorder, type, sub) = acledType(i.type)
        let day = FormatSupport.middle(i.date)
        let precision =
            switch i.date.precision {
            case .day where i.date.isSingleDay: "1"
            case .day, .week: "2"
            case .month, .period: "3"
            }
        let actor = i.sides.map { Self.actor($0, sides) }
        let country = e.country.flatMap { sides.side($0) }
        let region = sides.theatre(sides: i.sides, country: e.country)?.acledRegion ?? ""
        let values = [
            exportID(i), day.description, "\(day.year)", precision, disorder, type, sub, actor.first ?? "", "",
            actor.isEmpty ? "" : "1", actor.count > 1 ? actor[1] : "", "", actor.count > 1 ? "1" : "",
            actor.count > 1 ? "11" : (actor.isEmpty ? "" : "10"), "", country?.isoNumeric.map(String.init) ?? "",
            region,
            country?.name ?? "", e.province ?? "", "", "", i.title, FixedDecimal.text(e.coordinate.latitude, places: 5),
            FixedDecimal.text(e.coordinate.longitude, places: 5), "\(i.locations.first?.precision ?? 3)",
            FormatSupport.outlets(i, sources, prefix: outletPrefix), "", i.notes ?? "",
            FormatSupport.killed(i).map(String.init) ?? "", "", "",
        ]
        return Dictionary(uniqueKeysWithValues: zip(columns, values))
    }
}

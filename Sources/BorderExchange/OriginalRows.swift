import BorderIncidents
import BorderQueries
import Foundation

/// How an ACLED or UCDP export lays out its rows. An incident that holds a
/// row imported from the same format is written from that row's original
/// fields, column for column, except the columns the engine owns: the id
/// (the engine's own, which differs from the row's when the row was linked
/// into another incident), `source_event_id` (the row's own id, added
/// beside it) and the date columns (the row's dates as ISO 8601 calendar
/// dates, YYYY-MM-DD). Any other incident is written from the model, as
/// the format's writer computes it.
struct OriginalRows {
    static let sourceIDColumn = "source_event_id"

    /// The format's record keys start with it: "acled:", "ucdp:".
    let keyPrefix: String
    /// The format's standard columns, in order.
    let columns: [String]
    let idColumn: String
    let dateColumns: Set<String>

    /// A row of this format stored in an incident: the id its file gave it and its fields.
    struct Original {
        var id: String
        var fields: RecordFields
    }

    /// The standard columns with `source_event_id` after the id, then every
    /// other column the events' originals had, in order of first appearance.
    func header(for events: [ExportedEvent], ids: [String]) -> [String] {
        var header: [String] = []
        for c in columns {
            header.append(c)
            if c == idColumn { header.append(Self.sourceIDColumn) }
        }
        var seen = Set(header)
        var names: Set<[String]> = []
        for (e, id) in zip(events, ids) {
            // Rows of one file share their names: each header is looked at once.
            guard let fields = original(of: e, id: id)?.fields, names.insert(fields.names).inserted else { continue }
            for name in fields.names where seen.insert(RecordFields.normalised(name)).inserted { header.append(name) }
        }
        return header
    }

    /// The row of this format that `e` holds: its own (keyed by the id the
    /// engine writes, `id`), else the linked one first by key; nil when none.
    func original(of e: ExportedEvent, id: String) -> Original? {
        if let own = e.originals[keyPrefix + id] { return Original(id: id, fields: own) }
        guard let key = e.originals.keys.filter({ $0.hasPrefix(keyPrefix) }).min(), let fields = e.originals[key] else {
            return nil
        }
        return Original(id: String(key.dropFirst(keyPrefix.count)), fields: fields)
    }

    /// Writes `events` under `header`: each from its original when it has
    /// one, else from `engine` (the model's fields by standard column).
    func write(
        _ events: [ExportedEvent], ids: [String], header: [String],
        engine: (ExportedEvent) -> [String: String]
    ) -> String {
        var csv = CSVWriter(header: header)
        let normalised = header.map(RecordFields.normalised)
        var lookups: [[String]: [String: Int]] = [:]
        for (e, id) in zip(events, ids) {
            let computed = engine(e)
            guard let original = original(of: e, id: id) else {
                csv.append(header.map { computed[$0] ?? "" })
                continue
            }
            let names = original.fields.names
            let lookup = lookups[names] ?? Self.lookup(names)
            lookups[names] = lookup
            csv.append(
                header.indices.map { k in
                    let column = header[k]
                    if column == Self.sourceIDColumn { return original.id }
                    if column == idColumn { return computed[column] ?? "" }
                    guard let n = lookup[normalised[k]] else { return computed[column] ?? "" }
                    let value = original.fields.values[n]
                    guard dateColumns.contains(column) else { return value }
                    return FormatSupport.day(value.trimmingCharacters(in: .whitespaces))?.description ?? value
                })
        }
        return csv.text
    }

    /// Each normalised name's first position among `names`.
    static func lookup(_ names: [String]) -> [String: Int] {
        var lookup: [String: Int] = [:]
        for (k, name) in names.enumerated() where lookup[RecordFields.normalised(name)] == nil {
            lookup[RecordFields.normalised(name)] = k
        }
        return lookup
    }
}

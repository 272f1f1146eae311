import BorderEventStore
import GeometryCore
import GRDB

/// A `StoreSelection` as one SQLite statement: incident filters on the
/// incidents table, location filters on the locations of the incident (all
/// at the same location, as in the engine). A radius and the boxes go
/// through the where-and-when R-tree (`LocationDaysIndex`) with the dates,
/// the radius as the box around it; province, side and border band are the
/// relation stored on import. The selection is a superset: the engine's
/// filters (geodesic distance, polygon) decide.
enum GeoPackageSelection {
    static func sql(_ s: StoreSelection) -> (String, StatementArguments) {
        let (filter, arguments) = whereClause(s)
        return ("SELECT i.incident_id FROM incidents i \(filter) ORDER BY i.fid", arguments)
    }

    /// The selection as a WHERE clause on `incidents i` ("" when it selects everything).
    static func whereClause(_ s: StoreSelection) -> (String, StatementArguments) {
        var arguments: [(any DatabaseValueConvertible)?] = []
        var incident: [String] = []
        if let from = s.from {
            incident.append("i.date_end >= ?")
            arguments.append(from.description)
        }
        if let to = s.to {
            incident.append("i.date_start <= ?")
            arguments.append(to.description)
        }
        if !s.types.isEmpty {
            incident.append("i.type IN (\(databaseQuestionMarks(count: s.types.count)))")
            arguments += s.types.map { $0 }
        }
        if let actor = s.actor {
            incident.append("EXISTS (SELECT 1 FROM json_each(i.sides) WHERE json_each.value = ?)")
            arguments.append(actor)
        }
        var boxes = s.boxes
        if let c = s.center, let r = s.radiusMetres { boxes.append(Envelope.around(c, metres: r + 1)) }
        // The relation stored on import: each filter compares one column with one value.
        let columns: [(String, (any DatabaseValueConvertible)?)] = [
            ("l.province_id = ?", s.provinceID), ("l.side = ?", s.side),
            ("l.border_distance_m >= ?", s.borderMinMetres), ("l.border_distance_m <= ?", s.borderMaxMetres),
        ]
        let stored = columns.compactMap { clause, value in value.map { (clause, $0) } }
        let days = (from: s.from?.description, to: s.to?.description)
        if stored.isEmpty {
            // Only boxes: each selects incidents in the where-and-when index. An incident with one location in
            // one box and another in the other passes too; the engine's filter, which runs after, decides.
            for b in boxes {
                let (clause, values) = LocationDaysIndex.incidentFilter(box: b, from: days.from, to: days.to)
                incident.append(clause)
                arguments += values
            }
        } else {
            var location = stored.map(\.0)
            arguments += stored.map(\.1)
            for b in boxes {
                let (clause, values) = LocationDaysIndex.locationFilter(box: b, from: days.from, to: days.to)
                location.append(clause)
                arguments += values
            }
            incident.append(
                "i.incident_id IN (SELECT l.incident_id FROM locations l WHERE \(location.joined(separator: " AND ")))")
        }
        let filter = incident.isEmpty ? "" : "WHERE " + incident.joined(separator: " AND ")
        return (filter, StatementArguments(arguments))
    }
}

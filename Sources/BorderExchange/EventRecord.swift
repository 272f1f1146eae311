import BorderIncidents
import GeometryCore

/// One row of an event file, read into the model: the incident it
/// describes (one location, its claims, all citing `source`), keyed by the
/// file format and the row's own id, with a digest of its content.
public struct EventRecord: Sendable {
    /// "acled:ARM1234", "ucdp:456789", "geojson:<id>", "catalog:<id>".
    public var key: String
    public var line: Int
    public var source: SourceReport?
    public var incident: Incident
    /// Changes when any field the import keeps changes.
    public var digest: String
    /// The row as its file had it (ACLED and UCDP rows); nil for records
    /// the engine writes back from the model alone (catalog, GeoJSON).
    public var fields: RecordFields?

    public init(
        key: String, line: Int, source: SourceReport?, incident: Incident, digest: String, fields: RecordFields? = nil
    ) {
        self.key = key
        self.line = line
        self.source = source
        self.incident = incident
        self.digest = digest
        self.fields = fields
    }

    /// The single position of a one-point record (the formats' rows), nil for catalog incidents.
    public var point: Coordinate? {
        guard incident.locations.count == 1, case let .point(c) = incident.locations[0].kind else { return nil }
        return c
    }
}

/// A row that was not imported: where, and why.
public struct RejectedRow: Sendable, Hashable, CustomStringConvertible {
    /// The line a CSV row starts on; 0 where the reason says where (a JSON path).
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { line > 0 ? "line \(line): \(reason)" : reason }
}

/// What reading a file gave.
public struct ReadResult: Sendable {
    public var records: [EventRecord] = []
    public var rejected: [RejectedRow] = []
    /// Sources a file lists apart from its rows (the catalog's reports).
    public var sources: [SourceReport] = []

    public init(records: [EventRecord] = [], rejected: [RejectedRow] = [], sources: [SourceReport] = []) {
        self.records = records
        self.rejected = rejected
        self.sources = sources
    }
}

/// What an export writes for one incident: the incident and the stored
/// facts of its first location.
public struct ExportedEvent: Sendable {
    public var incident: Incident
    public var coordinate: Coordinate
    /// ISO3, such as "ARM".
    public var country: String?
    /// The province's English name, such as "Gegharkunik".
    public var province: String?
    /// The original fields of the imported rows stored in this incident
    /// (its own and those linked to it), by record key ("acled:ARM1234").
    public var originals: [String: RecordFields]

    public init(
        incident: Incident, coordinate: Coordinate, country: String?, province: String?,
        originals: [String: RecordFields] = [:]
    ) {
        self.incident = incident
        self.coordinate = coordinate
        self.country = country
        self.province = province
        self.originals = originals
    }
}

/// FNV-1a 64 over the fields, separated by a unit separator: stable across
/// runs and machines, which Swift's `Hasher` is not.
enum ContentDigest {
    static func of(_ fields: [String]) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for f in fields {
            for b in f.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            h = (h ^ 0x1F) &* 0x0000_0100_0000_01B3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// A digest of everything an incident holds, in a fixed order (dictionary
/// order is not stable from run to run, so figures go by `CasualtyKind.allCases`).
public enum IncidentDigest {
    public static func of(_ i: Incident) -> String { ContentDigest.of(fields(i)) }

    public static func fields(_ i: Incident) -> [String] {
        var f = [
            i.id, i.title, i.type.rawValue, i.date.iso, i.date.precision.rawValue, i.date.reading,
            i.localTime ?? "\u{0}",
            i.sides.joined(separator: ","), i.sources.joined(separator: ","), i.notes ?? "\u{0}",
        ]
        for l in i.locations {
            let kind =
                switch l.kind {
                case let .place(n): "place:\(n)"
                case let .borderSector(n): "sector:\(n)"
                case let .province(n): "province:\(n)"
                case let .point(c): "point:\(c.longitude),\(c.latitude)"
                }
            f += [kind, "\(l.precision)", l.relation, l.claimedBy ?? "\u{0}", l.sources.joined(separator: ",")]
        }
        for c in i.claims {
            f += [c.claimant, c.side, c.role, c.summary, "\(c.unconfirmed)", c.sources.joined(separator: ",")]
            for casualty in c.casualties {
                f.append(casualty.side)
                for kind in CasualtyKind.allCases {
                    f.append(
                        casualty.figures[kind].map { "\(kind.rawValue)=\($0.low)-\($0.high.map(String.init) ?? "")" }
                            ?? "")
                }
            }
        }
        return f
    }
}

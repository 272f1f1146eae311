import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// A CSV file read against the columns a format requires: the header
/// checked once, then each row's fields by column name.
struct TableRows {
    struct Row {
        let line: Int
        let fields: [String]
        /// The header as written (`index` holds it normalised).
        let names: [String]
        let index: [String: Int]

        /// The row as the file had it, for an export to write back.
        var original: RecordFields { RecordFields(checked: names, values: fields) }

        subscript(_ column: String) -> String {
            guard let k = index[column] else { return "" }
            let f = fields[k]
            // Most fields have no padding; trimming through Foundation costs a bridge per field.
            guard f.first == " " || f.last == " " || f.first == "\t" || f.last == "\t" else { return f }
            return f.trimmingCharacters(in: .whitespaces)
        }

        func int(_ column: String) throws(RowError) -> Int {
            guard let n = Int(self[column]) else { throw RowError("\(column) '\(self[column])' is not a whole number") }
            return n
        }

        func optionalInt(_ column: String) throws(RowError) -> Int? {
            self[column].isEmpty ? nil : try int(column)
        }

        func coordinate() throws(RowError) -> Coordinate {
            guard let lat = Double(self["latitude"]), let lon = Double(self["longitude"]) else {
                throw RowError("latitude '\(self["latitude"])' / longitude '\(self["longitude"])' are not numbers")
            }
            do { return try Coordinate(longitude: lon, latitude: lat) } catch {
                throw RowError("coordinates out of range: latitude \(lat), longitude \(lon) (\(error))")
            }
        }
    }

    struct RowError: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Reads `data` into a `ReadResult`, one row at a time through `record`
    /// (rows are not kept, so a large file costs its records only); throws
    /// (naming the columns) when the header lacks any of `required`.
    static func read(
        _ data: Data, required: [String], format: String,
        record: @escaping (Row) throws(RowError) -> EventRecord
    ) throws(FormatError) -> ReadResult {
        var reader = try Reader(
            DelimitedRecords(data).makeIterator(), required: required, format: format, record: record)
        return reader.next(upTo: .max) ?? ReadResult()
    }

    /// Rows read as records a batch at a time, after the header is checked.
    struct Reader {
        private var iterator: DelimitedRecords.Iterator
        private let names: [String], index: [String: Int]
        private let record: (Row) throws(RowError) -> EventRecord

        init(
            _ iterator: DelimitedRecords.Iterator, required: [String], format: String,
            record: @escaping (Row) throws(RowError) -> EventRecord
        ) throws(FormatError) {
            self.iterator = iterator
            self.record = record
            guard let first = self.iterator.next() else {
                throw FormatError(line: 1, message: "the file is empty; expected a \(format) header")
            }
            guard let names = first.fields else {
                throw FormatError(line: first.line, message: first.problem ?? "unreadable header")
            }
            let header = names.map(RecordFields.normalised)
            let missing = required.filter { !header.contains($0) }
            guard missing.isEmpty else {
                throw FormatError(
                    line: first.line,
                    message: "not a \(format) file: the header lacks \(missing.joined(separator: ", "))")
            }
            self.names = names
            index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }

        var bytesRead: Int { iterator.bytesRead }

        /// The next `count` rows (records and rejected rows), nil when none is left.
        mutating func next(upTo count: Int) -> ReadResult? {
            var result = ReadResult(), rows = 0
            while rows < count, let next = iterator.next() {
                rows += 1
                if let problem = next.problem {
                    result.rejected.append(RejectedRow(line: next.line, reason: problem)); continue
                }
                guard let fields = next.fields else { continue }
                guard fields.count == names.count else {
                    result.rejected.append(
                        RejectedRow(
                            line: next.line,
                            reason: "wrong column count: \(fields.count) fields, the header has \(names.count)"))
                    continue
                }
                do {
                    result.records.append(try record(Row(line: next.line, fields: fields, names: names, index: index)))
                } catch {
                    result.rejected.append(RejectedRow(line: next.line, reason: error.reason))
                }
            }
            return rows == 0 ? nil : result
        }
    }
}

/// A file that cannot be read at all (not a row of it): where and why.
public struct FormatError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Day parsing and the names of the parties, shared by the formats.
enum FormatSupport {
    /// "2021-11-16", "2021-11-16 00:00:00.000", "16 November 2021" or "16-November-2021".
    static func day(_ text: String) -> Day? {
        if text.count >= 10, let d = Day(iso: String(text.prefix(10))) { return d }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard parts.count == 3, let d = Int(parts[0]), let y = Int(parts[2]),
            let m = Day.monthNames.firstIndex(of: parts[1].lowercased())
        else { return nil }
        return Day(year: y, month: m + 1, day: d)
    }

    /// The side codes the actors name, each once, in order (names without a side are left out).
    static func sides(_ actors: [String], _ words: ActorSides) -> [String] {
        var seen: [String] = []
        for a in actors { if let s = words.side(a), !seen.contains(s) { seen.append(s) } }
        return seen
    }

    /// The middle day of a date span (what a row's single date stands for).
    static func middle(_ d: IncidentDate) -> Day { Day(ordinal: (d.start.ordinal + d.end.ordinal) / 2) }

    /// The killed figure a dataset row carries: the first claim's total (low ends).
    static func killed(_ incident: Incident) -> Int? {
        for claim in incident.claims {
            let figures = claim.casualties.filter { $0.side != "ALL" }.compactMap { $0.figures[.killed]?.low }
            if !figures.isEmpty { return figures.reduce(0, +) }
            if let all = claim.casualties.first(where: { $0.side == "ALL" })?.figures[.killed] { return all.low }
        }
        return nil
    }

    static func outlets(_ incident: Incident, _ sources: [String: SourceReport], prefix: String) -> String {
        incident.sources.map { id in
            let outlet = sources[id]?.outlet ?? id
            return outlet.hasPrefix(prefix) ? String(outlet.dropFirst(prefix.count)) : outlet
        }.joined(separator: "; ")
    }
}

/// Actor names read as side codes, each distinct name looked up once per
/// file (a dataset repeats a few names over many rows).
final class ActorSides {
    let words: SideWords
    private var known: [String: String?] = [:]

    init(_ words: SideWords) { self.words = words }

    func side(_ actor: String) -> String? {
        if let found = known[actor] { return found }
        let found = words.side(ofActor: actor)
        known[actor] = found
        return found
    }
}

import BorderGeodata
import Foundation

/// Where an import's records come from, read a batch at a time so that an
/// import holds one batch, not the file: a CSV file streamed from disk
/// (`EventFile`) or records already read (`ReadResult`).
public protocol EventSource: Sendable {
    /// A reader from the first record, `size` rows a batch; throws when the
    /// input cannot be read at all (no file, a header lacking columns).
    func batches(of size: Int) throws -> any EventBatchReader
}

/// The batches of one reading of an `EventSource`.
public protocol EventBatchReader {
    /// The next batch: its records, the rows rejected among them, and any
    /// sources listed apart from rows (with the first batch); nil at the end.
    mutating func next() throws -> ReadResult?
    /// How much of the input has been read, from 0 to 1, for a progress bar.
    var fractionRead: Double { get }
}

/// An ACLED or UCDP GED CSV file, read from disk a chunk at a time (a
/// quoted field may span lines and chunks).
public struct EventFile: EventSource {
    public enum Format: Sendable { case acled, ucdp }

    public let url: URL
    public let format: Format
    /// The loaded packs' sides, which name each row's actors.
    public let sides: SideWords

    public init(url: URL, format: Format, sides: SideWords) {
        self.url = url
        self.format = format
        self.sides = sides
    }

    public func batches(of size: Int) throws -> any EventBatchReader {
        let iterator: DelimitedRecords.Iterator
        do { iterator = try DelimitedRecords.Iterator(file: url) } catch {
            throw FormatError(line: 0, message: "cannot read (\(error.localizedDescription))")
        }
        let name = url.lastPathComponent
        let total = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        let actors = ActorSides(sides)
        let reader: TableRows.Reader
        switch format {
        case .acled:
            reader = try TableRows.Reader(iterator, required: ACLEDFormat.required, format: "ACLED") {
                row throws(TableRows.RowError) in try ACLEDFormat.record(row, file: name, sides: actors)
            }
        case .ucdp:
            reader = try TableRows.Reader(iterator, required: UCDPFormat.required, format: "UCDP GED") {
                row throws(TableRows.RowError) in try UCDPFormat.record(row, file: name, sides: actors)
            }
        }
        return Batches(reader: reader, size: size, total: max(1, total ?? 1))
    }

    struct Batches: EventBatchReader {
        var reader: TableRows.Reader
        let size: Int, total: Int

        mutating func next() throws -> ReadResult? { reader.next(upTo: size) }
        var fractionRead: Double { min(1, Double(reader.bytesRead) / Double(total)) }
    }
}

extension ReadResult: EventSource {
    public func batches(of size: Int) throws -> any EventBatchReader { Slices(read: self, size: max(1, size)) }

    /// The records in slices; the rejected rows and the listed sources come with the first.
    struct Slices: EventBatchReader {
        let read: ReadResult, size: Int
        var start = 0

        mutating func next() throws -> ReadResult? {
            guard start < read.records.count || (start == 0 && !(read.rejected.isEmpty && read.sources.isEmpty))
            else { return nil }
            let end = min(read.records.count, start + size)
            let first = start == 0
            defer { start = max(end, 1) }
            return ReadResult(
                records: Array(read.records[start..<end]), rejected: first ? read.rejected : [],
                sources: first ? read.sources : [])
        }

        var fractionRead: Double { read.records.isEmpty ? 1 : Double(start) / Double(read.records.count) }
    }
}

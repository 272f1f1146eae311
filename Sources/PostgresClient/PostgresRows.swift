import CLibPQ

/// The rows a statement returned, copied out of libpq's result as text
/// (PostgreSQL's text output: `t`/`f`, decimal numbers, `{…}` arrays).
public struct PostgresRows: Sendable, RandomAccessCollection {
    public let columns: [String]
    private let cells: [String?]

    init(_ result: OpaquePointer) {
        let rowCount = Int(PQntuples(result)), columnCount = Int(PQnfields(result))
        columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var cells: [String?] = []
        cells.reserveCapacity(rowCount * columnCount)
        for r in 0..<Int32(rowCount) {
            for c in 0..<Int32(columnCount) {
                cells.append(PQgetisnull(result, r, c) == 1 ? nil : String(cString: PQgetvalue(result, r, c)))
            }
        }
        self.cells = cells
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { columns.isEmpty ? 0 : cells.count / columns.count }

    public subscript(row: Int) -> PostgresRow {
        PostgresRow(cells: cells[row * columns.count..<(row + 1) * columns.count])
    }
}

/// One row: typed reads of its cells, by position.
public struct PostgresRow: Sendable {
    let cells: ArraySlice<String?>

    public var count: Int { cells.count }

    public func string(_ k: Int) throws(PostgresClientError) -> String {
        guard let v = cells[cells.startIndex + k] else { throw .decoding("column \(k) is NULL, expected a value") }
        return v
    }

    public func optionalString(_ k: Int) -> String? { cells[cells.startIndex + k] }

    public func int(_ k: Int) throws(PostgresClientError) -> Int {
        let s = try string(k)
        guard let v = Int(s) else { throw .decoding("column \(k): '\(s)' is not an integer") }
        return v
    }

    public func optionalInt(_ k: Int) throws(PostgresClientError) -> Int? {
        try optionalString(k) == nil ? nil : int(k)
    }

    public func double(_ k: Int) throws(PostgresClientError) -> Double {
        let s = try string(k)
        guard let v = Double(s) else { throw .decoding("column \(k): '\(s)' is not a number") }
        return v
    }

    public func bool(_ k: Int) throws(PostgresClientError) -> Bool {
        switch try string(k) {
        case "t": return true
        case "f": return false
        case let s: throw .decoding("column \(k): '\(s)' is not a boolean")
        }
    }

    public func stringArray(_ k: Int) throws(PostgresClientError) -> [String] {
        let s = try string(k)
        guard let v = PostgresArrayText.decode(s) else { throw .decoding("column \(k): '\(s)' is not a text array") }
        return v
    }
}

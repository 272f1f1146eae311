import Foundation
import GRDB
import GRDBSQLite

/// A statement (an import's INSERT, a refresh's UPDATE) prepared once on a
/// connection and run row after row through SQLite's C API: each value
/// bound as it is added, with no argument array or boxed value per cell.
/// An import runs a few statements millions of times, and binding through
/// GRDB's arguments cost more than SQLite's own work for most rows. Used inside a transaction GRDB holds; finalized when
/// released (before the connection closes: the writer that owns it lives
/// for one write).
final class BoundStatement {
    private let statement: OpaquePointer
    private let connection: OpaquePointer
    let sql: String
    private var column: Int32 = 0

    init(_ db: Database, sql: String) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE) }
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.connection = connection
        self.statement = prepared
        self.sql = sql
    }

    deinit { sqlite3_finalize(statement) }

    /// Binds the next parameter (the first after `run`).
    func add<Value: BoundValue>(_ value: Value) {
        column += 1
        value.bind(statement, column)
    }

    /// Runs the statement with the values added, and makes it ready for the next row.
    func run() throws {
        defer { reset() }
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW { code = sqlite3_step(statement) }
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// Runs a statement that returns one integer (`RETURNING fid`), and makes it ready for the next row.
    func runReturningInteger() throws -> Int64 {
        defer { reset() }
        let code = sqlite3_step(statement)
        guard code == SQLITE_ROW else { throw failure(code) }
        let value = sqlite3_column_int64(statement, 0)
        // The row is complete only when the statement has run to its end.
        let end = sqlite3_step(statement)
        guard end == SQLITE_DONE else { throw failure(end) }
        return value
    }

    /// Runs a query with the values added, handing each row's statement to `row` to read its columns
    /// (`sqlite3_column_*`), and makes it ready for the next run.
    func runReading(_ row: (OpaquePointer) throws -> Void) throws {
        defer { reset() }
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            try row(statement)
            code = sqlite3_step(statement)
        }
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// The row id of the last row this connection inserted (after `run` of an INSERT).
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    private func reset() {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        column = 0
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}

/// A value `BoundStatement` binds as GRDB would store it: text, integers
/// (and booleans as 0 or 1), reals, blobs, NULL for nil.
protocol BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32)
}

/// SQLite copies bound text and blobs before the call returns.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension String: BoundValue {
    /// As GRDB binds text: up to the first NUL, so that what a later read through GRDB sees is the same.
    func bind(_ statement: OpaquePointer, _ column: Int32) {
        _ = withCString { sqlite3_bind_text(statement, column, $0, -1, transient) }
    }
}

extension Int: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) { sqlite3_bind_int64(statement, column, Int64(self)) }
}

extension Int64: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) { sqlite3_bind_int64(statement, column, self) }
}

extension Bool: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) { sqlite3_bind_int64(statement, column, self ? 1 : 0) }
}

extension Double: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) { sqlite3_bind_double(statement, column, self) }
}

extension Data: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) {
        withUnsafeBytes { bytes in
            // A zero-length blob, not NULL, as GRDB stores empty Data.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                sqlite3_bind_zeroblob(statement, column, 0)
                return
            }
            sqlite3_bind_blob(statement, column, base, Int32(bytes.count), transient)
        }
    }
}

extension Optional: BoundValue where Wrapped: BoundValue {
    func bind(_ statement: OpaquePointer, _ column: Int32) {
        switch self {
        case let .some(value): value.bind(statement, column)
        case .none: sqlite3_bind_null(statement, column)
        }
    }
}

import Foundation
import GRDB
import Testing

@testable import BorderStore

/// The import's inserts bind each value as GRDB's arguments would: the
/// same types and bytes in the file, NULL only for nil.
@Suite struct BoundStatementTests {
    static let columns = "a, b, c, d, e, f, g, h, i"
    static let sql = "INSERT INTO t (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"

    @Test func valuesAreStoredAsGRDBStoresThem() throws {
        let queue = try DatabaseQueue()
        let rows: [(String, String?, Int, Int64?, Double, Bool, Bool?, Data, String)] = [
            ("Sotk", nil, 3, 9_007_199_254_740_993, -0.5, true, nil, Data([0x47, 0x50, 0, 1]), "Верин Шоржа"),
            ("", "x", -1, nil, 1e-300, false, false, Data([0xFF]), "Yeraskh\u{0}tail"),
        ]
        let (bound, viaGRDB) = try queue.write { db -> ([String], [String]) in
            try db.execute(sql: "CREATE TABLE t (\(Self.columns))")
            try db.execute(sql: "CREATE TABLE u (\(Self.columns))")
            let insert = try BoundStatement(db, sql: Self.sql)
            for r in rows {
                insert.add(r.0)
                insert.add(r.1)
                insert.add(r.2)
                insert.add(r.3)
                insert.add(r.4)
                insert.add(r.5)
                insert.add(r.6)
                insert.add(r.7)
                insert.add(r.8)
                try insert.run()
                try db.execute(
                    sql: Self.sql.replacingOccurrences(of: "INTO t", with: "INTO u"),
                    arguments: [r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7, r.8])
            }
            let quoted = Self.columns.split(separator: ",").map { "quote(\($0)) || typeof(\($0))" }
                .joined(separator: " || '|' || ")
            return (
                try String.fetchAll(db, sql: "SELECT \(quoted) FROM t ORDER BY rowid"),
                try String.fetchAll(db, sql: "SELECT \(quoted) FROM u ORDER BY rowid")
            )
        }
        #expect(bound.count == 2)
        #expect(bound == viaGRDB)
        #expect(bound[0].contains("NULLnull") && bound[1].hasPrefix("''text"))
    }

    @Test func aConstraintFailureThrowsAndTheNextRowGoesIn() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE k (id TEXT NOT NULL UNIQUE)")
            let insert = try BoundStatement(db, sql: "INSERT INTO k (id) VALUES (?) RETURNING rowid")
            insert.add("a")
            #expect(try insert.runReturningInteger() == 1)
            insert.add("a")
            #expect(throws: DatabaseError.self) { try insert.runReturningInteger() }
            insert.add(String?.none)
            #expect(throws: DatabaseError.self) { try insert.runReturningInteger() }
            insert.add("b")
            #expect(try insert.runReturningInteger() == 2)
            #expect(try String.fetchAll(db, sql: "SELECT id FROM k ORDER BY rowid") == ["a", "b"])
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in _ = try BoundStatement(db, sql: "INSERT INTO nowhere VALUES (?)") }
        }
    }
}

import BorderEventStore
import Foundation
import GRDB

/// A read-only look at a file before anything opens it for writing or
/// switches it to WAL: is it BorderWatch's store, a new file, or somebody
/// else's? Nothing here writes a byte.
public enum StoreFileCheck {
    public enum Verdict: Equatable, Sendable {
        /// No file, or an empty one: a new store may be made there.
        case new
        /// A GeoPackage with BorderWatch's schema table, at this version.
        case ours(version: Int)
    }

    /// SQLite's header and GeoPackage's `application_id` ('GPKG', at byte 68).
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)
    static let geoPackageID: [UInt8] = Array("GPKG".utf8)

    /// Throws `StoreError.notOurs` for a file that is not a BorderWatch store.
    public static func inspect(_ path: String) throws -> Verdict {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw StoreError.notOurs("\(path) cannot be read") }
            return .new
        }
        let head = (try? handle.read(upToCount: 100)) ?? Data()
        try? handle.close()
        if head.isEmpty { return .new }
        let bytes = Array(head)
        guard bytes.count == 100, Array(bytes[0..<16]) == sqliteMagic else {
            throw StoreError.notOurs("\(path) is not a GeoPackage (not even a SQLite database); nothing was changed")
        }
        guard Array(bytes[68..<72]) == geoPackageID else {
            throw StoreError.notOurs(
                "\(path) is somebody else's SQLite database, not a BorderWatch GeoPackage; nothing was changed")
        }
        var config = Configuration()
        config.readonly = true
        let version: Int? = try DatabaseQueue(path: path, configuration: config).read { db in
            guard try db.tableExists("borderwatch_schema") else { return nil }
            return try Int.fetchOne(db, sql: "SELECT max(version) FROM borderwatch_schema") ?? 0
        }
        guard let version else {
            throw StoreError.notOurs(
                "\(path) is a GeoPackage without BorderWatch's schema (somebody else's); nothing was changed")
        }
        return .ours(version: version)
    }
}

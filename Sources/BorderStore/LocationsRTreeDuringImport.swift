import GRDB

/// During an import's transaction the GeoPackage R-tree of `locations`
/// is kept by the writer instead of by its insert trigger: the trigger
/// calls five SQL functions per row to read back a point the writer has in
/// hand. The trigger is dropped when the import writes its first rows and
/// created again, with its own SQL, before the transaction commits; a
/// failed or rolled-back import takes the drop back with everything else,
/// and no other connection ever sees the file without it.
struct LocationsRTreeDuringImport {
    static let trigger = "rtree_locations_geom_insert"
    static let insertSQL = "INSERT OR REPLACE INTO rtree_locations_geom VALUES (?, ?, ?, ?, ?)"

    /// The trigger's SQL while it is dropped.
    private var dropped: String?

    /// Whether the writer keeps the R-tree now (the trigger is dropped).
    var writerIndexes: Bool { dropped != nil }

    /// Drops the trigger, once; a file without it (someone else's) keeps its triggers as they are.
    mutating func take(_ db: Database) throws {
        guard dropped == nil,
            let sql = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [Self.trigger])
        else { return }
        try db.execute(sql: "DROP TRIGGER \(Self.trigger)")
        dropped = sql
    }

    /// Creates the trigger again as it was.
    mutating func giveBack(_ db: Database) throws {
        guard let sql = dropped else { return }
        try db.execute(sql: sql)
        dropped = nil
    }
}

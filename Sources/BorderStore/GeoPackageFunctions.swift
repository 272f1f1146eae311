import BorderEventStore
import Foundation
import GRDB

/// The SQL functions the R-tree triggers of GeoPackage 1.3 call
/// (ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY, ST_MaxY), registered on every
/// connection so that plain inserts, updates and deletes keep the index in
/// step — on our files and on GDAL-made ones alike.
enum GeoPackageFunctions {
    static func register(on db: Database) {
        db.add(
            function: DatabaseFunction("ST_IsEmpty", argumentCount: 1, pure: true) { values in
                guard let blob = Data.fromDatabaseValue(values[0]) else { return nil }
                let empty = try GeoPackageBinary.isEmpty(blob)
                return empty ? 1 : 0
            })
        // [minx, maxx, miny, maxy], as GeoPackage orders an envelope.
        for (k, name) in ["ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"].enumerated() {
            db.add(
                function: DatabaseFunction(name, argumentCount: 1, pure: true) { values in
                    guard let blob = Data.fromDatabaseValue(values[0]), let e = try GeoPackageBinary.envelope(blob)
                    else { return nil }
                    return [e.minX, e.maxX, e.minY, e.maxY][k]
                })
        }
    }
}

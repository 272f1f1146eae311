import BorderEventStore
import BorderStore
import Foundation
import FuzzSupport

// A store file someone hands you: arbitrary bytes written to a file, opened
// as a GeoPackage store and read back whole (catalog, relations, imported records).
let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-fuzz-\(getpid()).gpkg").path
runFuzzer { data, size in
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    guard FileManager.default.createFile(atPath: path, contents: Data(fuzzBytes(data, size))) else { return 0 }
    let done = DispatchSemaphore(value: 0)
    Task {
        if let store = try? await GeoPackageStore.open(path: path) {
            _ = try? await store.catalog()
            _ = try? await store.relations()
            _ = try? await store.importedRecords()
        }
        done.signal()
    }
    done.wait()
    return 0
}

import BorderEventStore
import BorderStore
import Foundation
import FuzzSupport

// A store file someone hands you: arbitrary bytes written to a file, looked
// at read-only (`StoreFileCheck`), and when it passes for a store, opened as
// the commands that only read open it and read back whole.
let path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-fuzz-\(getpid()).gpkg").path
runFuzzer { data, size in
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    guard FileManager.default.createFile(atPath: path, contents: Data(fuzzBytes(data, size))) else { return 0 }
    let done = DispatchSemaphore(value: 0)
    // Detached: top-level code is the main actor's, and the main thread waits below.
    Task.detached {
        if case .ours? = try? StoreFileCheck.inspect(path), let store = try? GeoPackageStore.openForReading(path: path)
        {
            _ = try? await store.catalog()
            _ = try? await store.relations()
            _ = try? await store.importedRecords()
        }
        done.signal()
    }
    done.wait()
    return 0
}

import BorderStores
import Foundation
import XCTest

final class StoresTests: XCTestCase {
    func testNamesForMessagesNeverCarryAPassword() {
        XCTAssertEqual(Stores.displayName("events.gpkg"), "events.gpkg")
        let shown = Stores.displayName("postgresql://bw:s3cret@db.example/events?schema=x")
        XCTAssertFalse(shown.contains("s3cret"), shown)
        XCTAssertTrue(shown.contains("db.example") && shown.contains("schema=x"), shown)
        XCTAssertFalse(
            Stores.displayName("postgresql://bw:s3cret@db.example/events?schema=NOT%20OK").contains("s3cret"))
    }

    func testNoFileOrAnEmptyFileIsNoStoreYetAndIsLeftAlone() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-stores-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.gpkg").path
        let opened = try await Stores.openForReading(missing)
        XCTAssertNil(opened)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
        let empty = dir.appendingPathComponent("empty.gpkg").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        let openedEmpty = try await Stores.openForReading(empty)
        XCTAssertNil(openedEmpty)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: empty)).count, 0)
    }
}

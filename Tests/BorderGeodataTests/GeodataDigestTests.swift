import BorderGeodata
import Foundation
import Testing

/// The geodata digest covers the theatre packs loaded and nothing else under the geodata folder.
@Suite struct GeodataDigestTests {
    /// A geodata folder holding copies of the bundled packs and a pipeline table.
    func copy() throws -> URL {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("pipeline"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: repository.appendingPathComponent("geodata/theatres"), to: dir.appendingPathComponent("theatres"))
        try Data("a\tb\n".utf8).write(to: dir.appendingPathComponent("pipeline/table.tsv"))
        return dir
    }

    @Test func onlyTheSelectedPacksCount() throws {
        let dir = try copy()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try GeodataDigest.of(directory: dir)
        let amaz = try GeodataDigest.of(directory: dir, theatres: ["am-az"])
        #expect(all != amaz)
        try Data("a\tc\n".utf8).write(to: dir.appendingPathComponent("pipeline/table.tsv"))
        #expect(try GeodataDigest.of(directory: dir) == all, "a pipeline table is not part of the digest")
        let kgtj = dir.appendingPathComponent("theatres/kg-tj/provinces.geojson")
        try (try Data(contentsOf: kgtj) + Data("\n".utf8)).write(to: kgtj)
        #expect(try GeodataDigest.of(directory: dir) != all, "a loaded pack's layer is")
        #expect(try GeodataDigest.of(directory: dir, theatres: ["am-az"]) == amaz, "a pack not loaded is not")
    }
}

import Foundation

/// A digest of the geodata a relation depends on: the theatre packs loaded
/// (`TheatrePack.selected`: those named, else by `$BORDERWATCH_THEATRES`,
/// else every installed one), each pack's `*.geojson`, `*.tsv` and
/// `manifest.json` at any depth, taken in the order of their sorted paths
/// relative to the geodata folder, each path and then its bytes. Nothing
/// else under the folder counts (the pipeline's scripts and tables are not
/// read by the engine). A store records the digest it was related with;
/// another one means its relations are stale.
///
/// 64-bit FNV-1a: it tells changed files apart, it does not resist forgery.
public enum GeodataDigest {
    /// `fnv1a64:` and 16 hex digits. `directory` may also be one pack, or a bare folder of layers.
    public static func of(directory: URL, theatres ids: [String]? = nil) throws -> String {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        let fm = FileManager.default
        let hasPacks =
            fm.fileExists(atPath: root.appendingPathComponent(TheatrePack.manifestFile).path)
            || fm.fileExists(atPath: root.appendingPathComponent("theatres").path)
        // A pack is named as it lies under a geodata folder, wherever its files really are (a symlinked pack).
        let folders =
            hasPacks
            ? try TheatrePack.selected(in: root, ids: ids).map { ($0.directory, "theatres/\($0.id)/") } : [(root, "")]
        var files: [(name: String, url: URL)] = []
        for (folder, prefix) in folders { files += digested(in: folder, prefix: prefix) }
        var hash = FNV1a()
        for file in files.sorted(by: { $0.name < $1.name }) {
            hash.add(Array(file.name.utf8))
            hash.add([0])
            try Data(contentsOf: file.url).withUnsafeBytes { hash.add($0) }
            hash.add([0])
        }
        let hex = String(hash.value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The digested files under `folder`, each named by `prefix` and its path within `folder`.
    private static func digested(in folder: URL, prefix: String) -> [(name: String, url: URL)] {
        let start = folder.standardizedFileURL.resolvingSymlinksInPath()
        var files: [(name: String, url: URL)] = []
        let walker = FileManager.default.enumerator(at: start, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard name.hasSuffix(".geojson") || name.hasSuffix(".tsv") || name == TheatrePack.manifestFile,
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(start.path) else { continue }
            files.append((prefix + path.dropFirst(start.path.count).drop(while: { $0 == "/" }), url))
        }
        return files
    }

    /// The digest of the bundled geodata folder (`Geodata.bundledDirectory()`)
    /// with the packs `$BORDERWATCH_THEATRES` selects, computed once per
    /// process; nil when there is no readable one.
    public static let bundled: String? = Geodata.bundledDirectory().flatMap { try? of(directory: $0) }

    private struct FNV1a {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add(_ bytes: some Collection<UInt8>) {
            var h = value
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            value = h
        }
    }
}

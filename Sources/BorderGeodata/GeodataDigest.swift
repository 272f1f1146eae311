import Foundation

/// A digest of the geodata a relation depends on: every `*.geojson`,
/// `*.tsv` and `manifest.json` under a geodata folder, at any depth (so
/// theatre packs in subfolders count), taken in the order of their sorted
/// relative paths, each path and then its bytes. A store records the digest
/// it was related with; another one means its relations are stale.
///
/// 64-bit FNV-1a: it tells changed files apart, it does not resist forgery.
public enum GeodataDigest {
    /// `fnv1a64:` and 16 hex digits.
    public static func of(directory: URL) throws -> String {
        let root = directory.standardizedFileURL.resolvingSymlinksInPath()
        var files: [String] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            let name = url.lastPathComponent
            guard name.hasSuffix(".geojson") || name.hasSuffix(".tsv") || name == "manifest.json",
                (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { continue }
            let path = url.resolvingSymlinksInPath().path
            files.append(String(path.dropFirst(root.path.count).drop(while: { $0 == "/" })))
        }
        var hash = FNV1a()
        for relative in files.sorted() {
            hash.add(Array(relative.utf8))
            hash.add([0])
            try Data(contentsOf: root.appendingPathComponent(relative)).withUnsafeBytes { hash.add($0) }
            hash.add([0])
        }
        let hex = String(hash.value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The digest of the bundled geodata folder (`Geodata.bundledDirectory()`),
    /// computed once per process; nil when there is no readable one.
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

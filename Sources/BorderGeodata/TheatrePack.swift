import Foundation

/// A theatre pack on disk: a folder `theatres/<id>/` of layers and its manifest.
public struct TheatrePack: Sendable, Hashable {
    public var directory: URL
    public var manifest: TheatreManifest

    public var id: String { manifest.id }

    public init(directory: URL) throws(GeodataError) {
        self.directory = directory
        manifest = try TheatreManifest.read(contentsOf: directory.appendingPathComponent(Self.manifestFile))
        if manifest.id != directory.lastPathComponent {
            throw .source(
                file: directory.appendingPathComponent(Self.manifestFile).path, line: nil,
                problem: "id \"\(manifest.id)\" differs from its folder's name \"\(directory.lastPathComponent)\"")
        }
    }

    public static let manifestFile = "manifest.json"

    /// The environment variable that picks packs when no `--theatre` is given
    /// (comma-separated ids; unset or empty means every installed pack).
    public static let selectionVariable = "BORDERWATCH_THEATRES"

    /// Every pack under `root/theatres/`, by id; or `root` itself when it is a pack.
    public static func all(in root: URL) throws(GeodataError) -> [TheatrePack] {
        let fm = FileManager.default
        if fm.fileExists(atPath: root.appendingPathComponent(manifestFile).path) {
            return [try TheatrePack(directory: root)]
        }
        let folder = root.appendingPathComponent("theatres")
        let names = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var packs: [TheatrePack] = []
        for name in names where fm.fileExists(atPath: folder.appendingPathComponent("\(name)/\(manifestFile)").path) {
            packs.append(try TheatrePack(directory: folder.appendingPathComponent(name)))
        }
        if packs.isEmpty { throw .missingLayer("\(folder.path)/*/\(manifestFile) (no theatre pack)") }
        return packs
    }

    /// The packs named by `ids` (nil: those of `$BORDERWATCH_THEATRES`, else all).
    public static func selected(in root: URL, ids: [String]? = nil) throws(GeodataError) -> [TheatrePack] {
        let packs = try all(in: root)
        guard let wanted = ids ?? environmentSelection(), !wanted.isEmpty else { return packs }
        var chosen: [TheatrePack] = []
        for id in wanted {
            guard let pack = packs.first(where: { $0.id == id }) else {
                throw .source(
                    file: root.appendingPathComponent("theatres").path, line: nil,
                    problem: "no theatre \"\(id)\" (installed: \(packs.map(\.id).joined(separator: ", ")))")
            }
            if !chosen.contains(pack) { chosen.append(pack) }
        }
        return chosen
    }

    static func environmentSelection() -> [String]? {
        guard let text = ProcessInfo.processInfo.environment[selectionVariable] else { return nil }
        let ids = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return ids.isEmpty ? nil : ids
    }
}

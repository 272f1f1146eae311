import ArgumentParser
import BorderGeodata
import Foundation

/// `--theatre`: which installed packs a command loads.
enum TheatreSelection {
    /// Checks the ids against the installed packs and exports them as
    /// `$BORDERWATCH_THEATRES`, which every bundled-data loader reads.
    static func apply(_ ids: [String]) throws {
        guard !ids.isEmpty else { return }
        guard let root = Geodata.bundledDirectory() else {
            throw ValidationError(
                "--theatre: no bundled geodata found (run from the repository, or set BORDERWATCH_GEODATA)")
        }
        let installed: [TheatrePack]
        do { installed = try TheatrePack.all(in: root) } catch { throw ValidationError("--theatre: \(error)") }
        for id in ids where !installed.contains(where: { $0.id == id }) {
            throw ValidationError(
                "--theatre \(id): no such theatre (installed: \(installed.map(\.id).joined(separator: ", ")))")
        }
        setenv(TheatrePack.selectionVariable, ids.joined(separator: ","), 1)
    }

    /// The ids of the packs this command loads (after `apply`), for messages; empty when none can be found.
    static var loadedIDs: [String] {
        guard let root = Geodata.bundledDirectory() else { return [] }
        return ((try? TheatrePack.selected(in: root)) ?? []).map(\.id)
    }

    /// Whether the command was asked for some packs rather than all.
    static var isRestricted: Bool {
        !(ProcessInfo.processInfo.environment[TheatrePack.selectionVariable] ?? "").isEmpty
    }
}

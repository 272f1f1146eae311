import BorderIncidents
import Foundation

/// `ingest --apply` until the store exists: adds proposed incidents to a
/// catalog file (the incidents.json format). Reviewed incidents are never
/// touched; an incident already there (same id, or the same kind of event
/// on overlapping dates at a shared place) is linked, not added again; so
/// ingesting the same report twice changes nothing, not even the file.
public enum CatalogMerge {
    public struct Summary: CustomStringConvertible, Sendable {
        public var added: [String] = []
        public var alreadyThere: [(proposed: String, existing: String)] = []
        public var skippedUndated = 0
        public var path: String

        public var description: String {
            "\(path): \(added.count) added as proposed" + (added.isEmpty ? "" : " (\(added.joined(separator: ", ")))")
                + (alreadyThere.isEmpty
                    ? ""
                    : "; \(alreadyThere.count) already there ("
                        + alreadyThere.map { "\($0.proposed) = \($0.existing)" }.joined(separator: ", ") + ")")
                + (skippedUndated > 0 ? "; \(skippedUndated) with an unresolved date not added" : "")
        }
    }

    public struct MergeError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public static func apply(_ result: IngestResult, to url: URL) throws -> Summary {
        guard let source = result.source else {
            throw MergeError(description: "cannot add incidents without a publication date (give --published)")
        }
        var catalog =
            FileManager.default.fileExists(atPath: url.path)
            ? try CatalogReader.read(contentsOf: url) : Catalog(sources: [], incidents: [])
        var summary = Summary(path: url.path)
        var changed = false
        if catalog.source(id: source.id) == nil {
            catalog.sources.append(source)
            changed = true
        }
        for p in result.incidents {
            guard p.dateResolved else { summary.skippedUndated += 1; continue }
            if let same = existing(p.incident, in: catalog) {
                summary.alreadyThere.append((p.incident.id, same.id))
                continue
            }
            catalog.incidents.append(p.incident)
            summary.added.append(p.incident.id)
            changed = true
        }
        if !summary.added.isEmpty || changed { try CatalogWriter.write(catalog, to: url) }
        return summary
    }

    /// The catalog's incident the proposal is: the same id, or the same
    /// family of event on overlapping dates naming a common place (or both none).
    static func existing(_ i: Incident, in catalog: Catalog) -> Incident? {
        if let same = catalog.incident(id: i.id) { return same }
        let names = Set(i.locations.map(\.name))
        return catalog.incidents.first { c in
            EventTyper.family(c.type) == EventTyper.family(i.type)
                && c.date.overlaps(from: i.date.start, to: i.date.end)
                && (names.isEmpty && c.locations.isEmpty || !names.isDisjoint(with: c.locations.map(\.name)))
        }
    }
}

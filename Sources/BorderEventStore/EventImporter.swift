import BorderExchange
import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore

/// Brings the records of a file into a store, deciding for each what it is:
/// unchanged (same key, same digest), updated (same key, new content), linked
/// (another source's report of an event already stored: same day ±1 within
/// the precisions, within 5 km geodesic, compatible type) or new. Written
/// against `EventStore` only; every location is related with `Relater`'s
/// one code path (in bulk with `BulkRelater`), and the whole file is one
/// `write`, so it lands entirely or not at all.
public struct EventImporter: Sendable {
    public struct Summary: Sendable, Equatable {
        public var new = 0, updated = 0, linked = 0, unchanged = 0
        public var rejected: [RejectedRow] = []

        public init(new: Int = 0, updated: Int = 0, linked: Int = 0, unchanged: Int = 0, rejected: [RejectedRow] = []) {
            self.new = new
            self.updated = updated
            self.linked = linked
            self.unchanged = unchanged
            self.rejected = rejected
        }

        public var line: String {
            "\(new) new, \(updated) updated, \(linked) linked, \(unchanged) unchanged, \(rejected.count) rejected"
        }
    }

    public let relater: Relater
    public var linkMetres = 5_000.0
    public var linkDays = 1
    /// The digest of `relater`'s geodata, recorded with the import; a store
    /// related with other geodata is refreshed first. Nil: neither.
    public var geodataDigest: String?

    public init(relater: Relater, geodataDigest: String? = GeodataDigest.bundled) {
        self.relater = relater
        self.geodataDigest = geodataDigest
    }

    /// Stages ("refreshing", "linking", "relating", "writing") and their fraction done, for a progress bar.
    public typealias Progress = @Sendable (_ stage: String, _ fraction: Double) -> Void

    /// Imports `read`, recorded in the store as an import named `label`.
    public func run(
        _ read: ReadResult, into store: some EventStore, dryRun: Bool = false, label: String = "import",
        progress: Progress? = nil
    ) async throws -> Summary {
        var summary = Summary(rejected: read.rejected)
        if !dryRun, let digest = geodataDigest, try await store.isStale(against: digest) {
            try await StoreRefresh.refresh(store, relater: relater, digest: digest) { progress?("refreshing", $0) }
        }
        let known = try await store.importedRecords()
        let sorted = Self.classify(read.records, known: known)
        let (fresh, changed) = (sorted.fresh, sorted.changed)
        summary.unchanged = sorted.unchanged
        var imported = sorted.refilled
        progress?("linking", 0)
        let probes = fresh.compactMap { k in
            let r = read.records[k]
            return r.point.map {
                LinkProbe(
                    coordinate: $0, from: r.incident.date.start.adding(days: -linkDays),
                    to: r.incident.date.end.adding(days: linkDays))
            }
        }
        let candidates = probes.isEmpty ? [] : try await store.linkCandidates(for: probes, within: linkMetres)

        // Incidents to write: new ones in file order, and those updated or linked into (merged as they come).
        var written: [Incident] = []
        var position: [String: Int] = [:]
        func put(_ i: Incident) {
            if let k = position[i.id] { written[k] = i } else { position[i.id] = written.count; written.append(i) }
        }
        func pending(_ id: String) -> Incident? { position[id].map { written[$0] } }
        if !changed.isEmpty {
            let stored = Dictionary(
                try await store.catalog().incidents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for k in changed {
                let r = read.records[k]
                let target = known[r.key]!.incidentID
                let base = pending(target) ?? stored[target]
                put(Self.merge(r, into: base))
                imported.append(
                    ImportedRecord(
                        key: r.key, digest: r.digest, incidentID: target, fields: r.fields,
                        importID: ImportedRecord.thisImport))
                summary.updated += 1
            }
        }
        var probe = 0
        for k in fresh {
            let r = read.records[k]
            var found: LinkCandidate?
            if r.point != nil {
                found = candidates[probe].first { c in
                    Self.compatible(r.incident.type, c.incident.type) && !Self.sameDataset(r.key, c.incident)
                }
                probe += 1
            }
            if let found, found.incident.id != r.incident.id {
                put(Self.merge(r, into: pending(found.incident.id) ?? found.incident, primary: false))
                imported.append(
                    ImportedRecord(
                        key: r.key, digest: r.digest, incidentID: found.incident.id, fields: r.fields,
                        importID: ImportedRecord.thisImport))
                summary.linked += 1
            } else {
                put(Self.merge(r, into: nil))
                imported.append(
                    ImportedRecord(
                        key: r.key, digest: r.digest, incidentID: r.incident.id, fields: r.fields,
                        importID: ImportedRecord.thisImport))
                summary.new += 1
            }
        }
        let incidents = written
        let relations = try relate(incidents, progress: progress)
        // Nothing new, updated, linked or refilled: no write transaction at all.
        guard !dryRun, !imported.isEmpty else { return summary }
        progress?("writing", 0)
        var sources = read.sources + read.records.compactMap(\.source)
        var seen = Set<String>()
        sources = sources.reversed().filter { seen.insert($0.id).inserted }.reversed()
        // Only refilled records: the incidents and their sources stay as they are.
        let log = ImportLog(
            label: label, geodataDigest: geodataDigest, new: summary.new, updated: summary.updated,
            linked: summary.linked, unchanged: summary.unchanged)
        try await store.write(
            incidents.isEmpty
                ? StoreBatch(records: imported)
                : StoreBatch(sources: sources, incidents: incidents, relations: relations, records: imported, log: log))
        progress?("writing", 1)
        return summary
    }

    /// The positions of the records that are new and of those with new
    /// content (the last of each key: a later row wins, as a re-import
    /// would), how many are unchanged, and the stored records of unchanged
    /// rows imported before their fields were kept, with the fields now
    /// (their incidents are not touched).
    static func classify(_ records: [EventRecord], known: [String: ImportedRecord])
        -> (fresh: [Int], changed: [Int], unchanged: Int, refilled: [ImportedRecord])
    {
        var last: [String: Int] = [:]
        for (k, r) in records.enumerated() { last[r.key] = k }
        var fresh: [Int] = [], changed: [Int] = [], unchanged = 0, refilled: [ImportedRecord] = []
        for (k, r) in records.enumerated() where last[r.key] == k {
            guard var stored = known[r.key] else { fresh.append(k); continue }
            guard stored.digest == r.digest else { changed.append(k); continue }
            unchanged += 1
            if !stored.hasFields, let fields = r.fields {
                stored.fields = fields
                stored.hasFields = true
                refilled.append(stored)
            }
        }
        return (fresh, changed, unchanged, refilled)
    }

    /// Relations of every location, whole (detail included), on all cores through `Relater.relate`.
    func relate(_ incidents: [Incident], progress: Progress?) throws -> [StoredRelation] {
        try StoredRelations.relate(incidents, relater: relater) { progress?("relating", $0) }
    }

    /// Types that may describe one event: the same, or two kinds of fighting.
    static func compatible(_ a: EventType, _ b: EventType) -> Bool {
        let fighting: Set<EventType> = [.armedClash, .shelling, .war, .incursion]
        return a == b || (fighting.contains(a) && fighting.contains(b))
    }

    /// A dataset codes distinct events separately, so a row is never linked
    /// to an incident that already holds a row of the same dataset.
    static func sameDataset(_ key: String, _ incident: Incident) -> Bool {
        guard let prefix = key.split(separator: ":").first else { return false }
        return incident.sources.contains { $0.hasPrefix("\(prefix):") }
    }

    /// The incident without what linked record `key` contributed (its location, claims and source).
    static func strip(_ key: String, from i: Incident) -> Incident {
        var i = i
        i.locations.removeAll { $0.sources == [key] }
        i.claims.removeAll { $0.sources == [key] }
        i.sources.removeAll { $0 == key }
        return i
    }

    /// `r`'s incident merged into `base`. When `base` is `r`'s own incident,
    /// `r` replaces it and keeps only what rows linked to it contributed;
    /// otherwise `r` adds its location, claims and source to `base`.
    static func merge(_ r: EventRecord, into base: Incident?, primary: Bool = true) -> Incident {
        guard let base else { return r.incident }
        var i: Incident
        if primary && base.id == r.incident.id {
            i = r.incident
            // Linked rows' keys are format-qualified ("ucdp:420001"); their parts cite only that key.
            let linked = base.sources.filter { $0.contains(":") && $0 != r.key && !i.sources.contains($0) }
            func fromLinked(_ sources: [String]) -> Bool { sources.count == 1 && linked.contains(sources[0]) }
            i.locations += base.locations.filter { fromLinked($0.sources) }
            i.claims += base.claims.filter { fromLinked($0.sources) }
            i.sources += linked
            if !linked.isEmpty { for s in base.sides where !i.sides.contains(s) { i.sides.append(s) } }
        } else {
            i = strip(r.key, from: base)
            i.locations += r.incident.locations
            i.claims += r.incident.claims
            i.sources += r.incident.sources.filter { !i.sources.contains($0) }
            for s in r.incident.sides where !i.sides.contains(s) { i.sides.append(s) }
        }
        return i
    }
}

/// A location the engine could not relate, named by its incident, with the engine's own reason.
public struct RelatingError: Error, CustomStringConvertible {
    public var incident: String
    public var reason: String
    public var description: String { "incident \(incident): \(reason)" }
}

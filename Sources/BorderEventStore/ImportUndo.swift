import BorderIncidents

/// What undoing one import removes, decided the same way for every store
/// from rows the store reads inside the undo's transaction.
///
/// An import's rows are the imported records it last wrote. An incident all
/// of whose records are the import's is removed whole; from any other, the
/// import's linked rows are taken out (their locations, claims and source).
/// Refused, with nothing changed: an unknown id; an import that updated
/// rows imported before (their earlier content is not kept); an import a
/// later import built on (that one must be undone first).
public enum ImportUndo {
    public enum UndoError: Error, CustomStringConvertible {
        case unknownImport(Int)
        case updatedRows(Int, count: Int)
        case laterImport(Int, later: Int, incident: String)

        public var description: String {
            switch self {
            case let .unknownImport(id):
                "there is no import \(id) in the store (`borderwatch store info` lists them); nothing was changed"
            case let .updatedRows(id, count):
                "import \(id) updated \(count) rows imported before, whose earlier content is not kept, "
                    + "so it cannot be undone; nothing was changed"
            case let .laterImport(id, later, incident):
                "import \(later) added to incident \(incident) after import \(id): undo import \(later) first; "
                    + "nothing was changed"
            }
        }
    }

    /// What an undo did.
    public struct Summary: Hashable, Sendable {
        public var importID: Int
        public var label: String
        public var removedIncidents: Int
        public var changedIncidents: Int
        public var removedRows: Int

        public var line: String {
            "import \(importID) (\(label)) undone: \(removedRows) imported rows, \(removedIncidents) incidents removed, "
                + "\(changedIncidents) incidents changed"
        }
    }

    /// The changes to make.
    public struct Plan: Sendable {
        public var summary: Summary
        /// Incidents removed whole, with their locations and claims.
        public var removedIncidents: [String]
        /// Incidents rewritten without the import's rows, with their relations renumbered.
        public var rewrite: StoreBatch
        /// The import's record keys.
        public var removedRecords: [String]
        /// Sources the removed parts cited: to be removed when no incident cites them any more.
        public var sourceCandidates: [String]
    }

    /// - Parameters:
    ///   - log: the import, nil when the store has none with the id asked for.
    ///   - records: the import's records and every other record of the incidents they went into.
    ///   - incidents: those incidents, as stored.
    ///   - relations: their stored relations.
    public static func plan(
        _ id: Int, log: ImportLog?, records: [ImportedRecord], incidents: [Incident], relations: [StoredRelation]
    ) throws -> Plan {
        guard let log else { throw UndoError.unknownImport(id) }
        if log.updated > 0 { throw UndoError.updatedRows(id, count: log.updated) }
        let mine = records.filter { $0.importID == id }
        let keysOf = Dictionary(grouping: mine, by: \.incidentID).mapValues { Set($0.map(\.key)) }
        var othersOf: [String: [ImportedRecord]] = [:]
        for r in records where r.importID != id && keysOf[r.incidentID] != nil {
            if let later = r.importID, later > id {
                throw UndoError.laterImport(id, later: later, incident: r.incidentID)
            }
            othersOf[r.incidentID, default: []].append(r)
        }
        let relationsOf = Dictionary(grouping: relations, by: \.incidentID)
        var removed: [String] = [], rewrite = StoreBatch(), candidates = Set<String>()
        for incident in incidents {
            guard let keys = keysOf[incident.id] else { continue }
            if othersOf[incident.id] == nil {
                removed.append(incident.id)
                candidates.formUnion(incident.sources)
                continue
            }
            let (kept, keptRelations) = without(keys, incident, relationsOf[incident.id] ?? [])
            candidates.formUnion(Set(incident.sources).subtracting(kept.sources))
            rewrite.incidents.append(kept)
            rewrite.relations += keptRelations
        }
        return Plan(
            summary: Summary(
                importID: id, label: log.label, removedIncidents: removed.count,
                changedIncidents: rewrite.incidents.count, removedRows: mine.count),
            removedIncidents: removed, rewrite: rewrite, removedRecords: mine.map(\.key),
            sourceCandidates: candidates.sorted())
    }

    /// The incident without what the rows `keys` contributed (each cited by
    /// its part alone, as `EventImporter` links them), and the relations of
    /// the locations left, renumbered.
    static func without(_ keys: Set<String>, _ incident: Incident, _ relations: [StoredRelation])
        -> (Incident, [StoredRelation])
    {
        func theirs(_ sources: [String]) -> Bool { sources.count == 1 && keys.contains(sources[0]) }
        let byIndex = Dictionary(relations.map { ($0.locationIndex, $0) }, uniquingKeysWith: { _, b in b })
        var kept = incident, keptRelations: [StoredRelation] = []
        kept.locations = []
        for (k, l) in incident.locations.enumerated() where !theirs(l.sources) {
            if var r = byIndex[k] {
                r.locationIndex = kept.locations.count
                keptRelations.append(r)
            }
            kept.locations.append(l)
        }
        kept.claims.removeAll { theirs($0.sources) }
        kept.sources.removeAll { keys.contains($0) }
        return (kept, keptRelations)
    }
}

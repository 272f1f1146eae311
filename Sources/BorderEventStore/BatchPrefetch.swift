import BorderExchange
import BorderIncidents
import BorderQueries
import Dispatch
import Foundation
import Synchronization

/// An import's next batch, read and related on a thread of its own while
/// the current batch is linked and written: writing is one connection's
/// work, and the other core would idle. One batch ahead, so memory holds
/// two batches, not the file.
///
/// From the second batch on, each record's own incident is related ahead;
/// the importer uses those relations only for an incident it writes exactly
/// as read (a new one), and relates merged incidents itself. The relater is
/// the prefetch's own, a worker copy of the geodata made on its thread when
/// the input proves longer than one batch (a small import pays nothing for
/// it), and never used by another thread.
final class BatchPrefetch: Sendable {
    /// A batch as read, how much of the input is read after it, and the
    /// relations of its records' incidents by incident id (empty for the
    /// first batch, and when one of them could not be related: the importer
    /// then relates the batch itself and reports the failure as it always has).
    struct Batch: Sendable {
        var read: ReadResult
        var fractionRead: Double
        var related: [String: Prerelated]
    }

    /// An incident as read and the relations of its locations.
    struct Prerelated: Sendable {
        var incident: Incident
        var relations: [StoredRelation]
    }

    private enum Slot: Sendable {
        case batch(Batch), end, failed(any Error)
    }

    private let ready = Mutex<[Slot]>([])
    private let filled = DispatchSemaphore(value: 0)
    /// Made with no credit and given one in `init`: libdispatch traps when a semaphore is released holding less
    /// than it was made with, as `room` may when reading stops early.
    private let room = DispatchSemaphore(value: 0)
    private let stopping = Atomic<Bool>(false)
    private let exited = DispatchSemaphore(value: 0)

    /// Starts reading `source` in batches of `size`, relating the second and later ones with a copy of
    /// `relater`'s geodata. Copying reads only the geodata's values, never its GEOS handles, so it may run
    /// while another thread relates with `relater`.
    init(source: some EventSource, size: Int, relater: Relater) {
        room.signal()
        // A thread of its own, not a worker of Dispatch's global pool: it blocks while a batch waits, and
        // imports running side by side must not each hold one of the pool's few threads.
        let reading = Thread { [self] in
            produce(source, size: size, relater: relater)
            exited.signal()
        }
        reading.name = "borderwatch import read-ahead"
        reading.start()
    }

    /// The next batch, nil at the end of the input; rethrows what reading it threw. Not called again after nil
    /// or an error.
    func next() throws -> Batch? {
        filled.wait()
        let slot = ready.withLock { $0.removeFirst() }
        room.signal()
        switch slot {
        case let .batch(batch): return batch
        case .end: return nil
        case let .failed(error): throw error
        }
    }

    /// Stops reading ahead and waits until the reading thread has left: call once, when the import ends
    /// (finished, failed or rolled back).
    func stop() {
        stopping.store(true, ordering: .releasing)
        room.signal()
        exited.wait()
    }

    private func produce(_ source: some EventSource, size: Int, relater: Relater) {
        var bulk: BulkRelater?
        var first = true
        var reader: any EventBatchReader
        do { reader = try source.batches(of: size) } catch {
            put(.failed(error))
            return
        }
        while true {
            room.wait()
            if stopping.load(ordering: .acquiring) { return }
            let slot: Slot
            do {
                if let read = try reader.next() {
                    if !first, bulk == nil, let copy = try? relater.geodata.workerCopy() {
                        bulk = BulkRelater(relater: Relater(geodata: copy), workers: 1)
                    }
                    first = false
                    let related = bulk.map { Self.relate(read, $0) } ?? [:]
                    slot = .batch(Batch(read: read, fractionRead: reader.fractionRead, related: related))
                } else {
                    slot = .end
                }
            } catch {
                slot = .failed(error)
            }
            put(slot)
            guard case .batch = slot else { return }
        }
    }

    private func put(_ slot: Slot) {
        ready.withLock { $0.append(slot) }
        filled.signal()
    }

    /// The relations of each record's incident (the last record's, where several share an id).
    static func relate(_ read: ReadResult, _ bulk: BulkRelater) -> [String: Prerelated] {
        var last: [String: Incident] = [:]
        for r in read.records { last[r.incident.id] = r.incident }
        let incidents = Array(last.values)
        guard let relations = try? StoredRelations.relate(incidents, bulk: bulk) else { return [:] }
        let byIncident = Dictionary(grouping: relations, by: \.incidentID)
        return last.mapValues { Prerelated(incident: $0, relations: byIncident[$0.id] ?? []) }
    }

    /// The relations of `written`: those related ahead where an incident is written as it was read, the
    /// others related now with `bulk`.
    static func relations(of written: [Incident], ahead: [String: Prerelated], bulk: BulkRelater) throws
        -> [StoredRelation]
    {
        var relations: [StoredRelation] = []
        var rest: [Incident] = []
        for i in written {
            if let p = ahead[i.id], p.incident == i { relations += p.relations } else { rest.append(i) }
        }
        return rest.isEmpty ? relations : relations + (try StoredRelations.relate(rest, bulk: bulk))
    }
}

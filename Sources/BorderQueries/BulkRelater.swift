import BorderGeodata
import BorderIncidents
import Dispatch
import Foundation
import GeometryCore

/// Relates many points at once on all cores: each worker has its own copy
/// of the geodata (its own GEOS contexts, prepared geometries, STRtrees and
/// PROJ transform), so no lock is shared; each point goes through exactly
/// the one-point path (`Relater.facts(at:)`), so the answers are identical.
public struct BulkRelater: Sendable {
    public let relater: Relater
    public let workers: Int
    /// The workers' relaters when made once for many calls (`keepingWorkers`); else each call makes its own.
    private let kept: [Relater]?

    public init(relater: Relater, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.relater = relater
        self.workers = max(1, workers)
        kept = nil
    }

    private init(relater: Relater, workers: Int, kept: [Relater]) {
        self.relater = relater
        self.workers = workers
        self.kept = kept
    }

    /// The same relater with its workers' geodata copies made now and kept
    /// for every later call (an import relates batch after batch). Calls are
    /// still one at a time: each copy serves one worker of one call.
    public func keepingWorkers() throws -> BulkRelater {
        BulkRelater(relater: relater, workers: workers, kept: try workerRelaters())
    }

    /// One relater per worker, the first being `relater` itself.
    private func workerRelaters() throws -> [Relater] {
        if let kept { return kept }
        return try (0..<workers).map { w in
            w == 0 ? relater : Relater(geodata: try relater.geodata.workerCopy())
        }
    }

    /// The facts of every point, in their order; throws the first point's
    /// failure, with the point, as `Relater.facts(at:)` reported it.
    public func facts(for points: [Coordinate]) throws -> [Relater.PointFacts] {
        let relaters = try workerRelaters()
        let results = ConcurrentSlots<Result<Relater.PointFacts, Relater.RelateError>>(count: points.count)
        let chunk = (points.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let start = w * chunk, end = min(points.count, start + chunk)
            guard start < end else { return }
            for i in start..<end {
                results.set(i, Result { () throws(Relater.RelateError) in try relaters[w].facts(at: points[i]) })
            }
        }
        return try results.values.enumerated().map { k, result in
            switch result! {
            case let .success(facts): return facts
            case let .failure(error): throw PointError(point: points[k], underlying: error)
            }
        }
    }

    /// A point that could not be related, and why.
    public struct PointError: Error, CustomStringConvertible {
        public var point: Coordinate
        public var underlying: Relater.RelateError
        public var description: String { "cannot relate \(point): \(underlying)" }
    }

    /// An incident that could not be related, and why.
    public struct IncidentError: Error, CustomStringConvertible {
        public var incidentID: String
        public var underlying: Relater.RelateError
        public var description: String { "incident \(incidentID): \(underlying)" }
    }

    /// Relates whole incidents on all cores, each through `Relater.relate`
    /// (so the answers are identical), in their order; throws the first
    /// failure as an `IncidentError`. A relation depends only on the kinds of
    /// the locations (points, names), so incidents at the same places are
    /// related once and the others take that relation with their own locations.
    public func relations(for incidents: [Incident]) throws -> [IncidentRelation] {
        var firstAt: [[IncidentLocation.Kind]: Int] = [:]
        var distinct: [Int] = []
        let representative = incidents.enumerated().map { k, incident in
            let places = incident.locations.map(\.kind)
            if let d = firstAt[places] { return d }
            firstAt[places] = distinct.count
            distinct.append(k)
            return distinct.count - 1
        }
        let related = try relateEach(distinct.map { incidents[$0] })
        return incidents.enumerated().map { k, incident in
            let r = related[representative[k]]
            guard distinct[representative[k]] != k else { return r }
            var locations = r.locations
            for n in locations.indices { locations[n].location = incident.locations[n] }
            return IncidentRelation(
                incident: incident, locations: locations, extent: r.extent, spreadMetres: r.spreadMetres)
        }
    }

    /// Every incident through `Relater.relate`, on all cores, in their order.
    private func relateEach(_ incidents: [Incident]) throws -> [IncidentRelation] {
        guard incidents.count > 1 else {
            return try incidents.map { i in
                do throws(Relater.RelateError) { return try relater.relate(i) } catch {
                    throw IncidentError(incidentID: i.id, underlying: error)
                }
            }
        }
        let relaters = try workerRelaters()
        let results = ConcurrentSlots<Result<IncidentRelation, Relater.RelateError>>(count: incidents.count)
        let chunk = (incidents.count + workers - 1) / workers
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let start = w * chunk, end = min(incidents.count, start + chunk)
            guard start < end else { return }
            for i in start..<end {
                results.set(i, Result { () throws(Relater.RelateError) in try relaters[w].relate(incidents[i]) })
            }
        }
        return try results.values.enumerated().map { k, result in
            switch result! {
            case let .success(relation): return relation
            case let .failure(error): throw IncidentError(incidentID: incidents[k].id, underlying: error)
            }
        }
    }

    /// Writes one point feature per input with its facts, streaming.
    public static func writeLayer(_ points: [Coordinate], _ facts: [Relater.PointFacts], to url: URL) throws -> Int {
        let stream = try GeoJSONStreamWriter(url: url)
        for (c, f) in zip(points, facts) {
            try stream.appendPoint(c) { w in
                w.raw("\"country\":"); optional(f.country, &w)
                w.raw(",\"province\":"); optional(f.province, &w)
                w.raw(",\"side\":"); w.string(f.side)
                w.raw(",\"border_m\":"); w.number(f.borderDistance, decimals: 1)
                w.raw(",\"segment\":"); w.string(f.nearestSegment)
                w.raw(",\"settlement\":"); optional(f.nearestSettlement, &w)
                w.raw(",\"settlement_m\":")
                if let d = f.nearestSettlementDistance { w.number(d, decimals: 1) } else { w.raw("null") }
            }
        }
        return try stream.finish()
    }

    private static func optional(_ s: String?, _ w: inout JSONWriter) {
        if let s { w.string(s) } else { w.raw("null") }
    }
}

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

    public init(relater: Relater, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.relater = relater
        self.workers = max(1, workers)
    }

    /// The facts of every point, in their order; throws the first point's
    /// failure, with the point, as `Relater.facts(at:)` reported it.
    public func facts(for points: [Coordinate]) throws -> [Relater.PointFacts] {
        let relaters = try (0..<workers).map { w in
            w == 0 ? relater : Relater(geodata: try relater.geodata.workerCopy())
        }
        let results = ResultBuffer<Result<Relater.PointFacts, Relater.RelateError>>(count: points.count)
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
    /// failure as an `IncidentError`.
    public func relations(for incidents: [Incident]) throws -> [IncidentRelation] {
        guard incidents.count > 1 else {
            return try incidents.map { i in
                do throws(Relater.RelateError) { return try relater.relate(i) } catch {
                    throw IncidentError(incidentID: i.id, underlying: error)
                }
            }
        }
        let relaters = try (0..<workers).map { w in
            w == 0 ? relater : Relater(geodata: try relater.geodata.workerCopy())
        }
        let results = ResultBuffer<Result<IncidentRelation, Relater.RelateError>>(count: incidents.count)
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

/// Per-index result slots written by disjoint ranges of workers: raw
/// memory, so that no array is accessed from two threads at once.
private final class ResultBuffer<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ i: Int, _ value: Value?) { slots[i] = value }
    var values: [Value?] { Array(UnsafeBufferPointer(start: slots, count: count)) }
}

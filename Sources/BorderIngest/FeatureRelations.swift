import BorderIncidents
import Foundation

/// The relation of each gazetteer feature a report names, by feature id,
/// computed once per ingester and shared by every report it reads. A
/// settlement is related as that very settlement (never looked up again by
/// name, which could pick a namesake); provinces, sectors and regions through
/// `Relater`. Locked, so that one ingester can serve several threads.
final class FeatureRelations: @unchecked Sendable {
    private var known: [String: LocationRelation] = [:]
    private let lock = NSLock()

    func relation(
        of feature: PlaceMention.Feature, id: String, location: IncidentLocation,
        relater: Relater
    ) throws(Relater.RelateError) -> LocationRelation {
        lock.lock()
        let cached = known[id]
        lock.unlock()
        if let cached { return cached }
        let r: LocationRelation
        switch feature {
        case let .settlement(s), let .region(s): r = try relater.relate(settlement: s)
        case .province, .borderSector: r = try relater.relate(location)
        }
        lock.lock()
        known[id] = r
        lock.unlock()
        return r
    }
}

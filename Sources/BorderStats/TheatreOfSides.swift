import BorderGeodata
import BorderIncidents

/// The theatre of an incident none of whose places is located: the one
/// pack whose manifest lists every side the incident names (besides
/// "third"). A catalog incident without places, such as a ceasefire, then
/// counts under its own pack, whether it is read from the catalog or a store.
public struct TheatreOfSides: Sendable {
    let packs: [(id: String, sides: Set<String>)]

    public init(_ theatres: [TheatreManifest]) {
        packs = theatres.map { (id: $0.id, sides: Set($0.sides.map(\.code))) }
    }

    /// Nil when the incident names no side, or when no pack or several list them all.
    public func theatre(of incident: Incident) -> String? { theatre(ofSides: incident.sides) }

    /// The theatre of an incident naming `sides`, by the same rule.
    public func theatre(ofSides sides: [String]) -> String? {
        let named = Set(sides).subtracting(["third"])
        guard !named.isEmpty else { return nil }
        let listing = packs.filter { named.isSubset(of: $0.sides) }
        return listing.count == 1 ? listing[0].id : nil
    }
}

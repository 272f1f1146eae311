import BorderIncidents
import GeometryCore

/// `IncidentLocation.Kind` as the locations table's kind and name columns;
/// a point's coordinate is the row's geometry (in both stores).
public enum LocationKindColumn {
    public static func encode(_ kind: IncidentLocation.Kind) -> (String, String) {
        switch kind {
        case let .place(n): ("place", n)
        case let .borderSector(n): ("border_sector", n)
        case let .province(n): ("province", n)
        case let .point(c):
            ("point", IncidentLocation(kind: .point(c), precision: 1, relation: "", claimedBy: nil, sources: []).name)
        }
    }

    public static func decode(_ kind: String, name: String, geometry: Geometry) throws -> IncidentLocation.Kind {
        switch kind {
        case "place": return .place(name)
        case "border_sector": return .borderSector(name)
        case "province": return .province(name)
        case "point":
            guard case let .point(p) = geometry else { throw StoreError.corrupt("point location without a point") }
            return .point(p.coordinate)
        default: throw StoreError.corrupt("location kind '\(kind)'")
        }
    }
}

import BorderGeodata

/// The names a place's stored province and district ids stand for, as
/// counting and filtering show them (a district by its label).
public struct UnitNames: Sendable {
    public var provinces: [String: String]
    public var districts: [String: String]

    public init(provinces: [String: String], districts: [String: String] = [:]) {
        self.provinces = provinces
        self.districts = districts
    }

    public init(_ geodata: Geodata) {
        self.init(
            provinces: Dictionary(geodata.provinces.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
            districts: Dictionary(geodata.districts.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Names the place's province and district; the one it lacks ("province X", "district Y"), if any.
    public func name(_ place: inout PlaceFacts) -> String? {
        if let id = place.provinceID {
            guard let name = provinces[id] else { return "province \(id)" }
            place.provinceName = name
        }
        if let id = place.districtID {
            guard let name = districts[id] else { return "district \(id)" }
            place.districtName = name
        }
        return nil
    }
}

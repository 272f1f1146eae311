/// Which theatre pack each feature of a union of packs comes from, keyed by
/// the feature's id (ids are unique across the loaded packs).
public struct TheatreMembership: Sendable, Hashable {
    var countries: [String: String] = [:]
    var provinces: [String: String] = [:]
    var segments: [String: String] = [:]
    var settlements: [String: String] = [:]
    var districts: [String: String] = [:]

    public init() {}

    /// Records one pack's features, refusing an id another pack already uses.
    mutating func add(
        pack: String, countries: [Country], provinces: [Province], border: [BorderSegment], settlements: [Settlement],
        districts: [District] = []
    ) throws(GeodataError) {
        try Self.claim(countries.map(\.iso3), for: pack, layer: "countries", in: &self.countries)
        try Self.claim(provinces.map(\.id), for: pack, layer: "provinces", in: &self.provinces)
        try Self.claim(border.map(\.id), for: pack, layer: "border", in: &segments)
        try Self.claim(settlements.map(\.id), for: pack, layer: "settlements", in: &self.settlements)
        try Self.claim(districts.map(\.id), for: pack, layer: "districts", in: &self.districts)
    }

    private static func claim(
        _ ids: [String], for pack: String, layer: String, in owners: inout [String: String]
    ) throws(GeodataError) {
        for id in ids {
            if let other = owners[id], other != pack {
                throw .badLayer(
                    layer: "theatres/\(pack)/\(layer)", path: "id \(id)",
                    problem: "already used by theatre \(other): ids must be unique across packs")
            }
            owners[id] = pack
        }
    }
}

import GeometryCore

extension Geodata {
    /// The loaded pack with this id.
    public func theatre(id: String) -> TheatreManifest? { theatres.first { $0.id == id } }

    /// The pack a country, province, border segment or settlement comes from.
    public func theatre(ofCountry iso3: String) -> TheatreManifest? { membership.countries[iso3].flatMap(theatre(id:)) }
    public func theatre(ofProvince id: String) -> TheatreManifest? { membership.provinces[id].flatMap(theatre(id:)) }
    public func theatre(ofSegment id: String) -> TheatreManifest? { membership.segments[id].flatMap(theatre(id:)) }
    public func theatre(ofSettlement id: String) -> TheatreManifest? {
        membership.settlements[id].flatMap(theatre(id:))
    }

    /// The theatre a point belongs to: that of the border line nearest to it
    /// (a point is always judged against the nearest line, so this is the
    /// pack whose answers it gets).
    public func theatre(at c: Coordinate) -> TheatreManifest? {
        guard theatres.count > 1 else { return theatres.first }
        return (try? borderProximity(at: c)).flatMap { theatre(ofSegment: $0.segment.id) }
    }

    /// Every side code the loaded packs define (ARM, AZE, NK, KGZ, …), in load order.
    public var sideCodes: [String] {
        var seen = Set<String>()
        return theatres.flatMap { $0.sides.map(\.code) }.filter { seen.insert($0).inserted }
    }

    /// Every country code of the loaded packs' lines and neighbours.
    public var countryCodes: [String] {
        var seen = Set<String>()
        return theatres.flatMap { $0.countries + $0.neighbours }.filter { seen.insert($0).inserted }
    }

    /// The side with this code in any loaded pack.
    public func side(code: String) -> TheatreManifest.Side? {
        for t in theatres { if let s = t.sides.first(where: { $0.code == code }) { return s } }
        return nil
    }
}

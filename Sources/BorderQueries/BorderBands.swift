import BorderGeodata
import GeometryCore

/// Bands of the ground within given distances of each theatre's line, on
/// each of its countries' sides: the map's "border bands" layer.
///
/// Buffering a theatre's whole line is the costly step (seconds for an
/// OpenStreetMap-grade line), so each distance is buffered once per theatre
/// and shared by both countries and by the band it bounds on the inside,
/// and the theatres are drawn on the machine's cores.
enum BorderBands {
    static func features(
        of theatres: [TheatreManifest], in geodata: Geodata, bands: [(inner: Double, outer: Double)]
    ) throws -> [Feature] {
        try theatres.concurrentMap { theatre throws in try features(of: theatre, in: geodata, bands: bands) }
            .flatMap { $0 }
    }

    private static func features(
        of theatre: TheatreManifest, in geodata: Geodata, bands: [(inner: Double, outer: Double)]
    ) throws -> [Feature] {
        let segments = geodata.border.filter { theatre.id.isEmpty || geodata.theatre(ofSegment: $0.id) == theatre }
        let lines = Geometry.multiLineString(MultiLineString(segments.flatMap(\.geometry.lineStrings)))
        guard let extent = lines.envelope else { return [] }
        let projection = theatre.id.isEmpty ? MetricProjection.caucasus : try MetricProjection.conformal(around: extent)
        var buffers: [Double: Geometry] = [:]
        for km in Set(bands.flatMap { [$0.inner, $0.outer] }) where km > 0 {
            buffers[km] = try projection.buffer(lines, metres: km * 1000, quadrantSegments: 8)
        }
        let rings = try bands.map { inner, outer in
            inner > 0 ? try buffers[outer]!.difference(buffers[inner]!) : buffers[outer]!
        }
        var features: [Feature] = []
        for iso3 in theatre.countries {
            guard let country = geodata.countries.first(where: { $0.iso3 == iso3 }) else { continue }
            for ((inner, outer), ring) in zip(bands, rings) {
                let clipped = try ring.intersection(country.geometry).polygonal.unaryUnion().polygonal
                features.append(
                    Feature(
                        id: .string("\(iso3)-\(Int(inner))-\(Int(outer))km"), geometry: clipped,
                        properties: [
                            "country": .string(iso3), "band": .string("\(Int(inner))–\(Int(outer)) km"),
                            "min_km": .number(inner), "max_km": .number(outer),
                            "area_km2": RelationJSON.round(Geodesic.area(of: clipped) / 1e6),
                            "theatre": theatre.id.isEmpty ? .null : .string(theatre.id),
                        ]))
            }
        }
        return features
    }
}

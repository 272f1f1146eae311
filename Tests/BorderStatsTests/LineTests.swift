import BorderGeodata
import BorderIncidents
import BorderQueries
import GeometryCore
import Testing

@testable import BorderStats

@Suite struct LineTests {
    @Test func chainageIsTheGeodesicLengthFromTheFirstVertex() throws {
        for segment in Shared.related.geodata.border {
            let line = segment.geometry.lineStrings[0].coordinates
            #expect(try Shared.chainage.chainage(of: line[0], on: segment.id)! < 1)
            let k = line.count / 2
            let prefix = Geodesic.length(of: Array(line[0...k]))
            #expect(abs(try Shared.chainage.chainage(of: line[k], on: segment.id)! - prefix) < 1, "\(segment.id)")
            // The whole segment, as the layer states its length.
            #expect(abs(Shared.chainage.length(of: segment.id)! / 1000 - segment.lengthKm) < 0.01, "\(segment.id)")
        }
        #expect(try Shared.chainage.chainage(of: try Coordinate(longitude: 45, latitude: 40), on: "nowhere") == nil)
    }

    @Test func depthIsSignedBySideAndCountedPerBand() throws {
        let line = try Shared.report([.segment]).line
        let places = Shared.everything.flatMap(\.locations)
        #expect(line.placements.count == places.count && !places.isEmpty)
        for (p, l) in zip(line.placements, places) {
            #expect(abs(p.signedMetres) == l.borderDistance)
            if l.side == "ARM" { #expect(p.signedMetres >= 0) }
            if l.side == "AZE" { #expect(p.signedMetres <= 0) }
            #expect(p.chainageMetres >= 0 && p.chainageMetres <= Shared.chainage.length(of: p.segment)!)
        }
        #expect(line.depthBySide.values.reduce(0) { $0 + $1.reduce(0, +) } == places.count)
        // The other side positive turns every sign.
        let turned = try LineProfile(
            Shared.everything.map { ($0.relation, $0.locations) }, border: Shared.related.geodata.border,
            chainage: Shared.chainage, positiveSide: "AZE")
        for (a, b) in zip(line.placements, turned.placements) where a.side != "uncertain" {
            #expect(a.signedMetres == -b.signedMetres || a.signedMetres == 0)
        }
        // Per 10 km: an incident counts once per stretch, and each segment's incidents are in some stretch.
        for s in line.segments {
            #expect(s.perStretch.count == Int((s.lengthMetres / 10_000).rounded(.up)))
            #expect(s.perStretch.reduce(0, +) >= s.incidents)
            let near = Set(line.placements.filter { $0.segment == s.segment }.map(\.incidentID))
            #expect(s.incidents == near.count)
        }
    }
}

import Testing
import BorderGeodata
import GeometryCore
@testable import BorderIncidents

/// Country, province and side never contradict each other, and the places
/// the old line got wrong come out where their own sources put them.
@Suite struct OneAnswerTests {
    let geodata = Shared.geodata
    let relater = Shared.relater

    func settlement(geonameID: Int) throws -> Settlement {
        try #require(geodata.settlements.first { $0.geonameID == geonameID })
    }

    /// Voskepar (GeoNames 616074, AM admin1 09 = Tavush) is an Armenian village
    /// next to the Yukhari Askipara exclave.
    @Test func voskeparIsInTavushArmenia() throws {
        let voskepar = try settlement(geonameID: 616074)
        #expect(voskepar.country == "ARM" && voskepar.province == "AM-TV")
        #expect(geodata.country(at: voskepar.coordinate)?.iso3 == "ARM")
        #expect(geodata.exclave(at: voskepar.coordinate) == nil)
        let r = try relater.relate(
            IncidentLocation(kind: .place("Voskepar"), precision: 1, relation: "at", claimedBy: nil, sources: []))
        #expect(r.country == "ARM" && r.province?.id == "AM-TV" && r.side == "ARM")
    }

    /// Laçın town, seat of the Laçın rayon: the issue's position and GeoNames' (147625, AZ admin1 28).
    @Test func lachinTownIsInLachinRayon() throws {
        let lachin = try settlement(geonameID: 147625)
        #expect(lachin.province == "AZ-LAC")
        for c in [Shared.c(46.5469, 39.6408), lachin.coordinate] {
            let r = try relater.relate(point: c)
            #expect(r.country == "AZE" && r.province?.id == "AZ-LAC" && r.side == "AZE", "\(c)")
        }
    }

    /// Beyond the border's tolerance no GeoNames place of Armenia or
    /// Azerbaijan lies in the other country's polygon.
    @Test func noGeoNamesPlaceBeyondToleranceInTheOtherCountry() throws {
        var checked = 0
        for s in geodata.settlements where s.geonameID != nil {
            guard let polygon = geodata.country(at: s.coordinate)?.iso3, polygon == "ARM" || polygon == "AZE" else {
                continue
            }
            let border = try geodata.borderProximity(at: s.coordinate)
            guard border.distance > border.segment.toleranceMetres else { continue }
            checked += 1
            #expect(polygon == s.statedCountry, "\(s.name) (\(s.id)) is \(border.distance) m inside \(polygon)")
        }
        #expect(checked > 800)
    }

    /// Every settlement, related as the named place it is: outside the
    /// tolerance the side is the country; inside it, the country or
    /// "uncertain"; the province always belongs to the country, and so does
    /// the exclave it names (Azatamut, which GeoNames puts 677 m inside the
    /// coarse Barxudarlı ring, answers Armenia and no exclave).
    @Test func noSettlementsCountryContradictsItsSide() throws {
        for s in geodata.settlements {
            let r = try relater.relate(settlement: s)
            if r.withinTolerance {
                #expect(r.side == r.country || r.side == "uncertain", "\(s.name): \(r.side) vs \(r.country ?? "none")")
            } else {
                #expect(r.side == (r.country ?? "none"), "\(s.name): \(r.side) vs \(r.country ?? "none")")
            }
            if let p = r.province { #expect(p.country == r.country, "\(s.name): \(p.id) in \(r.country ?? "none")") }
            if s.basis != "nearest polygon" { #expect(r.country == s.country, "\(s.name)") }
            if let e = r.exclave { #expect(e.deJure == r.country, "\(s.name) in \(e.id)") }
        }
    }

    /// Artsvashen (supplement row) lies in the Armenian exclave Azerbaijan holds.
    @Test func exclavesSayWhoseAndWhoHolds() throws {
        let artsvashen = try #require(geodata.settlements.first { $0.id == "supplement:artsvashen" })
        let r = try relater.relate(point: artsvashen.coordinate)
        #expect(r.exclave?.id == "exclave-artsvashen" && r.exclave?.deJure == "ARM" && r.exclave?.controlledBy == "AZE")
        #expect(r.country == "ARM")
        for e in geodata.border where e.isExclave {
            let ring = try #require(e.geometry.lineStrings.first)
            guard
                case let .point(inside) = try Geometry.polygon(Polygon(exterior: LinearRing(ring.coordinates)))
                    .pointOnSurface()
            else {
                Issue.record("no point in \(e.id)"); continue
            }
            let x = try relater.relate(point: inside.coordinate)
            #expect(x.exclave?.id == e.id && x.country == e.deJure && e.controlledBy != e.deJure, "\(e.id)")
        }
    }
}

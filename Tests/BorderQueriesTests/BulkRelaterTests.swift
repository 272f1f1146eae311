import Foundation
import Testing
import BorderGeodata
import BorderIncidents
import GeometryCore
@testable import BorderQueries

@Suite struct BulkRelaterTests {
    /// Points spread over the benchmark's box, on a fixed lattice.
    let points: [Coordinate] = (0..<2_000).map { k in
        let u = Double(k % 50) / 50, v = Double(k / 50) / 40
        return try! Coordinate(longitude: 43.4 + u * 7.1 + 0.013 * Double(k % 7), latitude: 38.3 + v * 3.7)
    }

    @Test func incidentsRelatedInBulkAreRelatedAsOneByOne() throws {
        let related = Shared.related
        let bulk = try BulkRelater(relater: related.relater, workers: 2).relations(for: related.catalog.incidents)
        #expect(bulk.map(\.incident.id) == related.relations.map(\.incident.id))
        for (a, b) in zip(bulk, related.relations) {
            #expect(a.locations.map(\.coordinate) == b.locations.map(\.coordinate))
            #expect(
                a.locations.map(\.side) == b.locations.map(\.side)
                    && a.locations.map(\.province?.id) == b.locations.map(\.province?.id))
            #expect(
                a.locations.map(\.borderDistance) == b.locations.map(\.borderDistance)
                    && a.spreadMetres == b.spreadMetres)
            #expect(a.locations.map { $0.nearby.map(\.phrase) } == b.locations.map { $0.nearby.map(\.phrase) })
        }
    }

    /// Incidents at the same places are related once; each still gets the
    /// whole relation the one-by-one path gives it, with its own locations.
    @Test func incidentsSharingPlacesGetTheirOwnWholeRelations() throws {
        let relater = Shared.related.relater
        let originals = Shared.related.catalog.incidents
        var copies: [Incident] = []
        for (k, incident) in originals.enumerated() {
            var copy = incident
            copy.id = "\(incident.id)-again"
            for n in copy.locations.indices { copy.locations[n].sources = ["copy-\(k)"] }
            copies.append(copy)
        }
        let all = originals + copies
        let kept = try BulkRelater(relater: relater, workers: 2).keepingWorkers()
        let bulk = try kept.relations(for: all)
        let again = try kept.relations(for: all)
        #expect(bulk == again)
        #expect(bulk.count == all.count)
        for (incident, relation) in zip(all, bulk) {
            #expect(relation == (try relater.relate(incident)), "\(incident.id)")
        }
    }

    @Test func bulkAnswersAreThoseOfTheOnePointPath() throws {
        let relater = Shared.related.relater
        let bulk = try BulkRelater(relater: relater, workers: 2).facts(for: points)
        #expect(bulk.count == points.count)
        for (c, facts) in zip(points, bulk) {
            let one = try relater.facts(at: c)
            #expect(facts == one, "\(c)")
            let full = try relater.relate(point: c)
            #expect(
                one.side == full.side && one.province == full.province?.id && one.borderDistance == full.borderDistance)
        }
        for f in bulk where f.side != "uncertain" {
            #expect(f.side == (f.country ?? "none"))
            if let p = f.province { #expect(relater.geodata.province(id: p)?.country == f.country) }
        }
        let sides = Set(bulk.map(\.side))
        #expect(sides.isSuperset(of: ["ARM", "AZE", "uncertain"]))
    }

    @Test func streamedLayerIsRFC7946() throws {
        let facts = try BulkRelater(relater: Shared.related.relater, workers: 2).facts(for: points)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-bulk-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try BulkRelater.writeLayer(points, facts, to: url) == points.count)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(RFC7946Check.problems(in: text).isEmpty)
        let features = try GeoJSONReader.read(contentsOf: url).features
        #expect(features.count == points.count)
        #expect(features[0]["side"]?.stringValue == facts[0].side)
    }
}

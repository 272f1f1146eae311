import Foundation
import Testing
import BorderGeodata
import BorderIncidents
import GeometryCore
@testable import BorderQueries

@Suite struct LayerAndReportTests {
    let related = Shared.related

    @Test func layersAreRFC7946AndCarryTheirFigures() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-layers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try MapLayers(related: related).write(to: dir)
        #expect(urls.map(\.lastPathComponent) == MapLayers.files)
        for url in urls {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(RFC7946Check.problems(in: text).isEmpty, "\(url.lastPathComponent)")
        }
        let provinces = try GeoJSONReader.read(contentsOf: dir.appendingPathComponent("provinces.geojson")).features
        let gegharkunik = try #require(provinces.first { $0["id"] == "AM-GR" })
        #expect(gegharkunik["incident_count"] == 3)
        // All sides: 3 on 28 July 2021; 105 Armenian and 50 Azerbaijani on 13 September 2022.
        #expect(gegharkunik["killed_conservative"] == 158)
        let incidents = try GeoJSONReader.read(contentsOf: dir.appendingPathComponent("incidents.geojson")).features
        #expect(incidents.count == related.relations.reduce(0) { $0 + $1.locations.count })
        let bands = try GeoJSONReader.read(contentsOf: dir.appendingPathComponent("border-bands.geojson")).features
        #expect(bands.count == 4)
        for band in bands {
            // Every band position lies on its country's side within its outer distance (plus the buffer's chord error).
            let outer = band["max_km"]!.numberValue! * 1000
            let sample = band.geometry!.polygons[0].exterior.coordinates.enumerated().filter { $0.offset % 50 == 0 }
                .map(\.element)
            for c in sample {
                let d = try related.geodata.borderProximity(at: c).distance
                #expect(d <= outer * 1.002 + 10, "\(band.id!) at \(c): \(d) m")
            }
        }
        // Exclave rings say whose they are and who holds them; the line itself neither.
        let border = try GeoJSONReader.read(contentsOf: dir.appendingPathComponent("border.geojson")).features
        let artsvashen = try #require(border.first { $0["id"] == "exclave-artsvashen" })
        #expect(artsvashen["de_jure"] == "ARM" && artsvashen["controlled_by"] == "AZE")
        #expect(border.first { $0["id"] == "mainland" }?["de_jure"] == .null)
        let settlements = try GeoJSONReader.read(contentsOf: dir.appendingPathComponent("settlements.geojson")).features
        #expect(
            Set(settlements.compactMap { $0["name"]?.stringValue }) == [
                "Sotk", "Verin Shorzha", "Yeraskh", "Heydarabad", "Goris",
            ])
    }

    @Test func gdalReadsTheLayers() throws {
        guard
            let ogrinfo = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            print("ogrinfo not installed: GDAL read-back skipped"); return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-gdal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        for url in try MapLayers(related: related).write(to: dir) {
            let count = try GeoJSONReader.read(contentsOf: url).features.count
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ogrinfo)
            process.arguments = ["-ro", "-so", "-al", url.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(output.contains("Feature Count: \(count)"), "\(url.lastPathComponent)")
        }
    }

    @Test func catalogReportPutsEachSidesClaimsSideBySide() throws {
        let report = ProximityReport.catalog(related, radiusMetres: 10_000)
        let md = report.markdown
        #expect(md.contains("## 2021-07-28 — Clashes near Sotk and Verin Shorzha"))
        #expect(md.contains("| ARM | Armenian Ministry of Defence |"))
        #expect(md.contains("| AZE | Azerbaijani Ministry of Defence |"))
        // The 2021 and 2022 Sotk incidents are each other's neighbours within 10 km.
        let sotk2021 = try #require(
            report.subjects.firstIndex { $0.relation?.incident.id == "2021-07-28-sotk-verin-shorzha" })
        #expect(report.neighbours[sotk2021].map(\.0.incident.id).contains("2022-09-13-bombardment"))

        let csv = report.csv
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0] == ProximityReport.csvHeader.joined(separator: ","))
        #expect(lines.count == 1 + related.relations.reduce(0) { $0 + $1.locations.count })

        let json = try JSONParser.parse(report.json)
        #expect(json.objectValue?["subjects"]?.arrayValue?.count == report.subjects.count)
    }

    @Test func csvQuotesWhatNeedsQuoting() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.append(["x, y", "say \"hi\""])
        #expect(csv.text == "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n")
    }

    @Test func csvQuotingKeepsEveryOtherByteAsWritten() {
        var csv = CSVWriter(header: ["name", "note"])
        csv.append(["Սոթք, Sotk", "line\r\nbreak \"é\""])
        csv.append(["Ağdam", "Verin Shorzha"])
        #expect(
            csv.text
                == "name,note\r\n\"Սոթք, Sotk\",\"line\r\nbreak \"\"é\"\"\"\r\nAğdam,Verin Shorzha\r\n")
    }
}

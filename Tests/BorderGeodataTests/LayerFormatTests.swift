import Foundation
import Testing
import BorderGeodata
import GeometryCore

/// Every layer of every bundled theatre pack is RFC 7946, by the project's
/// own check and, where GDAL is installed, by `ogrinfo` reading it back.
@Suite struct LayerFormatTests {
    /// "am-az/countries.geojson", … for every pack under geodata/theatres/.
    static let files: [String] = {
        let packs = (try? TheatrePack.all(in: SharedGeodata.directory)) ?? []
        return packs.flatMap { pack in
            let optional = Geodata.optionalLayerFiles.filter {
                FileManager.default.fileExists(atPath: pack.directory.appendingPathComponent($0).path)
            }
            return (Geodata.layerFiles + optional).map { "\(pack.id)/\($0)" }
        }
    }()

    @Test func everyPackIsChecked() {
        #expect(Self.files.count >= Geodata.layerFiles.count)
        #expect(Self.files.contains("am-az/border.geojson"))
        #expect(Self.files.contains("kg-tj/districts.geojson"))
    }

    @Test(arguments: files)
    func layerIsRFC7946(file: String) throws {
        let url = SharedGeodata.directory.appendingPathComponent("theatres/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        let problems = RFC7946Check.problems(in: text)
        #expect(problems.isEmpty, "\(file): \(problems.prefix(5))")
    }

    @Test(arguments: files)
    func gdalReadsLayerBack(file: String) throws {
        guard let ogrinfo = GDAL.ogrinfo else {
            print("ogrinfo not installed: GDAL read-back of \(file) skipped")
            return
        }
        let url = SharedGeodata.directory.appendingPathComponent("theatres/\(file)")
        let expected = try GeoJSONReader.read(contentsOf: url).features.count
        let output = try GDAL.run(ogrinfo, ["-ro", "-so", "-al", url.path])
        #expect(output.contains("Feature Count: \(expected)"), "\(output.prefix(400))")
        #expect(output.contains("WGS 84") || output.contains("EPSG\",\"4326") || output.contains("4326"))
    }
}

enum GDAL {
    static var ogrinfo: String? {
        ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

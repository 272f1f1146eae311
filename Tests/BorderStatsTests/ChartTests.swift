import BorderIncidents
import Foundation
import Testing

@testable import BorderStats

@Suite struct ChartTests {
    /// The attributes of every element of `svg` whose class is `cls`.
    func elements(_ svg: String, class cls: String) -> [[String: String]] {
        svg.matches(of: try! Regex("<(rect|circle)[^>]*class=\"\(cls)\"[^>]*>")).map { m in
            var attributes: [String: String] = [:]
            for a in String(svg[m.range]).matches(of: try! Regex(#"([a-z-]+)="([^"]*)""#)) {
                attributes[String(a.output[1].substring!)] = String(a.output[2].substring!)
            }
            return attributes
        }
    }

    func plot(_ svg: String, _ name: String) -> Double {
        let m = svg.firstMatch(of: try! Regex("id=\"plot\"[^>]*\(name)=\"([0-9.]+)\""))!
        return Double(m.output[1].substring!)!
    }

    @Test func timelineBarHeightsAreTheCounts() throws {
        let report = try Shared.report([.month])
        let svg = report.timeline(stack: .type).svg
        let axisMax = plot(svg, "data-axis-max"), plotHeight = plot(svg, "data-plot-height")
        let bars = elements(svg, class: "bar")
        #expect(!bars.isEmpty)
        var perBin: [String: Int] = [:]
        for bar in bars {
            let count = Double(bar["data-count"]!)!
            #expect(abs(Double(bar["height"]!)! - count / axisMax * plotHeight) < 0.02, "\(bar)")
            perBin[bar["data-bin"]!, default: 0] += Int(count)
        }
        // Stacked by type (one type per incident), a month's bars add up to its count.
        for cell in report.stats.cells { #expect((perBin[cell.values[0]] ?? 0) == cell.count, "\(cell.values)") }
        // The axis reaches the tallest month, and the labels name every month.
        #expect(Int(axisMax) >= report.stats.cells.map(\.count).max()!)
        #expect(svg.contains(report.sourceNote.replacingOccurrences(of: "&", with: "&amp;")))
    }

    @Test func barWidthsAreTheCounts() throws {
        let report = try Shared.report([.province])
        let svg = report.bars().svg
        let axisMax = plot(svg, "data-axis-max"), plotWidth = plot(svg, "data-plot-width")
        let bars = elements(svg, class: "bar")
        #expect(bars.count == report.stats.cells.count)
        for cell in report.stats.cells {
            let bar = try #require(bars.first { $0["data-bin"] == cell.values[0] })
            #expect(Int(bar["data-count"]!) == cell.count)
            #expect(abs(Double(bar["width"]!)! - Double(cell.count) / axisMax * plotWidth) < 0.02)
        }
    }

    @Test func theStripPlacesEveryLocatedPlace() throws {
        let report = try Shared.report([.segment])
        let dots = elements(report.strip.svg, class: "placement")
        #expect(dots.count == report.line.placements.count)
        // Drawn segment by segment: the same places, whatever the order.
        let drawn = dots.map { "\($0["data-incidents"]!) \($0["data-signed-m"]!) \($0["data-chainage-m"]!)" }.sorted()
        let placed = report.line.placements.map {
            "\($0.incidentID) \(String(format: "%.0f", $0.signedMetres)) \(String(format: "%.0f", $0.chainageMetres))"
        }.sorted()
        #expect(drawn == placed)
    }

    /// Past its maximum a strip draws cells: every place is counted in exactly one dot, every incident named.
    @Test func aCrowdedStripDrawsCellsHoldingEveryPlace() throws {
        let report = try Shared.report([.segment])
        var strip = report.strip
        strip.maximumDots = 3
        let dots = elements(strip.svg, class: "placement")
        let placed = report.line.placements
        try #require(placed.count > 3)
        #expect(dots.reduce(0) { $0 + (Int($1["data-places"] ?? "1") ?? 0) } == placed.count)
        let named = Set(dots.flatMap { $0["data-incidents"]!.split(separator: " ").map(String.init) })
        #expect(named == Set(placed.map(\.incidentID)))
        #expect(dots.contains { $0["data-places"] != nil && $0["data-chainage-m"] == nil })
    }

    /// Places in one cell and of one type are one dot naming each incident once; another type or cell is another dot.
    @Test func cellsMergePlacesOfOneTypeOnly() {
        let day = Day(year: 2021, month: 5, day: 1)!
        func place(_ id: String, _ type: EventType, _ along: Double) -> LineProfile.Placement {
            LineProfile.Placement(
                incidentID: id, type: type, date: IncidentDate(start: day, end: day, precision: .day, reading: ""),
                place: "p", segment: "s", chainageMetres: along, signedMetres: 0, side: "ARM")
        }
        let placed = [
            place("a", .armedClash, 1), place("b", .armedClash, 2), place("a", .armedClash, 3),
            place("c", .shelling, 2), place("d", .armedClash, 50),
        ]
        // Metres along are pixels here: 1, 2 and 3 share the first 4-pixel cell, 50 does not.
        let dots = StripDots.dots(placed, position: { ($0.chainageMetres, 10) }, maximum: 2)
        #expect(dots.count == 3)
        let first = dots.first { $0.type == "armed-clash" && $0.places == 3 }
        #expect(first?.incidents == ["a", "b"])
        #expect(dots.contains { $0.type == "shelling" && $0.incidents == ["c"] })
        #expect(dots.contains { $0.incidents == ["d"] && $0.places == 1 && $0.chainageMetres == nil })
        #expect(StripDots.dots(placed, position: { ($0.chainageMetres, 10) }, maximum: 5).count == 5)
    }

    /// rsvg-convert and headless Chromium draw every chart; the pictures go to `.build-artifacts/`.
    @Test func chartsRenderInRsvgAndChromium() throws {
        let rsvg = "/usr/bin/rsvg-convert"
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        try #require(FileManager.default.isExecutableFile(atPath: rsvg), "apt-get install librsvg2-bin")
        let browser = try #require(chromium, "Debian's chromium is installed by make test-deps")
        let shots = Shared.repository.appendingPathComponent(".build-artifacts/stats")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let report = try Shared.report([.month, .province])
        for chart in StatsChart.allCases {
            let file = shots.appendingPathComponent("\(chart.rawValue).svg")
            try report.svg(chart).write(to: file, atomically: true, encoding: .utf8)
            let png = shots.appendingPathComponent("\(chart.rawValue)-rsvg.png")
            let (status, output) = try run(rsvg, [file.path, "-o", png.path])
            #expect(status == 0, "\(output)")
            #expect((try? Data(contentsOf: png).count) ?? 0 > 1_000)
            let shot = shots.appendingPathComponent("\(chart.rawValue)-chromium.png")
            try? FileManager.default.removeItem(at: shot)
            let (shotStatus, shotOutput) = try run(
                browser,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--user-data-dir=\(shots.appendingPathComponent("profile").path)",
                    "--window-size=1000,\(chart == .strip ? 900 : 500)", "--screenshot=\(shot.path)",
                    file.absoluteString,
                ])
            #expect(shotStatus == 0, "\(shotOutput)")
            #expect((try? Data(contentsOf: shot).count) ?? 0 > 1_000)
        }
        let html = shots.appendingPathComponent("report.html")
        try report.html.write(to: html, atomically: true, encoding: .utf8)
        let (domStatus, dom) = try run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=\(shots.appendingPathComponent("profile").path)", "--dump-dom", html.absoluteString,
            ])
        #expect(domStatus == 0)
        #expect(dom.matches(of: try Regex("<svg")).count == 4)
    }

    func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

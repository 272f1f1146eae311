import Foundation
import GeometryCore
import Testing

/// `borderwatch stats` end to end, and the map page's charts in headless Chromium.
@Suite(.serialized) struct StatsCommandTests {
    func json(_ text: String) throws -> JSONObject { try #require(try JSONParser.parse(text).objectValue) }

    /// The acceptance check through the command: a month's count is what
    /// `query incidents --from --to` finds starting in that month, and equals
    /// all it finds when nothing straddles the month's ends.
    @Test func monthlyCountsAgreeWithQueryIncidents() throws {
        let r = try CommandRunner.run(["stats", "--by", "month", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let stats = try json(r.stdout)
        let cells = stats["cells"]?.arrayValue?.compactMap { $0.objectValue } ?? []
        #expect(!cells.isEmpty)
        var compared = 0
        for cell in cells where cell["incidents"]?.numberValue ?? 0 > 0 {
            let month = try #require(cell["values"]?.arrayValue?.first?.stringValue)
            let (y, m) = (Int(month.prefix(4))!, Int(month.suffix(2))!)
            let days = [
                31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
            ]
            let first = "\(month)-01", last = "\(month)-\(days[m - 1])"
            let q = try CommandRunner.run(["query", "incidents", "--from", first, "--to", last, "--format", "json"])
            #expect(q.status == 0, "\(q.stderr)")
            let hits = try JSONParser.parse(q.stdout).arrayValue?.compactMap { $0.objectValue } ?? []
            // "2021-07-28", or an interval "2021-07-15/2021-07-28".
            let start = { (o: JSONObject) in String((o["date"]?.stringValue ?? "").split(separator: "/").first ?? "") }
            let startingHere = hits.filter { start($0) >= first }
            #expect(Int(cell["incidents"]!.numberValue!) == startingHere.count, "\(month)")
            let ids = Set(cell["incident_ids"]!.arrayValue!.compactMap(\.stringValue))
            #expect(ids == Set(startingHere.compactMap { $0["id"]?.stringValue }), "\(month)")
            compared += 1
        }
        #expect(compared >= 5)
        #expect(stats["rules"]?.arrayValue?.count ?? 0 >= 3)
    }

    @Test func filtersAreThoseOfQueryIncidents() throws {
        for filters in [["--side", "ARM"], ["--type", "armed-clash"], ["--province", "Syunik"], ["--actor", "NK"]] {
            let q = try CommandRunner.run(["query", "incidents", "--format", "json"] + filters)
            let s = try CommandRunner.run(["stats", "--by", "type", "--format", "json"] + filters)
            #expect(s.status == 0, "\(filters): \(s.stderr)")
            let hits = try #require(try JSONParser.parse(q.stdout).arrayValue)
            #expect(try json(s.stdout)["total"]?.numberValue == Double(hits.count), "\(filters)")
        }
    }

    @Test func csvListsSourcesAndIsWrittenWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("by-month-province.csv")
        let r = try CommandRunner.run([
            "stats", "--by", "month", "--by", "province", "--format", "csv", "--out", file.path,
        ])
        #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "month,province,incidents,imprecise,incident_ids,casualties,sources")
        #expect(
            lines.last?.hasPrefix("total,,") == true && lines.last?.contains("in the bin of its date's start") == true)
        // Each located cell names its reports: outlet, date, catalog id and file (a seed's name or an address).
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.contains("; file ") })
        // A file where a folder should be: refused, and the file there is left as it was.
        let refused = try CommandRunner.run(["stats", "--format", "csv", "--out", file.path + "/x.csv"])
        #expect(refused.status == 2 && refused.stderr.contains("cannot write"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func badInputSaysWhatAndWhere() throws {
        for (arguments, words) in [
            (["stats", "--by", "colour"], "--by 'colour'"),
            (["stats", "--chart", "strip"], "--chart needs --format svg"),
            (["stats", "--format", "svg", "--chart", "pie"], "--chart 'pie'"),
            (["stats", "--from", "2022-01-01", "--to", "2021-01-01"], "is after"),
            (["stats", "--from", "2021-1-1"], "--from '2021-1-1'"),
            (["stats", "--province", "Atlantis"], "unknown province"),
        ] {
            let r = try CommandRunner.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr.contains(words), "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty)
        }
        #expect(try CommandRunner.run(["stats", "--from", "1990-01-01", "--to", "1990-12-31"]).status == 1)
    }

    /// A store's table is counted from its counted incidents; the query is checked all the same.
    @Test func badInputOfAStoreSaysWhatAndWhere() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-stats-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = dir.appendingPathComponent("store.gpkg").path
        let made = try CommandRunner.run(["run", "--store", store, "--out", dir.appendingPathComponent("out").path])
        #expect(made.status == 0, "\(made.stderr)")
        let reversed = try CommandRunner.run(["stats", "--from", "2022-01-01", "--to", "2021-01-01", "--store", store])
        #expect(reversed.status == 2 && reversed.stderr.contains("is after"), "\(reversed.stderr)")
        let counted = try CommandRunner.run(["stats", "--from", "2021-01-01", "--to", "2022-12-31", "--store", store])
        #expect(counted.status == 0 && counted.stdout.contains("2021"), "\(counted.stderr)")
    }

    @Test func svgAndHTMLAreWholeDocuments() throws {
        let svg = try CommandRunner.run(["stats", "--by", "month", "--by", "side", "--format", "svg"])
        #expect(svg.status == 0 && svg.stdout.hasPrefix("<?xml") && svg.stdout.contains("Incidents per month, by side"))
        let strip = try CommandRunner.run(["stats", "--format", "svg", "--chart", "strip"])
        #expect(strip.stdout.contains("class=\"placement\""))
        let html = try CommandRunner.run(["stats", "--by", "province", "--format", "html"])
        #expect(html.status == 0 && html.stdout.contains("<h2>Counting rules</h2>"))
        #expect(!html.stdout.contains("src=\"http") && !html.stdout.contains("href=\"http"))
    }

    @Test func summaryWritesItsChartsBesideTheMarkdown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bw-summary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = dir.appendingPathComponent("2021.md")
        let r = try CommandRunner.run([
            "report", "summary", "--from", "2021-01-01", "--to", "2021-12-31", "--out", md.path,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOf: md, encoding: .utf8)
        for chart in ["timeline", "provinces", "strip"] {
            let svg = dir.appendingPathComponent("2021-\(chart).svg")
            #expect(FileManager.default.fileExists(atPath: svg.path), "\(chart)")
            #expect(text.contains("](2021-\(chart).svg)"))
        }
        let stats = try json(
            try CommandRunner.run(["stats", "--from", "2021-01-01", "--to", "2021-12-31", "--format", "json"]).stdout)
        #expect(text.contains("| incidents | \(Int(stats["total"]!.numberValue!)) |"))
        let html = try CommandRunner.run(["report", "summary", "--format", "html", "--type", "armed-clash"])
        #expect(html.status == 0 && html.stdout.contains("<h1>Summary: incidents of type armed-clash</h1>"))
    }

    /// The map page at 1400×900: Leaflet's images load, the month labels fit, and the /stats charts are there.
    @Test func mapPageChartsInChromium() throws {
        let server = try ServerProcess()
        defer { _ = server.stop() }
        for name in ["layers.png", "layers-2x.png", "marker-icon.png"] {
            let r = try server.get("/static/images/\(name)", accept: "image/png")
            #expect(r.status == 200 && r.type == "image/png", "\(name)")
        }
        let browser = try #require(
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        let shots = CommandRunner.repository.appendingPathComponent(".build-artifacts")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--user-data-dir=\(shots.appendingPathComponent("chromium-profile").path)", "--virtual-time-budget=20000",
            "--window-size=1400,900",
        ]
        let (status, dom) = try ServerProcess.tool(browser, common + ["--dump-dom", server.base + "/"])
        #expect(status == 0)
        #expect(dom.contains("data-ready=\"true\""))
        #expect(dom.contains("data-labels-fit=\"true\""), "the month labels run past the bottom of the window")
        #expect(dom.matches(of: try Regex(#"<rect[^>]*class="bar""#)).count > 5)
        #expect(dom.matches(of: try Regex(#"<circle[^>]*class="placement""#)).count > 0)
        _ = try ServerProcess.tool(
            browser,
            common + ["--screenshot=\(shots.appendingPathComponent("map-stats-1400x900.png").path)", server.base + "/"])
        #expect(FileManager.default.fileExists(atPath: shots.appendingPathComponent("map-stats-1400x900.png").path))
    }
}

import BorderIncidents
import BorderQueries
import Testing

@testable import BorderStats

@Suite struct SummaryTests {
    @Test func headlinesAreTheCountsOfTheRange() throws {
        var q = IncidentQuery()
        q.from = Day(iso: "2021-01-01")
        q.to = Day(iso: "2021-12-31")
        let hits = try q.run(on: Shared.related)
        let report = try Shared.report([.month], hits)
        let figures = Dictionary(report.headlines.map { ($0.label, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(figures["incidents"] == "\(hits.count)")
        // The per-type figures add up to the incidents (one type each).
        let perType = figures["by type"]!.split(separator: ",").map { Int($0.split(separator: " ").last!)! }
        #expect(perType.reduce(0, +) == hits.count)
        #expect(figures["dates"]!.hasPrefix(hits.map(\.relation.incident.date.start).min()!.description))
        // Casualty lines are the tally's, one per loss.
        #expect(report.headlines.filter { $0.label == "casualties" }.map(\.value) == report.stats.casualties.lines)
        let markdown = report.summaryMarkdown(charts: ["a-timeline.svg", "a-provinces.svg", "a-strip.svg"])
        #expect(markdown.contains("![a-strip.svg](a-strip.svg)") && markdown.contains("| incidents | \(hits.count) |"))
        #expect(report.summaryHTML.matches(of: try Regex("<svg")).count == report.summaryCharts.count)
    }
}

import ArgumentParser
import BorderEventStore
import BorderExchange
import BorderIncidents
import BorderIngest
import BorderPostGIS
import BorderStore
import BorderStores
import Foundation

/// `borderwatch ingest`: a news report to proposed, located, attributed incidents.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read a news report (text or HTML) into proposed incidents with evidence for every fact.",
        discussion: """
            Examples: borderwatch ingest report.txt --published 2022-09-13 --outlet Euronews --format markdown
                      borderwatch ingest report.html --published 2022-09-13 --apply                  (into the store)
                      borderwatch ingest report.html --published 2022-09-13 --apply --catalog proposals.json
                      borderwatch ingest --evaluate Tests/BorderIngestTests/DevSet/labels.json
            """
    )

    @Argument(help: "The report: a file, or - for standard input.")
    var file: String?

    @Option(help: "Publication date YYYY-MM-DD; relative dates are read against it.")
    var published: String?

    @Option(help: "Where the report was published (kept as the source).")
    var sourceURL: String?

    @Option(help: "The outlet's name.")
    var outlet: String?

    @Option(help: "Output format: \(IngestOutput.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "json"

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Flag(
        help: "Add the incidents as proposed to the store, or to --catalog (reviewed incidents are never overwritten).")
    var apply = false

    @Option(help: "A catalog file (the incidents.json format) for --apply to write instead of the store.")
    var catalog: String?

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help:
            "Score the reader on a labelled set (JSON, see Tests/BorderIngestTests/DevSet) and print the figures and misses."
    )
    var evaluate: String?

    func run() throws {
        let related = try BundledData.related()
        let ingester = ReportIngester(relater: related.relater)
        if let evaluate {
            let url = URL(fileURLWithPath: evaluate)
            let set: [LabelledReport]
            do { set = try LabelledReport.read(contentsOf: url) } catch { throw CLIError.badInput("\(error)") }
            try OutputOptions.write(Evaluation.run(set, ingester: ingester).text, to: out)
            return
        }
        guard let file else {
            throw CLIError.badInput("give a report file (or - for standard input), or --evaluate LABELS")
        }
        guard let fmt = IngestOutput.Format(rawValue: format) else {
            throw CLIError.badInput(
                "--format '\(format)': expected one of \(IngestOutput.Format.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        let text: String
        do { text = try ReportInput.read(file) } catch { throw CLIError.badInput("\(error)") }
        let result = ingester.ingest(
            text, published: try BundledData.day(published, "--published"), outlet: outlet, sourceURL: sourceURL)
        if apply, let catalog {
            let summary: CatalogMerge.Summary
            do { summary = try CatalogMerge.apply(result, to: URL(fileURLWithPath: catalog)) } catch {
                throw CLIError.badInput("\(error)")
            }
            FileHandle.standardError.write(Data("\(summary)\n".utf8))
        } else if apply {
            try applyToStore(result, relater: related.relater)
        }
        let unresolved = result.incidents.filter { !$0.dateResolved }.count
        if unresolved > 0 && (fmt == .csv || fmt == .geojson) {
            FileHandle.standardError.write(
                Data(
                    "note: \(unresolved) incident(s) with an unresolved date left out of \(fmt.rawValue); see --format json\n"
                        .utf8))
        }
        try OutputOptions.write(IngestOutput.render(result, format: fmt), to: out)
        if result.incidents.isEmpty { throw CLIError.nothingFound("no incident found in the report") }
    }

    /// Adds the dated proposals to the store through the importer every
    /// format uses: the same report again changes nothing (same ids and
    /// digests), and a proposal of an event already there is linked to it.
    func applyToStore(_ result: IngestResult, relater: Relater) throws {
        guard let source = result.source else {
            throw CLIError.badInput("--apply: give --published; the report's dates cannot be read without it")
        }
        guard storeOptions.exists else {
            throw CLIError.badInput(
                "--apply: there is no store at \(storeOptions.displayName) yet (create it with `borderwatch run`, or give --catalog PATH)"
            )
        }
        var incidents = result.incidents.filter(\.dateResolved).map(\.incident)
        for k in incidents.indices { incidents[k].status = .proposed }
        let records = CatalogRecords.records(Catalog(sources: [source], incidents: incidents))
        let store = try storeOptions.open()
        let label = "ingest \(source.file)"
        let summary: EventImporter.Summary
        do {
            summary = try blocking { try await EventImporter(relater: relater).run(records, into: store, label: label) }
        } catch {
            throw CLIError.badInput("\(storeOptions.displayName): \(error)")
        }
        FileHandle.standardError.write(
            Data("\(storeOptions.displayName): \(summary.line) (proposed incidents from the report)\n".utf8))
    }
}

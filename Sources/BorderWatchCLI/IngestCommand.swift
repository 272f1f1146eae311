import ArgumentParser
import BorderIncidents
import BorderIngest
import Foundation

/// `borderwatch ingest`: a news report → proposed, located, attributed incidents.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read a news report (text or HTML) and propose the incidents it describes, with evidence.",
        discussion: """
          Every fact points at the words it came from (Unicode-scalar offsets), with a confidence.
          Relative dates ("Tuesday", "last week") are read against --published, else against a date
          line near the top of the text, else left unresolved. Places the gazetteer does not know
          are reported, never placed at a guess.
            borderwatch ingest report.txt --published 2021-07-28 --format markdown
            borderwatch ingest --evaluate Tests/BorderIngestTests/DevSet/labels.json
          """
    )

    @Argument(help: "The report: a file, or - for standard input.")
    var file: String?

    @Option(help: "Publication date of the report, YYYY-MM-DD.")
    var published: String?

    @Option(name: .customLong("source-url"), help: "Where the report was published.")
    var sourceURL: String?

    @Option(help: "The outlet's name, such as \"OC Media\".")
    var outlet: String?

    @Option(help: "Output format: \(IngestOutput.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String = "json"

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "Score the reader on a labelled set (a labels JSON file) and print the figures.")
    var evaluate: String?

    func run() throws {
        let related = try BundledData.related()
        let ingester = Ingester(relater: related.relater)
        if let evaluate {
            let report: Evaluation.Report
            do { report = try Evaluation.run(labels: URL(fileURLWithPath: evaluate), ingester: ingester) } catch {
                throw CLIError.badInput("\(evaluate): \(error)")
            }
            try OutputOptions.write(report.text, to: out)
            return
        }
        guard let file else { throw CLIError.badInput("give a report file (or - for standard input), or --evaluate LABELS") }
        guard let format = IngestOutput.Format(rawValue: format) else {
            throw CLIError.badInput("--format '\(format)': expected one of \(IngestOutput.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let day = try BundledData.day(published, "--published")
        let text = try Self.read(file)
        let result = ingester.ingest(text, options: IngestOptions(published: day, sourceURL: sourceURL, outlet: outlet,
                                                                  file: file == "-" ? "" : URL(fileURLWithPath: file).lastPathComponent))
        try OutputOptions.write(IngestOutput.render(result, format: format), to: out)
        if result.incidents.isEmpty { throw CLIError.nothingFound("no incident found in \(file == "-" ? "standard input" : file)") }
    }

    /// UTF-8 text of at most 4 MiB; a BOM is dropped.
    static func read(_ file: String) throws -> String {
        let data: Data
        do {
            data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
        } catch { throw CLIError.badInput("\(file): cannot read: \(error.localizedDescription)") }
        guard data.count <= 4 << 20 else { throw CLIError.badInput("\(file): \(data.count) bytes; reports up to 4 MiB are read") }
        guard var text = String(data: data, encoding: .utf8) else {
            throw CLIError.badInput("\(file): not UTF-8 text (convert it first, e.g. iconv -t UTF-8)")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

import BorderGeodata
import BorderIncidents
import Foundation
import GeometryCore

/// What the command line tells the reader about a report.
public struct IngestOptions: Sendable {
    public var published: Day?
    public var sourceURL: String?
    public var outlet: String?
    /// The file name, kept with the source (empty for standard input).
    public var file: String

    public init(published: Day? = nil, sourceURL: String? = nil, outlet: String? = nil, file: String = "") {
        self.published = published
        self.sourceURL = sourceURL
        self.outlet = outlet
        self.file = file
    }
}

/// News text → proposed, located, attributed incidents with evidence.
///
/// Rule-based on purpose (see BENCHMARKS.md for how well it reads): each
/// sentence is read for its event, dates, places and claims; sentences of
/// one date and one family of event (fighting, ceasefire, war, statement)
/// make one incident; a sentence that names no date takes the date of the
/// paragraph's last dated event, else the report's lead date.
public struct Ingester: Sendable {
    public let relater: Relater
    let places: PlaceFinder

    public init(relater: Relater) {
        self.relater = relater
        places = PlaceFinder(gazetteer: relater.gazetteer, geodata: relater.geodata)
    }

    static let caption = TextPattern("\\b(photo|photograph|getty images|afp via|copyright|file picture|pictured|©)\\b")
    static let furniture = TextPattern("^(share this|read more|you might also like|advertisement|subscribe|become a member|support independent|sign up|follow us|copy/paste|comments)", caseInsensitive: true)

    public func ingest(_ input: String, options: IngestOptions) -> IngestResult {
        let text = ReportText(input)
        let (published, publishedReading) = publicationDay(text, options)
        let source = SourceReport(id: Self.sourceID(text.text, published), outlet: options.outlet ?? "unnamed outlet",
                                  headline: headline(text), published: published ?? Day(year: 1970, month: 1, day: 1)!,
                                  file: options.sourceURL ?? options.file)
        let dates = DateReader(published: published)
        let claims = ClaimReader(outlet: options.outlet ?? "the report")
        var readings: [SentenceReading] = []
        var unresolved: [Evidence] = []
        var seen = Set<String>()
        for sentence in text.sentences {
            // Captions repeat themselves and describe photographs; page furniture is not news.
            let key = NameFolding.key(sentence.text)
            if Self.furniture.contains(sentence.text) || !seen.insert(key).inserted { continue }
            if Self.caption.contains(sentence.text) || text.sentences.contains(where: { $0.index != sentence.index && $0.text.hasPrefix(sentence.text) && $0.text.count > sentence.text.count }) {
                continue
            }
            var r = SentenceReading(sentence: sentence)
            r.event = EventTyper.mention(in: sentence.text)
            r.dates = dates.mentions(in: sentence.text).filter { published == nil || $0.date.start <= published! }
            r.places = places.mentions(in: sentence.text)
            r.claims = claims.mentions(in: sentence.text)
            r.country = places.statedCountry(sentence.text)
            for phrase in dates.unresolvedPhrases(in: sentence.text) {
                unresolved.append(Evidence(fact: "unresolved-date", value: "'\(phrase)': no publication date to read it against",
                                           start: sentence.start, end: sentence.end, sentence: sentence.index,
                                           sentenceText: sentence.text, confidence: 1))
            }
            for p in r.places where p.target == nil {
                unresolved.append(r.evidence("unresolved-place", "'\(p.text)': \(p.why)", p.start, p.end, p.confidence))
            }
            readings.append(r)
        }
        var assembler = IncidentAssembler(source: source, relater: relater, published: published)
        let proposed = assembler.assemble(readings)
        return IngestResult(source: source, incidents: proposed, unresolved: unresolved, published: published,
                            publishedReading: publishedReading, text: text)
    }

    /// `--published`, else a date line near the top ("28 July 2021",
    /// "Published 13 September 2022"), else none: relative dates then stay unresolved.
    func publicationDay(_ text: ReportText, _ options: IngestOptions) -> (Day?, String) {
        if let p = options.published { return (p, "given with --published") }
        let reader = DateReader(published: nil)
        for s in text.sentences.prefix(12) {
            let isDateLine = s.text.count <= 48 || s.text.lowercased().hasPrefix("published") || s.text.lowercased().hasPrefix("updated")
            if isDateLine, let m = reader.mentions(in: s.text).first(where: { $0.date.precision == .day }) {
                return (m.date.start, "the date line '\(m.text)' near the top of the text")
            }
        }
        return (nil, "no publication date given or found; relative dates are left unresolved")
    }

    func headline(_ text: ReportText) -> String {
        let line = text.sentences.first { s in s.text.count >= 20 && !Self.furniture.contains(s.text) }?.text ?? ""
        return String(line.prefix(160))
    }

    /// Stable for the same text and day, so that ingesting a report again changes nothing.
    static func sourceID(_ text: String, _ day: Day?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in text.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return "report-\(day?.description ?? "undated")-\(String(hash, radix: 16).prefix(8))"
    }
}

/// What one sentence says.
struct SentenceReading {
    var sentence: ReportText.Sentence
    var event: EventMention?
    var dates: [DateMention] = []
    var places: [PlaceMention] = []
    var claims: [ClaimMention] = []
    var country: String?

    init(sentence: ReportText.Sentence) { self.sentence = sentence }

    func evidence(_ fact: String, _ value: String, _ start: Int, _ end: Int, _ confidence: Double) -> Evidence {
        Evidence(fact: fact, value: value, start: sentence.start + start, end: sentence.start + end, sentence: sentence.index,
                 sentenceText: sentence.text, confidence: confidence)
    }
}

import BorderGeodata
import BorderIncidents
import Foundation

/// A place named in a sentence.
public struct PlaceMention: Sendable {
    public enum Role: String, Sendable {
        /// Where something happened.
        case incident
        /// A dateline, a capital or outlet speaking, a home town, a
        /// description: named, but not where the incident was.
        case notIncident = "not-incident"
    }

    /// The words as written.
    public var text: String
    public var start: Int
    public var end: Int
    /// What the gazetteer resolved them to; nil when it does not know them.
    public var target: Gazetteer.Target?
    /// The location the incident gets: a place, a province or a border sector.
    public var location: IncidentLocation.Kind?
    /// ACLED geo-precision: 1 at the place, 2 near it or in part of a region, 3 a region.
    public var precision: Int
    /// "at", "near", "towards", "in", "on".
    public var relation: String
    public var role: Role
    /// Why the role was chosen (for evidence).
    public var why: String
    public var confidence: Double
}

/// Finds the gazetteer's places in a sentence, in any spelling it knows,
/// with the cue words around them, and tells incident locations from
/// places that are only named.
public struct PlaceFinder: Sendable {
    public let gazetteer: Gazetteer
    let geodata: Geodata

    public init(gazetteer: Gazetteer, geodata: Geodata) {
        self.gazetteer = gazetteer
        self.geodata = geodata
    }

    /// Names that are never incident locations on their own (whole countries,
    /// powers and outlets) and common capitalised words the gazetteer might
    /// hold as village names.
    static let ignored: Set<String> = [
        "armenia", "azerbaijan", "russia", "turkey", "iran", "georgia", "france", "moscow", "kremlin", "washington",
        "brussels", "paris", "ankara", "tehran", "europe", "european", "union", "nato", "un", "eu", "us", "usa",
        "the", "a", "an", "on", "in", "at", "of", "and", "but", "for", "this", "that", "it", "he", "she", "they",
        "we", "i", "as", "by", "to", "from", "with", "after", "before", "since", "during", "while", "meanwhile",
        "however", "later", "earlier", "last", "share", "photo", "copyright", "read", "more", "also", "both", "each",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "armenian",
        "azerbaijani", "russian", "defence", "defense", "ministry", "minister", "president", "prime", "army",
        "soviet", "second", "first", "war", "state", "border", "council", "security", "news", "world", "times",
        "new", "lake", "mount", "village", "town", "city", "region", "province", "district", "section",
    ]

    /// Capitals and seats of government: when they speak or are spoken to
    /// ("Baku said", "between Yerevan and Baku") they stand for a government.
    static let capitals: Set<String> = ["yerevan", "baku", "stepanakert", "khankendi", "xankandi"]

    static let speechAfter = TextPattern("^\\s*(?:has |have |had |also |later |then |swiftly |quickly )?(?:said|says|say|claimed|claims|reported|reports|stated|states|announced|accused|accuses|blamed|brokered|denied|denies|insisted|urged|called|warned|responded|told|confirmed|added|rejected|demanded|condemned|hit back|protested)\\b")
    static let sentenceCountry = TextPattern("\\b(armenian|azerbaijani|azeri|in armenia|in azerbaijan)\\b")

    public func mentions(in sentence: String) -> [PlaceMention] {
        let words = Words(sentence)
        var found: [PlaceMention] = []
        var i = 0
        while i < words.count {
            guard let (length, targets) = longestMatch(words, at: i) else { i += 1; continue }
            let first = words[i], last = words[i + length - 1]
            let text = String(sentence.unicodeScalars.dropFirst(first.start).prefix(last.end - first.start))
            found.append(mention(text: Words.stem(text), start: first.start, end: last.end, targets: targets,
                                 words: words, from: i, to: i + length - 1, sentence: sentence))
            i += length
        }
        found += unknownPlaces(words, sentence: sentence, known: found)
        return found
    }

    /// The longest run of words from `i` (up to four) that the gazetteer knows.
    private func longestMatch(_ words: Words, at i: Int) -> (Int, [Gazetteer.Target])? {
        // A name starts with a capital letter ("the village of Sotk", not "sotk").
        guard words[i].isCapitalized, !Self.ignored.contains(Words.stem(words[i].lower)) || Self.multiword(words, i) else { return nil }
        for length in stride(from: min(4, words.count - i), through: 1, by: -1) {
            let phrase = (i..<(i + length)).map { Words.stem(words[$0].text) }.joined(separator: " ")
            if length == 1, Self.ignored.contains(NameFolding.key(phrase)) { continue }
            // Every word of a multiword name is capitalised or a short joining word ("Verin Shorzha", "Sev Lich").
            if length > 1, !(i..<(i + length)).allSatisfy({ words[$0].isCapitalized || ["de", "of"].contains(words[$0].lower) }) { continue }
            let targets = gazetteer.candidates(phrase)
            if !targets.isEmpty { return (length, targets) }
        }
        return nil
    }

    /// Whether an ignored first word begins a known multiword name ("Lake Sevan", "Black Lake").
    private static func multiword(_ words: Words, _ i: Int) -> Bool {
        i + 1 < words.count && words[i + 1].isCapitalized && ["lake", "mount", "black", "new"].contains(words[i].lower)
    }

    private func mention(text: String, start: Int, end: Int, targets: [Gazetteer.Target], words: Words, from: Int, to: Int,
                         sentence: String) -> PlaceMention {
        let before = (max(0, from - 4)..<from).map { words[$0].lower }
        let after = ((to + 1)..<min(words.count, to + 4)).map { words[$0].lower }
        let next = after.first ?? ""
        let previous = before.last ?? ""
        let key = NameFolding.key(text)
        let province = targets.compactMap { t -> Province? in if case let .province(p) = t { return p } else { return nil } }.first
        let settlementCue = ["village", "town", "city", "settlement"].contains(where: { before.suffix(2).contains($0) || next == $0 })
        let areaCue = ["province", "region", "district", "rayon", "marz", "area", "section", "direction", "sector"].contains(next)
        let primaryProvince = province.map { p in [p.name, p.localName].map(NameFolding.key).contains(key) || p.alternateNames.map(NameFolding.key).contains(key) } ?? false

        var target = targets.first
        var kind: IncidentLocation.Kind?
        var precision = 1
        var relation = "at"
        if let province, areaCue || (primaryProvince && !settlementCue) {
            target = .province(province)
            if ["section", "direction", "sector"].contains(next) || before.suffix(3) == ["in", "the", "direction"] {
                kind = .borderSector(province.name); precision = 2; relation = "on"
            } else {
                kind = .province(province.name); precision = 3; relation = "in"
            }
        } else if case let .settlement(s)? = target {
            kind = .place(s.name)
            if before.contains("near") || before.contains("outside") || before.contains("around") { precision = 2; relation = "near" }
            if before.suffix(3) == ["in", "the", "direction"] || previous == "towards" || previous == "toward" { precision = 2; relation = "towards" }
        }
        // Roles: the places a sentence only names.
        var role = PlaceMention.Role.incident
        var why = "named as where it happened"
        let rest = String(sentence.unicodeScalars.dropFirst(end))
        if from == 0, rest.hasPrefix(" —") || rest.hasPrefix(" -") || rest.hasPrefix(":") || rest.hasPrefix(",") && words[0].text == words[0].text.uppercased() && words[0].text.count > 2 {
            role = .notIncident; why = "dateline"
        } else if Self.speechAfter.contains(rest) || previous == "to" && before.suffix(2).first == "according" {
            role = .notIncident; why = "a government or outlet speaking"
        } else if Self.capitals.contains(key), !["in", "near", "on", "outside", "towards", "at"].contains(previous) || before.contains("between") {
            role = .notIncident; why = "a capital standing for its government"
        } else if ["from", "of"].contains(previous), before.contains(where: { ["conscript", "native", "resident", "residents", "soldier", "serviceman", "born", "hometown", "man", "woman"].contains($0) }) {
            role = .notIncident; why = "a home town"
        } else if before.contains("shores") || before.contains("shore") || before.contains("banks") || before.contains("overlooking") {
            role = .notIncident; why = "a description of the surroundings"
        } else if before.contains("born") || before.contains("buried") || before.contains("named") || before.contains("visited") {
            role = .notIncident; why = "mentioned, not a scene"
        }
        return PlaceMention(text: text, start: start, end: end, target: target, location: kind, precision: precision,
                            relation: relation, role: role, why: why, confidence: targets.count > 1 ? 0.6 : (kind == nil ? 0.3 : 0.9))
    }

    static let cuedUnknown = TextPattern("\\b(?:village|town|settlement|hamlet) of ((?:[A-Z][\\p{L}’'-]+)(?: [A-Z][\\p{L}’'-]+)?)|\\b((?:[A-Z][\\p{L}’'-]+)(?: [A-Z][\\p{L}’'-]+)?) (?:village|settlement)\\b|\\bnear ((?:[A-Z][\\p{L}’'-]+)(?: [A-Z][\\p{L}’'-]+)?)", caseInsensitive: false)

    /// Names after a place cue ("the village of X", "X village", "near X")
    /// that the gazetteer does not know: reported, never placed at a guess.
    private func unknownPlaces(_ words: Words, sentence: String, known: [PlaceMention]) -> [PlaceMention] {
        var out: [PlaceMention] = []
        for m in Self.cuedUnknown.matches(in: sentence) {
            guard let name = m.group(0) ?? m.group(1) ?? m.group(2) else { continue }
            let key = NameFolding.key(Words.stem(name))
            if Self.ignored.contains(key) || key.split(separator: " ").allSatisfy({ Self.ignored.contains(String($0)) }) { continue }
            if known.contains(where: { $0.start < m.end && $0.end > m.start }) { continue }
            guard gazetteer.candidates(name).isEmpty else { continue }
            out.append(PlaceMention(text: name, start: m.start, end: m.end, target: nil, location: nil, precision: 1, relation: "at",
                                    role: .incident, why: "cued as a place but not in the gazetteer", confidence: 0.5))
        }
        return out
    }

    /// The country a sentence names for its places ("the Armenian village of …").
    func statedCountry(_ sentence: String) -> String? {
        guard let m = Self.sentenceCountry.firstMatch(in: sentence)?.text.lowercased() else { return nil }
        return m.contains("armenia") ? "ARM" : "AZE"
    }
}

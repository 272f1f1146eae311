import BorderGeodata
import GeometryCore

/// Finds settlements and provinces by the names users type: any case, with
/// or without diacritics, by transliteration or former name (Kelbajar =
/// Kalbajar = Kəlbəcər = Karvachar; Zod = Sotk).
///
/// GeoNames' alternate names are noisy: they include names of other places
/// (Heydarabad's list carries Hyderabad's, in Indic and other scripts) and
/// machine romanisations of those. Only alternate names written in the
/// theatre's scripts (Latin with a capital, Armenian, Cyrillic, Georgian)
/// are indexed; all-lower-case Latin forms and other scripts are ignored.
public struct Gazetteer: Sendable {
    /// What a name resolved to.
    public enum Target: Hashable, Sendable {
        case settlement(Settlement)
        case province(Province)

        public var name: String {
            switch self {
            case let .settlement(s): s.name
            case let .province(p): p.name
            }
        }

        /// The settlement's position, or the province's middle (`Province.middle`).
        public var coordinate: Coordinate? {
            switch self {
            case let .settlement(s): s.coordinate
            case let .province(p): try? p.middle()
            }
        }
    }

    public struct Match: Sendable {
        public var target: Target
        /// Other places the name could mean, best first.
        public var alternatives: [Target]
        /// How the match was made and, when the name is ambiguous, how it chose.
        public var explanation: String
    }

    public enum LookupError: Error, Equatable, Sendable, CustomStringConvertible {
        case unknown(name: String, suggestions: [String])

        public var description: String {
            switch self {
            case let .unknown(name, suggestions):
                "unknown place '\(name)'"
                    + (suggestions.isEmpty ? "" : " — did you mean \(suggestions.joined(separator: ", "))?")
            }
        }
    }

    private struct Entry: Sendable {
        var target: Target
        /// 0 primary or ASCII name, 1 alternate name.
        var rank: Int
        /// Only the swept theatre gazetteer holds the place: on a tie it
        /// yields to the curated layers and additions (the lake Sev Lich
        /// before the hamlet of that name beside it).
        var swept = false
    }

    private let geodata: Geodata
    private let index: [GazetteerKey: [Entry]]
    /// The kind of each feature `GazetteerAdditions` added ("lake", "region"…), by id.
    private let addedKinds: [String: String]
    /// The side each lower-case name or adjective of a loaded theatre's sides names ("kyrgyz": KGZ).
    private let sideWords: [String: String]
    /// The regions and provinces of long names by their initials (`NameInitials`: "NAR").
    private let byInitials: [String: [Target]]

    public init(
        geodata: Geodata, additions: GazetteerAdditions = .bundled,
        theatres: [TheatreGazetteer] = TheatreGazetteer.bundled
    ) {
        self.geodata = geodata
        var index: [GazetteerKey: [Entry]] = [:]
        func add(_ name: String, _ target: Target, rank: Int, swept: Bool = false) {
            let key = NameFolding.key(name)
            guard !key.isEmpty else { return }
            // One lookup per key: each index access hashes the key.
            guard Self.record(target, rank: rank, swept: swept, in: &index[GazetteerKey(key), default: []]) else {
                return
            }
            // The name written as one word, weaker than any name as given.
            let closed = NameFolding.closedKey(key)
            if closed != key {
                Self.append(target, rank: rank + 2, swept: swept, to: &index[GazetteerKey(closed), default: []])
            }
        }
        for s in geodata.settlements {
            add(s.name, .settlement(s), rank: 0)
            add(s.asciiName, .settlement(s), rank: 0)
            for alt in s.alternateNames where Self.isUsableAlternate(alt) { add(alt, .settlement(s), rank: 1) }
        }
        for p in geodata.provinces {
            add(p.name, .province(p), rank: 0)
            add(p.localName, .province(p), rank: 0)
            for alt in p.alternateNames { add(alt, .province(p), rank: 1) }
        }
        var addedKinds: [String: String] = [:]
        var added: [String: Target] = [:]
        var byInitials: [String: [Target]] = [:]
        for p in geodata.provinces {
            if let i = NameInitials.initials(of: p.name) { byInitials[i, default: []].append(.province(p)) }
        }
        for f in additions.features {
            let s = additions.settlement(f, in: geodata)
            for name in [f.name] + f.otherNames { add(name, .settlement(s), rank: 0) }
            if f.kind == "region", let i = NameInitials.initials(of: f.name) {
                byInitials[i, default: []].append(.settlement(s))
            }
            addedKinds[f.id] = f.kind
            added[f.id] = .settlement(s)
        }
        for alias in additions.aliases {
            guard
                let target = geodata.settlement(id: alias.target).map(Target.settlement)
                    ?? geodata.province(id: alias.target).map(Target.province)
            else { continue }
            for name in alias.names { add(name, target, rank: 1) }
        }
        for theatre in theatres {
            for row in theatre.rows {
                // A swept place the layers or additions already hold (same id, or an id the row merged) gains names.
                let known = ([row.id] + Self.mergedIDs(row.note)).lazy.compactMap { id in
                    geodata.settlement(id: id).map(Target.settlement) ?? added[id]
                }.first
                let target = known ?? .settlement(theatre.settlement(row, in: geodata))
                if known == nil { addedKinds[row.id] = row.kind }
                add(row.name, target, rank: 0, swept: known == nil)
                for name in row.otherNames where Self.isUsableAlternate(name) {
                    add(name, target, rank: 1, swept: known == nil)
                }
            }
        }
        self.index = index
        self.addedKinds = addedKinds
        self.byInitials = byInitials
        var sideWords: [String: String] = [:]
        for side in geodata.theatres.flatMap(\.sides) {
            for word in side.names + side.adjectives {
                sideWords[word.lowercased()] = sideWords[word.lowercased()] ?? side.code
            }
        }
        self.sideWords = sideWords
    }

    /// Files `target` under a key: a new entry, or the best rank of one already there. Whether it is new.
    private static func record(_ target: Target, rank: Int, swept: Bool, in entries: inout [Entry]) -> Bool {
        if let k = entries.firstIndex(where: { $0.target == target }) {
            entries[k].rank = min(entries[k].rank, rank)  // a source that calls it so first counts
            return false
        }
        entries.append(Entry(target: target, rank: rank, swept: swept))
        return true
    }

    /// Files `target` under a key unless an entry of it is there already.
    private static func append(_ target: Target, rank: Int, swept: Bool, to entries: inout [Entry]) {
        if !entries.contains(where: { $0.target == target }) {
            entries.append(Entry(target: target, rank: rank, swept: swept))
        }
    }

    /// The ids a swept row's note says were merged into it ("also supplement:tigranashen, wof:1234").
    static func mergedIDs(_ note: String) -> [String] {
        // Few notes merge any; splitting every note into words was a hundredth of a command's start.
        guard mentionsMergedID(note) else { return [] }
        return note.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init).filter {
            word in mergedIDPrefixes.contains { word.hasPrefix($0) }
        }
    }

    private static let mergedIDPrefixes = ["geonames:", "supplement:", "additions:"]
    /// The prefixes' bytes before the colon.
    private static let mergedIDStems = mergedIDPrefixes.map { Array($0.utf8.dropLast()) }

    /// Whether a prefix of `mergedIDPrefixes` is in the note's bytes: a word can begin with one only then.
    private static func mentionsMergedID(_ note: String) -> Bool {
        let bytes = Array(note.utf8)
        for (j, b) in bytes.enumerated() where b == UInt8(ascii: ":") {
            for stem in mergedIDStems where j >= stem.count && bytes[(j - stem.count)..<j].elementsEqual(stem) {
                return true
            }
        }
        return false
    }

    /// Whether an alternate name is in a script of the theatre and not a
    /// machine romanisation.
    static func isUsableAlternate(_ name: String) -> Bool {
        var hasUpperLatin = false, hasLatin = false
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: hasUpperLatin = true; hasLatin = true
            case 0x61...0x7A: hasLatin = true
            case 0xC0...0x24F, 0x1E00...0x1EFF:
                hasLatin = true
                if scalar.properties.isUppercase { hasUpperLatin = true }
            case 0x0400...0x04FF, 0x0530...0x058F, 0x10A0...0x10FF: return true  // Cyrillic, Armenian, Georgian
            case 0x20, 0x27, 0x2D, 0x2E, 0x28, 0x29, 0x2018, 0x2019, 0x02BB, 0x02BC, 0x02CC, 0x30...0x39: continue
            default:
                if scalar.properties.isAlphabetic { return false }
            }
        }
        return hasLatin && hasUpperLatin
    }

    /// Every place a name can mean, best first: primary names before
    /// alternates, settlements before provinces, then by population.
    public func candidates(_ name: String) -> [Target] { candidates(key: NameFolding.key(name)) }

    /// `candidates` for a name already folded by `NameFolding.key` (text
    /// scanners fold each word once and try many spans).
    public func candidates(key: String) -> [Target] {
        // Only a key of several words can have a one-word form (names are indexed under both).
        guard
            let entries = index[GazetteerKey(key)]
                ?? (key.contains(" ") ? index[GazetteerKey(NameFolding.closedKey(key))] : nil)
        else {
            return []
        }
        return entries.sorted { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            let pa = population(a.target), pb = population(b.target)
            if pa != pb { return pa > pb }
            if a.swept != b.swept { return !a.swept }
            return a.target.name < b.target.name
        }.map(\.target)
    }

    /// The place a name means. With `near`, an ambiguous name resolves to the
    /// candidate closest to that point (another place of the same report);
    /// without, to the first of `candidates`. A name that finds nothing whole
    /// is read for the words around the place's own name (`PlaceNameReading`:
    /// "Tovuz district", "Kyrgyz Batken district", "Sotk area"), places of
    /// the kind and side they say first, then tried in other spellings.
    public func resolve(_ name: String, near: Coordinate? = nil) throws(LookupError) -> Match {
        var reading = PlaceNameReading(base: name), found = candidates(name)
        if found.isEmpty, let words = PlaceNameReading(name, side: { sideWords[$0] }) {
            (reading, found) = (words, candidates(words.base))
        }
        // The match is explained with the name as written, not the folded spelling it was found under.
        var respelt = false
        if found.isEmpty, let places = otherSpelling(of: reading.base) { (found, respelt) = (places, true) }
        // "NAR": initials are read only when nothing has that name.
        if found.isEmpty, NameInitials.isInitials(name) { found = byInitials[name] ?? [] }
        let fits = { (t: Target) in reading.kind.map { $0.rank(t, kind: kind(of: t)) != nil } ?? true }
        // "Leylek district": the village is Leylek, the district Leilek, which the village is also called.
        if !found.isEmpty, !found.contains(where: fits) { found += otherNamesakes(of: found).filter(fits) }
        guard !found.isEmpty else { throw .unknown(name: name, suggestions: suggestions(for: name)) }
        found = ordered(found, as: reading, near: near)
        var how = "matched '\(reading.base)' to \(describe(found[0]))"
        if found.count > 1 {
            let then = near == nil ? "by name rank and population" : "the nearest to the other places given"
            let why =
                reading.kind == nil && reading.side == nil
                ? (near == nil ? " " : ", ") + then : " by the words around the name, then \(then)"
            how = "'\(reading.base)' is ambiguous (\(found.count) places); chose \(describe(found[0]))\(why)"
        }
        if respelt { how = "read '\(reading.base)' as another spelling; \(how)" }
        if reading.base != name {
            let said = [reading.kind.map { _ in "kind" }, reading.side.map { _ in "side" }].compactMap { $0 }
            let with = said.isEmpty ? "" : " with its " + said.joined(separator: " and ")
            how = "read '\(name)' as '\(reading.base)'\(with); \(how)"
        }
        return Match(target: found[0], alternatives: Array(found.dropFirst()), explanation: how)
    }

    /// `places` with those of the kind the reading says first (a unit of the other level next), those of its
    /// side first within each, then nearest `near`, else as they were.
    private func ordered(_ places: [Target], as reading: PlaceNameReading, near: Coordinate?) -> [Target] {
        func part(_ t: Target) -> Int {
            let kindRank = reading.kind.map { $0.rank(t, kind: kind(of: t)) ?? 2 } ?? 0
            let otherSide = reading.side.map { $0 != country(of: t) } ?? false
            return 2 * kindRank + (otherSide ? 1 : 0)
        }
        return places.enumerated().sorted { a, b in
            let (pa, pb) = (part(a.element), part(b.element))
            if pa != pb { return pa < pb }
            if let near { return distance(a.element, near) < distance(b.element, near) }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Places that go by another name of one of `places` and are none of them.
    private func otherNamesakes(of places: [Target]) -> [Target] {
        var out: [Target] = []
        for case let .settlement(s) in places {
            for name in [s.name, s.asciiName] + s.alternateNames {
                for t in candidates(name) where !places.contains(t) && !out.contains(t) { out.append(t) }
            }
        }
        return out
    }

    private func country(of t: Target) -> String? {
        switch t {
        case let .settlement(s): s.country
        case let .province(p): p.country
        }
    }

    /// The first spelling of `name` the gazetteer knows that the name key does not join to it ("Zaylik" for
    /// Zeylik, "Heyrimli" for Xeyrimli: `SpellingVariants`, as ingest reads reports), and what it may mean.
    private func otherSpelling(of name: String) -> [Target]? {
        for spelling in SpellingVariants.variants(of: NameFolding.key(name)) {
            let found = candidates(key: spelling)
            if !found.isEmpty { return found }
        }
        return nil
    }

    /// Up to three known names closest in spelling to `name`, each with where it is.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let key = NameFolding.key(name)
        let maxDistance = max(2, key.count / 3)
        var scored: [(Int, Int, String)] = []
        for (indexed, entries) in index {
            let candidate = indexed.text
            guard abs(candidate.count - key.count) <= maxDistance else { continue }
            let d = Self.editDistance(key, candidate)
            guard d <= maxDistance, let best = entries.min(by: { $0.rank < $1.rank }) else { continue }
            scored.append((d, -population(best.target), describe(best.target)))
        }
        var seen = Set<String>()
        return scored.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.2)
            .filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
    }

    /// "Sotk (Gegharkunik, Armenia)".
    public func describe(_ target: Target) -> String {
        switch target {
        case let .settlement(s):
            let province = s.province.flatMap(geodata.province(id:))?.name ?? "?"
            let country = geodata.countries.first { $0.iso3 == s.country }?.name ?? s.country ?? "?"
            return "\(s.name) (\(province), \(country))"
        case let .province(p):
            let country = geodata.countries.first { $0.iso3 == p.country }?.name ?? p.country
            return "\(p.name) (\(p.kind), \(country))"
        }
    }

    /// "settlement", the province's kind ("marz", "rayon"), or an added
    /// feature's ("lake", "mountain", "region").
    public func kind(of target: Target) -> String {
        switch target {
        case let .settlement(s): addedKinds[s.id] ?? "settlement"
        case let .province(p): p.kind
        }
    }

    private func population(_ t: Target) -> Int {
        if case let .settlement(s) = t { return s.population ?? 0 }
        return -1
    }

    private func distance(_ t: Target, _ c: Coordinate) -> Double {
        switch t {
        case let .settlement(s): Geodesic.distance(s.coordinate, c)
        case let .province(p): (try? p.geometry.geodesicDistance(to: c)) ?? .infinity
        }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

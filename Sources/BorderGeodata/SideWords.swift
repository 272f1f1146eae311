/// The loaded theatres' sides as words: which side a report's words, a
/// speaker or a dataset's actor name; how to write a side back (adjective,
/// ACLED actor, UCDP party); and who a side fights (the other country of its
/// theatre's line). Everything comes from the manifests, so a new theatre
/// needs a pack, not code.
public struct SideWords: Sendable, Hashable {
    public let theatres: [TheatreManifest]
    /// Every side code, in load order (the order an incident lists its sides in).
    public let codes: [String]
    /// Lower-case word prefixes and the side each names.
    private let prefixes: [(prefix: String, code: String)]
    /// Sides that are no country of their pack (a breakaway's forces): named over the states beside them.
    private let nonStates: Set<String>
    private let speakers: [(phrase: String, code: String)]
    private let leaders: [String: (code: String, role: String)]

    public init(theatres: [TheatreManifest]) {
        self.theatres = theatres
        var seen = Set<String>(), sides: [TheatreManifest.Side] = [], nonStates = Set<String>()
        for t in theatres {
            for s in t.sides where seen.insert(s.code).inserted {
                sides.append(s)
                if !t.countries.contains(s.code) && !t.neighbours.contains(s.code) { nonStates.insert(s.code) }
            }
        }
        codes = sides.map(\.code)
        self.nonStates = nonStates
        var leaders: [String: (code: String, role: String)] = [:]
        for s in sides { for l in s.leaders where leaders[l.surname] == nil { leaders[l.surname] = (s.code, l.role) } }
        self.leaders = leaders
        prefixes = sides.flatMap { s in
            (s.names + s.adjectives.map { $0.lowercased() } + s.leaders.map(\.surname)).map { ($0, s.code) }
        }
        speakers = sides.flatMap { s in s.speakers.map { ($0.lowercased(), s.code) } }
    }

    public static func == (a: SideWords, b: SideWords) -> Bool { a.theatres == b.theatres }
    public func hash(into hasher: inout Hasher) { hasher.combine(theatres) }

    /// The side with `code`.
    public func side(_ code: String) -> TheatreManifest.Side? {
        for t in theatres { if let s = t.sides.first(where: { $0.code == code }) { return s } }
        return nil
    }

    /// Whether `code` is a side of a loaded theatre.
    public func isSide(_ code: String) -> Bool { codes.contains(code) }

    /// The codes of the sides one lower-case word names (a name, adjective or
    /// leader's surname it starts with); each part of a compound counts
    /// ("kyrgyz-tajik" names both).
    public func sides(namedBy word: String) -> [String] {
        var found: [String] = []
        let parts = word.contains("-") ? [word] + word.split(separator: "-").map(String.init) : [word]
        for part in parts {
            for (prefix, code) in prefixes where part.hasPrefix(prefix) && !found.contains(code) { found.append(code) }
        }
        return found
    }

    /// The one side `words` name: a breakaway's forces over the states beside
    /// them ("the Armenian-backed Karabakh army"), else a state named alone; nil
    /// when none or two states are named.
    public func side(of words: [String]) -> String? {
        var named: [String] = []
        for w in words { for c in sides(namedBy: w) where !named.contains(c) { named.append(c) } }
        if let nonState = named.first(where: nonStates.contains) { return nonState }
        return named.count == 1 ? named[0] : nil
    }

    /// The one state (no breakaway) `words` name, nil when none or two.
    public func state(of words: [String]) -> String? {
        var named: [String] = []
        for w in words {
            for c in sides(namedBy: w) where !nonStates.contains(c) && !named.contains(c) { named.append(c) }
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The side a speaker's lower-case name belongs to when it holds one of a manifest's speakers.
    public func speakerSide(_ name: String) -> String? {
        let phrase = name.lowercased()
        return speakers.first { phrase.contains($0.phrase) }?.code
    }

    /// The leader a lower-case word names by surname ("aliyev", "aliyev’s"): their side and role.
    public func leader(_ word: String) -> (code: String, role: String)? {
        leaders[word] ?? leaders.first { word.hasPrefix($0.key) }?.value
    }

    /// Every lower-case word of every speaker: the words a speaker's name is made of.
    public var speakerWords: Set<String> {
        Set(speakers.flatMap { $0.phrase.split(separator: " ").map(String.init) })
    }

    /// The other country of the line of the theatre `code` is a country of ("the enemy" in its account).
    public func opponent(of code: String) -> String? {
        guard let t = theatres.first(where: { $0.countries.contains(code) }) else { return nil }
        return t.countries.first { $0 != code }
    }

    /// How a title calls the side: its first adjective ("Armenian"), else its code.
    public func adjective(of code: String) -> String { side(code)?.adjectives.first ?? code }

    /// The side an ACLED actor or UCDP party names: one the manifests list
    /// first, else a side whose name the text holds (breakaways first), else nil.
    public func side(ofActor actor: String) -> String? {
        for t in theatres {
            for s in t.sides where s.acledActors.contains(actor) || s.ucdpActors.contains(actor) { return s.code }
        }
        let text = actor.lowercased()
        let holding = prefixes.filter { text.contains($0.prefix) }.map(\.code)
        return holding.first(where: nonStates.contains) ?? holding.first
    }

    /// The theatre whose sides include `code`.
    public func theatre(ofSide code: String) -> TheatreManifest? {
        theatres.first { $0.sides.contains { $0.code == code } }
    }

    /// The theatre an event belongs to: that of its first side with one, else
    /// that of its country, else the only loaded theatre.
    public func theatre(sides codes: [String], country: String?) -> TheatreManifest? {
        if let t = codes.lazy.compactMap(theatre(ofSide:)).first { return t }
        if let country, let t = theatres.first(where: { $0.countries.contains(country) }) { return t }
        return theatres.count == 1 ? theatres[0] : nil
    }
}

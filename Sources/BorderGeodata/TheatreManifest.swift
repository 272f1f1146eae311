import Foundation

/// A theatre pack's `manifest.json`: which border it is, whose sides, and
/// the words that name each side in reports.
public struct TheatreManifest: Sendable, Hashable, Codable {
    /// One side a claim, casualty figure or filter may name.
    public struct Side: Sendable, Hashable, Codable {
        /// The code used everywhere (ISO 3166-1 alpha-3 for states; e.g. "NK").
        public var code: String
        public var name: String
        /// Lower-case words that name the side or its people, matched as word prefixes.
        public var names: [String]
        /// How a title calls the side's people or authorities ("Armenian"): the first is written.
        public var adjectives: [String]
        /// Bodies and people that speak for the side, as reports write them.
        public var speakers: [String]
        /// Office-holders a report may name by surname alone, with their role in a claim.
        public var leaders: [Leader]
        /// ACLED's actor names for the side's forces (the first is written in an export).
        public var acledActors: [String]
        /// UCDP's names for the side (the first is written in an export).
        public var ucdpActors: [String]
        /// Gleditsch–Ward number, UCDP's gwnoa/gwnob (nil for a party without one).
        public var gwno: Int?
        /// ISO 3166-1 numeric code, ACLED's `iso` (nil for a party without one).
        public var isoNumeric: Int?

        public init(
            code: String, name: String, names: [String], adjectives: [String], speakers: [String],
            leaders: [Leader] = [], acledActors: [String] = [], ucdpActors: [String] = [], gwno: Int? = nil,
            isoNumeric: Int? = nil
        ) {
            self.code = code
            self.name = name
            self.names = names
            self.adjectives = adjectives
            self.speakers = speakers
            self.leaders = leaders
            self.acledActors = acledActors
            self.ucdpActors = ucdpActors
            self.gwno = gwno
            self.isoNumeric = isoNumeric
        }

        enum CodingKeys: String, CodingKey {
            case code, name, names, adjectives, speakers, leaders, gwno
            case acledActors = "acled_actors", ucdpActors = "ucdp_actors", isoNumeric = "iso_numeric"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            code = try c.decode(String.self, forKey: .code)
            name = try c.decode(String.self, forKey: .name)
            names = try c.decode([String].self, forKey: .names)
            adjectives = try c.decode([String].self, forKey: .adjectives)
            speakers = try c.decode([String].self, forKey: .speakers)
            leaders = try c.decodeIfPresent([Leader].self, forKey: .leaders) ?? []
            acledActors = try c.decode([String].self, forKey: .acledActors)
            ucdpActors = try c.decode([String].self, forKey: .ucdpActors)
            gwno = try c.decodeIfPresent(Int.self, forKey: .gwno)
            isoNumeric = try c.decodeIfPresent(Int.self, forKey: .isoNumeric)
        }
    }

    /// A person who speaks for a side: "Nikol Pashinyan", role "prime-minister".
    public struct Leader: Sendable, Hashable, Codable {
        public var name: String
        /// The claim role their words carry (prime-minister, president, government, …).
        public var role: String

        public init(name: String, role: String) {
            self.name = name
            self.role = role
        }

        /// The lower-case surname a report may use alone.
        public var surname: String { name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
    }

    /// A dataset the pack is built from.
    public struct Source: Sendable, Hashable, Codable {
        public var dataset: String
        public var version: String
        public var licence: String
        public var attribution: String
    }

    /// Lower-case letters, digits and `-`, as in `am-az`: also the folder's name.
    public var id: String
    public var title: String
    /// The two countries whose line this is (ISO 3166-1 alpha-3).
    public var countries: [String]
    /// Other countries of the pack's `countries` layer (context).
    public var neighbours: [String]
    /// The country on whose side a signed distance from the line is positive.
    public var positiveSide: String
    public var sides: [Side]
    /// How the datasets name the theatre's region and conflict, for an export (empty: not written).
    public var acledRegion: String
    public var ucdpRegion: String
    public var ucdpConflict: String
    public var sources: [Source]
    /// Dated versions of the line, oldest first; nil or one entry: the
    /// current layers decide every date.
    public var lineVersions: [LineVersion]?

    public init(
        id: String, title: String, countries: [String], neighbours: [String], positiveSide: String, sides: [Side],
        acledRegion: String = "", ucdpRegion: String = "", ucdpConflict: String = "", sources: [Source]
    ) {
        self.id = id
        self.title = title
        self.countries = countries
        self.neighbours = neighbours
        self.positiveSide = positiveSide
        self.sides = sides
        self.acledRegion = acledRegion
        self.ucdpRegion = ucdpRegion
        self.ucdpConflict = ucdpConflict
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case id, title, countries, neighbours, sides, sources
        case positiveSide = "positive_side", acledRegion = "acled_region", ucdpRegion = "ucdp_region"
        case ucdpConflict = "ucdp_conflict", lineVersions = "line_versions"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        countries = try c.decode([String].self, forKey: .countries)
        neighbours = try c.decode([String].self, forKey: .neighbours)
        positiveSide = try c.decode(String.self, forKey: .positiveSide)
        sides = try c.decode([Side].self, forKey: .sides)
        acledRegion = try c.decodeIfPresent(String.self, forKey: .acledRegion) ?? ""
        ucdpRegion = try c.decodeIfPresent(String.self, forKey: .ucdpRegion) ?? ""
        ucdpConflict = try c.decodeIfPresent(String.self, forKey: .ucdpConflict) ?? ""
        sources = try c.decode([Source].self, forKey: .sources)
        lineVersions = try c.decodeIfPresent([LineVersion].self, forKey: .lineVersions)
    }

    /// Reads and checks a manifest, naming the file and the problem.
    public static func read(contentsOf url: URL) throws(GeodataError) -> TheatreManifest {
        let manifest: TheatreManifest
        do {
            manifest = try JSONDecoder().decode(TheatreManifest.self, from: try Data(contentsOf: url))
        } catch let error as DecodingError {
            throw .source(file: url.path, line: nil, problem: Self.describe(error))
        } catch {
            throw .source(file: url.path, line: nil, problem: "cannot read: \(error.localizedDescription)")
        }
        if let problem = manifest.problem {
            throw .source(file: url.path, line: nil, problem: problem)
        }
        return manifest
    }

    /// What is inconsistent in a decoded manifest, if anything.
    var problem: String? {
        let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        if id.isEmpty || !id.allSatisfy(idCharacters.contains) {
            return "id \"\(id)\" must be lower-case letters, digits and -"
        }
        if countries.count != 2 { return "countries must name the two countries of the line" }
        if !countries.contains(positiveSide) {
            return "positive_side \"\(positiveSide)\" is not one of countries \(countries)"
        }
        let codes = sides.map(\.code)
        if Set(codes).count != codes.count { return "a side code is listed twice" }
        for country in countries where !codes.contains(country) {
            return "country \(country) has no entry in sides"
        }
        if let problem = sides.lazy.compactMap(\.problem).first { return problem }
        return LineVersion.problem(in: lineVersions ?? [])
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "\(path(context.codingPath + [key])): missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case let .dataCorrupted(context): return "\(path(context.codingPath)) \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

extension TheatreManifest.Side {
    /// What is wrong with the side's words, if anything, naming the side and the field.
    var problem: String? {
        func blank(_ list: [String]) -> Bool { list.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        if names.isEmpty || names.contains(where: { $0 != $0.lowercased() }) || blank(names) {
            return "side \(code): names must be non-empty lower-case words"
        }
        if adjectives.isEmpty || blank(adjectives) { return "side \(code): adjectives must list at least one word" }
        if blank(speakers) || blank(acledActors) || blank(ucdpActors) {
            return "side \(code): speakers, acled_actors and ucdp_actors may not hold an empty name"
        }
        if let leader = leaders.first(where: { $0.surname.isEmpty || $0.role.isEmpty }) {
            return "side \(code): leader \"\(leader.name)\" needs a name and a role"
        }
        if let gwno, gwno <= 0 { return "side \(code): gwno \(gwno) must be a positive Gleditsch–Ward number" }
        if let isoNumeric, !(1...999).contains(isoNumeric) {
            return "side \(code): iso_numeric \(isoNumeric) must be an ISO 3166-1 numeric code (1–999)"
        }
        return nil
    }
}

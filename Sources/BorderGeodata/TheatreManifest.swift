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
        /// Bodies and people that speak for the side.
        public var speakers: [String]

        public init(code: String, name: String, names: [String], speakers: [String]) {
            self.code = code
            self.name = name
            self.names = names
            self.speakers = speakers
        }
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
    public var sources: [Source]
    /// Dated versions of the line, oldest first; nil or one entry: the
    /// current layers decide every date.
    public var lineVersions: [LineVersion]?

    public init(
        id: String, title: String, countries: [String], neighbours: [String], positiveSide: String, sides: [Side],
        sources: [Source]
    ) {
        self.id = id
        self.title = title
        self.countries = countries
        self.neighbours = neighbours
        self.positiveSide = positiveSide
        self.sides = sides
        self.sources = sources
    }

    enum CodingKeys: String, CodingKey {
        case id, title, countries, neighbours, sides, sources
        case positiveSide = "positive_side"
        case lineVersions = "line_versions"
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
        if let side = sides.first(where: { $0.names.contains { $0 != $0.lowercased() || $0.isEmpty } }) {
            return "side \(side.code): names must be non-empty lower-case words"
        }
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

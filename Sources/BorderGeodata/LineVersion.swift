/// One dated version of a pack's line, as the manifest's `line_versions`
/// lists them: the `countries` layer of `file` decides the side of a point on
/// the days from `valid_from` up to (not including) `valid_to`.
public struct LineVersion: Sendable, Hashable, Codable {
    public var id: String
    /// First day in force, "YYYY-MM-DD".
    public var validFrom: String
    /// First day no longer in force, "YYYY-MM-DD"; nil while in force.
    public var validTo: String?
    /// A countries layer (same form as `countries.geojson`) relative to the
    /// pack's folder; the version in force today is `countries.geojson` itself.
    public var file: String
    /// The source release the version is taken from.
    public var source: String

    public init(id: String, validFrom: String, validTo: String?, file: String, source: String) {
        self.id = id
        self.validFrom = validFrom
        self.validTo = validTo
        self.file = file
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, file, source
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }

    /// Whether the version is in force on `day` ("YYYY-MM-DD", which orders as text).
    public func isInForce(on day: String) -> Bool {
        validFrom <= day && validTo.map { day < $0 } ?? true
    }

    /// Whether `text` is a calendar day written "YYYY-MM-DD".
    public static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year > 0
        else { return false }
        let lengths = [
            31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        return (1...12).contains(month) && (1...lengths[month - 1]).contains(day)
    }

    /// The file of the version in force today.
    public static let currentFile = "countries.geojson"

    /// What is inconsistent in a manifest's list of versions, if anything:
    /// well-formed days, ordered without gap or overlap, ids unique, and the
    /// last one open-ended on the current countries layer.
    static func problem(in versions: [LineVersion]) -> String? {
        guard !versions.isEmpty else { return nil }
        if Set(versions.map(\.id)).count != versions.count { return "line_versions: an id is listed twice" }
        for (i, v) in versions.enumerated() {
            let at = "line_versions[\(i)] (\(v.id))"
            if !isDay(v.validFrom) { return "\(at).valid_from \"\(v.validFrom)\" is not a day YYYY-MM-DD" }
            if let to = v.validTo {
                if !isDay(to) { return "\(at).valid_to \"\(to)\" is not a day YYYY-MM-DD" }
                if to <= v.validFrom { return "\(at): valid_to \(to) is not after valid_from \(v.validFrom)" }
            }
            if i + 1 < versions.count, v.validTo != versions[i + 1].validFrom {
                return "\(at): valid_to must be the next version's valid_from \(versions[i + 1].validFrom)"
            }
        }
        let last = versions[versions.count - 1]
        if last.validTo != nil || last.file != currentFile {
            return "line_versions: the last version must have no valid_to and file \(currentFile)"
        }
        return nil
    }
}

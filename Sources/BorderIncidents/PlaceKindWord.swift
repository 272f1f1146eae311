/// A word that says what kind of place a name is, as reports and analysts
/// write it ("Tovuz district", "Kalbajar regions", "town of Tegh"): the
/// gazetteer knows the place by its name alone, so a lookup that finds
/// nothing for the whole name tries it without that word, preferring places
/// of that kind.
enum PlaceKindWord: Equatable {
    /// A second-level unit: district, rayon, raion.
    case district
    /// A first-level unit or a region: region, province, marz, oblast, governorate, republic.
    case region
    /// A settlement or its municipality: village, town, city, jamoat, community.
    case settlement
    /// A border post or crossing: checkpoint, outpost, post, signpost, crossing.
    case post
    /// A water work: intake, headworks, distribution point, pumping station.
    case waterWork

    private static let words: [String: PlaceKindWord] = [
        "district": .district, "rayon": .district, "raion": .district,
        "region": .region, "province": .region, "marz": .region, "oblast": .region, "governorate": .region,
        "republic": .region,
        "village": .settlement, "town": .settlement, "city": .settlement, "settlement": .settlement,
        "jamoat": .settlement, "community": .settlement, "municipality": .settlement, "mahalla": .settlement,
        "checkpoint": .post, "outpost": .post, "post": .post, "signpost": .post, "crossing": .post,
        "intake": .waterWork, "headworks": .waterWork, "point": .waterWork, "center": .waterWork,
        "centre": .waterWork, "station": .waterWork,
    ]

    /// The gazetteer's kinds of a water work.
    private static let waterWorkKinds: Set<String> = ["water-intake", "reservoir", "dam", "canal"]

    /// The kind one word says, in the singular or the plural ("regions"), case aside; nil for any other word.
    init?(word: some StringProtocol) {
        let lower = word.lowercased()
        guard let kind = Self.words[lower] ?? (lower.hasSuffix("s") ? Self.words[String(lower.dropLast())] : nil)
        else { return nil }
        self = kind
    }

    /// The gazetteer's kinds of a second-level unit: a province of these kinds is a district (Azerbaijan's
    /// rayons stand first-level in the layers), and a swept district row is one.
    private static let districtKinds: Set<String> = ["district", "rayon", "raion"]

    /// How well `target`, of the gazetteer's `kind` ("settlement", "marz", "rayon", "district", "lake"…), is a
    /// place of this kind: 0 of the very kind, 1 a unit of the other level when a unit was asked for, nil not
    /// of this kind.
    func rank(_ target: Gazetteer.Target, kind: String) -> Int? {
        switch self {
        case .settlement: kind == "settlement" ? 0 : nil
        case .post: kind == "border-post" ? 0 : nil
        case .waterWork: Self.waterWorkKinds.contains(kind) ? 0 : nil
        case .district, .region:
            if case .settlement = target, kind != "district" && kind != "region" {
                nil
            } else {
                (self == .district) == Self.districtKinds.contains(kind) ? 0 : 1
            }
        }
    }
}

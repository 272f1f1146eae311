/// A last word that says what kind of place a name is, as reports and
/// analysts write it ("Tovuz district", "Kök-Tash village"): the gazetteer
/// knows the place by its name alone, so a lookup that finds nothing for the
/// whole name tries it without that word, preferring places of that kind.
enum PlaceKindWord: Equatable {
    /// A first- or second-level unit: district, region, province, rayon, marz, oblast.
    case unit
    /// A settlement or its municipality: village, town, city, jamoat, community.
    case settlement

    private static let words: [String: PlaceKindWord] = [
        "district": .unit, "region": .unit, "province": .unit, "rayon": .unit, "raion": .unit, "marz": .unit,
        "oblast": .unit, "governorate": .unit,
        "village": .settlement, "town": .settlement, "city": .settlement, "settlement": .settlement,
        "jamoat": .settlement, "community": .settlement, "municipality": .settlement, "mahalla": .settlement,
    ]

    /// The name without its last word and what that word says, when the last word is one of `words` and
    /// something is left before it; nil otherwise.
    static func split(_ name: String) -> (base: String, kind: PlaceKindWord)? {
        let words = name.split(separator: " ")
        guard words.count > 1, let kind = Self.words[words[words.count - 1].lowercased()] else { return nil }
        return (words.dropLast().joined(separator: " "), kind)
    }

    /// Whether `target`, of the gazetteer's `kind` ("settlement", "marz", "district", "lake"…), is a place of
    /// this kind: a unit is a province or a swept district or region, a settlement a settlement.
    func fits(_ target: Gazetteer.Target, kind: String) -> Bool {
        switch (self, target) {
        case (.unit, .province): true
        case (.unit, .settlement): kind == "district" || kind == "region"
        case (.settlement, .settlement): kind == "settlement"
        case (.settlement, .province): false
        }
    }
}

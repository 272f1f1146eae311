import BorderGeodata

extension PlaceFinder {
    /// "the Batken-Isfana highway", "the Isfara-Vorukh road": one hyphenated
    /// word the gazetteer does not know as a whole, whose every part is a
    /// place it does know, names a route between those places; the event lies
    /// along it, so each end is a place near it. Empty when any part is not a
    /// capitalised known place ("Kyrgyz-Tajik", "Armenia-Azerbaijan"), and when a word for a place follows
    /// ("the Ovchi-Qala jamoat"): the hyphenated word is then one place's name.
    func routeEnds(_ token: ReportText.Token, index: Int, sentence: ReportText.Sentence) -> [PlaceMention] {
        guard token.isWord, token.isCapitalized else { return [] }
        let next = index + 1 < sentence.tokens.count ? sentence.tokens[index + 1].lower : ""
        guard !Self.placeWords.contains(next) else { return [] }
        var parts: [(text: String, offset: Int)] = []
        var offset = 0
        for piece in token.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "‑" }) {
            parts.append((String(piece), offset))
            offset += piece.count + 1
        }
        guard parts.count >= 2 else { return [] }
        var ends: [PlaceMention] = []
        for part in parts {
            let key = NameFolding.key(part.text)
            guard let first = part.text.first, first.isUppercase, !notPlaceWords.contains(key) else { return [] }
            let candidates = gazetteer.candidates(key: key)
            guard !candidates.isEmpty else { return [] }
            var end = PlaceMention(
                text: part.text, sentence: sentence.index, start: token.start + part.offset,
                end: token.start + part.offset + part.text.count, firstToken: index, lastToken: index, feature: nil,
                candidates: candidates, relation: "near", precision: 2, excluded: nil, confidence: 0.6,
                explanation: "", statedCountry: nil)
            choose(&end, settlement: true, area: false, district: false, sector: false)
            end.explanation += "; an end of the route '\(token.text)'"
            ends.append(end)
        }
        return ends
    }

    /// Words after a name that make it a place's name: a settlement's, an area's, a Tajik jamoat's or
    /// mahalla's, a Kyrgyz aiyl's.
    static let placeWords = settlementWords.union(areaWords).union(districtWords).union([
        "jamoat", "jamoats", "mahalla", "mahallas", "aiyl", "ayil",
    ])
}

/// "the Nakhichevan Autonomous Republic (NAR)": a report that gives a place's initials in brackets after its name
/// then writes the initials for the place ("on the border with the NAR"); each such use is the place again.
enum PlaceAcronyms {
    /// Initials shorter than this are too often other things ("US", "UN").
    static let shortest = 3
    static let longest = 6

    /// The places of every sentence, with each use of a place's bracketed initials added as that place.
    static func added(_ report: ReportText, _ places: [[PlaceMention]]) -> [[PlaceMention]] {
        let defined = definitions(report, places)
        guard !defined.isEmpty else { return places }
        var out = places
        for s in report.sentences where out.indices.contains(s.index) {
            for (k, token) in s.tokens.enumerated() {
                guard let place = defined[token.text], !isBracketed(s.tokens, k),
                    !out[s.index].contains(where: { $0.firstToken <= k && $0.lastToken >= k })
                else { continue }
                var use = place
                (use.text, use.sentence, use.start, use.end) = (token.text, s.index, token.start, token.end)
                (use.firstToken, use.lastToken) = (k, k)
                use.explanation = "'\(token.text)' stands for \(place.text), as the report defines it"
                out[s.index].append(use)
            }
            out[s.index].sort { $0.firstToken < $1.firstToken }
        }
        return out
    }

    /// Initials in brackets right after a resolved place whose capitalised words they begin, with that place.
    static func definitions(_ report: ReportText, _ places: [[PlaceMention]]) -> [String: PlaceMention] {
        var defined: [String: PlaceMention] = [:]
        for s in report.sentences where places.indices.contains(s.index) {
            for m in places[s.index] where m.feature != nil && m.excluded == nil {
                // The name may go on in words the gazetteer leaves out ("Nakhichevan Autonomous Republic").
                var nameEnd = m.lastToken
                while nameEnd - m.lastToken < 3, nameEnd + 1 < s.tokens.count, s.tokens[nameEnd + 1].isWord,
                    s.tokens[nameEnd + 1].isCapitalized
                {
                    nameEnd += 1
                }
                let k = nameEnd + 2
                guard k + 1 < s.tokens.count, s.tokens[k - 1].text == "(", s.tokens[k + 1].text == ")" else {
                    continue
                }
                let initials = s.tokens[k].text
                let capitals = s.tokens[m.firstToken...nameEnd].filter { $0.isWord && $0.isCapitalized }
                    .compactMap(\.text.first).map(String.init).joined()
                guard (shortest...longest).contains(initials.count), initials == initials.uppercased(),
                    initials.allSatisfy(\.isLetter), capitals == initials
                else { continue }
                defined[initials] = m
            }
        }
        return defined
    }

    /// Whether the token at `k` is the bracketed definition itself.
    static func isBracketed(_ tokens: [ReportText.Token], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k - 1].text == "(" && tokens[k + 1].text == ")"
    }
}

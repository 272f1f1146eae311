import BorderGeodata
import BorderIncidents

/// One left-to-right pass over a sentence's tokens finding place names: the
/// longest run of capitalised words the gazetteer knows, read with the cue
/// words around it ("village of", "near", "towards", "X district"), a list
/// carrying its first cue ("near Sotk and Kut"), a route's two ends, and a
/// name after a settlement cue kept unresolved when the gazetteer lacks it.
struct PlaceScan {
    let finder: PlaceFinder
    let sentence: ReportText.Sentence
    let t: [ReportText.Token]
    let w: [String]
    /// Each capitalised word's name key ("" for any other token).
    let keys: [String]
    /// A photo caption or credit line: its places are the picture's, not the events'.
    let caption: Bool
    /// The last token of the names a byline opening the sentence gives, or -1 (`bylineNamesEnd`).
    let bylineEnd: Int
    var found: [PlaceMention] = []
    /// A cue ("settlement", "near") that carries over "X, Y and Z".
    var listCue: String?
    var lastEnd = -1
    var i = 0

    /// The words before a name that say what it is and how near.
    struct Cue {
        var before: String, before2: String, before3: String
        /// "village of X", "settlement X": the name is a settlement's.
        var strong: Bool
    }

    init(finder: PlaceFinder, sentence: ReportText.Sentence) {
        self.finder = finder
        self.sentence = sentence
        t = sentence.tokens
        w = t.map(\.lower)
        keys = t.map { tok in
            guard tok.isWord, tok.isCapitalized else { return "" }
            var text = tok.text
            if text.hasSuffix("'s") || text.hasSuffix("’s") { text = String(text.dropLast(2)) }
            return NameFolding.key(text)
        }
        // A credit line names an agency ("Image Credit: ANI"), and an agency's letters can be a village's name.
        let credit = zip(w, w.dropFirst()).contains { ["image", "picture", "video"].contains($0) && $1 == "credit" }
        caption =
            w.contains("photo") || w.contains("getty") || (w.contains("afp") && w.contains("via"))
            || w.contains("copyright") || credit
        bylineEnd = Self.bylineNamesEnd(t, keys: keys, finder: finder)
    }

    func word(_ k: Int) -> String { k >= 0 && k < w.count ? w[k] : "" }

    mutating func run() {
        while i < t.count {
            guard !keys[i].isEmpty, !finder.notPlaceWords.contains(keys[i]) || (i + 1 < t.count && !keys[i + 1].isEmpty)
            else {
                if t[i].isWord && !["and", "or"].contains(w[i]) && i > lastEnd + 1 { listCue = nil }
                i += 1
                continue
            }
            let cue = cue(at: i)
            if let match = longestMatch(at: i) {
                place(length: match.length, candidates: match.candidates, cue: cue, variant: match.variant)
            } else {
                unknownName(cue: cue)
            }
        }
    }

    /// The longest run of up to five capitalised words from `i` that the gazetteer knows, as written or in
    /// another spelling (`SpellingVariants`, then named), and what it may mean.
    func longestMatch(at i: Int) -> (length: Int, candidates: [Gazetteer.Target], variant: String?)? {
        var n = min(5, t.count - i)
        while n > 0, keys[i + n - 1].isEmpty { n -= 1 }
        while n > 0 {
            if keys[i..<(i + n)].allSatisfy({ !$0.isEmpty }) {
                let key = keys[i..<(i + n)].joined(separator: " ")
                for (k, spelling) in ([key] + SpellingVariants.variants(of: key)).enumerated() {
                    let c = finder.gazetteer.candidates(key: spelling)
                    if !c.isEmpty, n > 1 || !finder.notPlaceWords.contains(spelling) {
                        return (n, c, k == 0 ? nil : spelling)
                    }
                }
            }
            n -= 1
        }
        return nil
    }

    func cue(at i: Int) -> Cue {
        // "towards several towns such as Goris": the cue stands before the filler words.
        var cueAt = i - 1
        while cueAt > 0, finder.fillerWords.contains(word(cueAt)), i - cueAt < 6 { cueAt -= 1 }
        let before =
            cueAt < i - 1 && ["towards", "toward", "near", "around", "outside"].contains(word(cueAt))
            ? word(cueAt) : word(i - 1)
        let before2 = word(i - 2)
        return Cue(
            before: before, before2: before2, before3: word(i - 3),
            strong: (before == "of" && PlaceFinder.settlementWords.contains(before2))
                || PlaceFinder.settlementWords.contains(before))
    }

    /// A capitalised word the gazetteer does not know: a route's ends, a name after "village of" or before a word
    /// that makes it a local place or a post ("Kekh border post", "Bahor mahalla") kept unresolved (never
    /// dropped), or nothing.
    mutating func unknownName(cue: Cue) {
        let ends = finder.routeEnds(t[i], index: i, sentence: sentence)
        if !ends.isEmpty {
            found += ends.map {
                var m = $0
                m.excluded =
                    personReason(at: i, length: 1, candidates: [], variant: nil)
                    ?? finder.exclusion(m, t: t, w: w, sentence: sentence, caption: caption, opening: bylineEnd + 1)
                return m
            }
            lastEnd = i
            i += 1
            return
        }
        var j = i
        while j + 1 < t.count, !keys[j + 1].isEmpty { j += 1 }
        guard
            cue.strong || (listCue == "settlement" && ["and", ","].contains(cue.before))
                || Self.namesALocalPlace(word(j + 1), word(j + 2))
                    // "Tajikistan's Kekh border post", "the Tajik border post": a side's word names no place.
                    && !finder.fillerWords.contains(w[i]) && !finder.notPlaceWords.contains(keys[i])
        else {
            i += 1
            return
        }
        let text = t[i...j].map(\.text).joined(separator: " ")
        found.append(
            PlaceMention(
                text: text, sentence: sentence.index, start: t[i].start, end: t[j].end, firstToken: i,
                lastToken: j, feature: nil, candidates: [], relation: "near", precision: 2,
                excluded: caption ? "photo caption" : nil, confidence: 0.4,
                explanation: "'\(text)' is named as a place but the gazetteer does not know it",
                statedCountry: nil))
        lastEnd = j
        i = j + 1
    }

    /// A known name of `length` words at `i`: what kind of place the cues ask for, how near, and the country a
    /// phrase ties it to; the gazetteer's candidate that fits is chosen.
    mutating func place(length: Int, candidates: [Gazetteer.Target], cue: Cue, variant: String? = nil) {
        let last = i + length - 1
        let (before, before2) = (cue.before, cue.before2)
        let after = word(last + 1), after2 = word(last + 2), after3 = word(last + 3)
        // "Kut settlement of Gegharkunik region": the word after the name wins over the one before.
        if (cue.strong && !PlaceFinder.areaWords.contains(after)) || PlaceFinder.settlementWords.contains(after) {
            listCue = "settlement"
        } else if !(["and", ","].contains(before) && i <= lastEnd + 3) {
            listCue = nil
        }
        let wantsSector =
            PlaceFinder.sectorWords.contains(after) && (after2 == "of" || after2 == "the" || after == "direction")
            || (PlaceFinder.sectorWords.contains(after) && after2 == "")
            || after == "border" && PlaceFinder.sectorWords.contains(after2)
        let wantsArea =
            PlaceFinder.areaWords.contains(after) || (before == "of" && PlaceFinder.areaWords.contains(before2))
        let wantsDistrict =
            PlaceFinder.districtWords.contains(after) || (before == "of" && PlaceFinder.districtWords.contains(before2))
        let (relation, precision) = nearness(cue: cue, after: after)
        // The country a phrase such as "the Armenian village of" or "X in Armenia" ties the name to.
        let window = (max(0, i - 4)..<i).map { w[$0] } + [after, after2, after3]
        // "the Azerbaijani name for X" names, it does not place.
        let naming = window.contains {
            ["name", "names", "called", "calls", "known", "spelled", "maps"].contains($0)
        }
        var mention = PlaceMention(
            text: t[i...last].map(\.text).joined(separator: " "), sentence: sentence.index, start: t[i].start,
            end: t[last].end, firstToken: i, lastToken: last, feature: nil, candidates: candidates,
            relation: relation, precision: precision, excluded: nil, confidence: 0.8,
            explanation: "", statedCountry: naming ? nil : finder.sides.state(of: window))
        finder.choose(
            &mention, settlement: listCue == "settlement", area: wantsArea, district: wantsDistrict,
            sector: wantsSector)
        if Self.riverWords.contains(after) { readAsRiver(&mention, riverToken: last + 1) }
        if let variant {
            mention.confidence = min(mention.confidence, 0.6)
            mention.explanation += "; read as '\(variant)', another spelling of the name"
        }
        mention.excluded =
            personReason(at: i, length: length, candidates: candidates, variant: variant)
            ?? finder.exclusion(mention, t: t, w: w, sentence: sentence, caption: caption, opening: bylineEnd + 1)
        found.append(mention)
        lastEnd = last
        i = last + 1
    }

    /// "near X" and "outside X" are near, "towards X" towards, a list after a cue shares it; else at.
    func nearness(cue: Cue, after: String) -> (relation: String, precision: Int) {
        let (before, before2, before3) = (cue.before, cue.before2, cue.before3)
        if ["near", "outside", "around"].contains(before) || before == "to" && before2 == "close"
            || before == "of" && before2 == "vicinity"
        {
            return ("near", 2)
        } else if ["towards", "toward"].contains(before) || before == "of" && before2 == "direction"
            || after == "direction"
        {
            return ("towards", 2)
        } else if before == "of" && PlaceFinder.settlementWords.contains(before2)
            && ["near", "outside", "around"].contains(before3)
        {
            return ("near", 2)
        } else if let carried = found.last?.relation, ["and", ","].contains(before), i <= lastEnd + 2 {
            // "near Sotk and Verin Shorzha": the cue covers the list.
            return (carried, found.last?.precision ?? 1)
        }
        return ("at", 1)
    }

    static let riverWords: Set<String> = ["river", "river's", "river’s"]

    /// "the upper reaches of the Isfara river": a river, not the town or district that shares its name. A river the
    /// gazetteer holds is placed as that river; any other is kept unresolved, never placed at the town.
    func readAsRiver(_ m: inout PlaceMention, riverToken k: Int) {
        let name = m.text
        m.text = t[m.firstToken...k].map(\.text).joined(separator: " ")
        m.end = t[k].end
        m.lastToken = k
        let river = finder.gazetteer.candidates(name + " river").first { finder.gazetteer.kind(of: $0) == "river" }
        guard case let .settlement(s)? = river else {
            m.feature = nil
            m.candidates = []
            m.explanation = "'\(m.text)' names a river the gazetteer does not hold; not the place of that name"
            return
        }
        m.feature = .settlement(s)
        m.candidates = [.settlement(s)]
        m.relation = m.relation == "at" ? "on" : m.relation
        m.precision = max(m.precision, 2)
        m.explanation = "'\(m.text)' names the river \(s.name), not the place of that name"
    }

    /// Words after a name that make it a Tajik jamoat's or mahalla's, a Kyrgyz aiyl's, or a post's.
    static let localPlaceWords: Set<String> = [
        "jamoat", "jamoats", "mahalla", "mahallas", "aiyl", "ayil", "post", "posts", "outpost", "outposts",
        "checkpoint", "checkpoints",
    ]

    /// Whether the words after a name make it a local place's or a post's ("X mahalla", "X border post").
    static func namesALocalPlace(_ next: String, _ then: String) -> Bool {
        localPlaceWords.contains(next) || next == "border" && ["post", "posts", "outpost", "outposts"].contains(then)
    }
}

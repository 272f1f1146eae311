import BorderGeodata
import BorderIncidents

/// People's names that share their letters with a village's: a reporter in a
/// byline ("By A B and C D") and a given name before a surname ("C D said").
/// GeoNames lists many other spellings of a village, and a common given name
/// is often one of them.
extension PlaceScan {
    /// Why the name of `length` words at `k` is a person's, not a place's, or nil.
    func personReason(at k: Int, length: Int, candidates: [Gazetteer.Target], variant: String?) -> String? {
        if k + length - 1 <= bylineEnd { return "a reporter's name in the byline" }
        if length == 1, !candidates.isEmpty, isGivenName(at: k, candidates: candidates, variant: variant) {
            return "a person's given name, before the surname '\(t[k + 1].text)'"
        }
        if length == 1, isTitledName(at: k) {
            return "a person's given name, after the title '\(t[k - 1].text)' and before the surname '\(t[k + 1].text)'"
        }
        return nil
    }

    /// Titles of office that stand right before a person's name ("Foreign Minister Ararat Mirzoyan").
    static let officeTitles: Set<String> = [
        "minister", "president", "speaker", "ambassador", "spokesman", "spokeswoman", "spokesperson", "governor",
        "chairman", "commander", "general", "colonel", "major", "captain", "mayor", "mr", "mrs", "ms", "dr",
    ]

    /// Whether the one-word name at `k` is a given name: an office's title before it, and after it a word the
    /// gazetteer does not know that ends as the region's surnames do. Even a place's own name ("Ararat") is then
    /// a person's.
    func isTitledName(at k: Int) -> Bool {
        guard k > 0, k + 1 < t.count, t[k - 1].isCapitalized, Self.officeTitles.contains(word(k - 1)),
            Self.isNameWord(t[k + 1], key: keys[k + 1], finder: finder),
            Self.surnameEndings.contains(where: keys[k + 1].hasSuffix),
            finder.gazetteer.candidates(key: keys[k + 1]).isEmpty
        else { return false }
        return true
    }

    /// The last token of the names a sentence's byline gives ("By A B and C D DUSHANBE (Reuters) -"), or -1:
    /// after an opening "By", runs of at least two capitalised words, each ending in a word the gazetteer does
    /// not know (a surname), joined by "and" or commas, up to a dateline's capitals or any other word.
    static func bylineNamesEnd(_ t: [ReportText.Token], keys: [String], finder: PlaceFinder) -> Int {
        guard t.first?.lower == "by" else { return -1 }
        var end = -1
        var run = 0
        /// A run of names ends: it is a person's when it has a given name and a surname.
        func close(at k: Int) -> Bool {
            guard run >= 2, finder.gazetteer.candidates(key: keys[k]).isEmpty else { return false }
            end = k
            run = 0
            return true
        }
        var k = 1
        while k < t.count {
            if isNameWord(t[k], key: keys[k], finder: finder) {
                run += 1
            } else if run > 0, ["and", ","].contains(t[k].lower) {
                guard close(at: k - 1) else { break }
            } else {
                break
            }
            k += 1
        }
        if run > 0 { _ = close(at: k - 1) }
        return end
    }

    /// A capitalised word that can be part of a person's name: not a dateline's capitals, a weekday, a
    /// country's adjective or a word for a place.
    static func isNameWord(_ token: ReportText.Token, key: String, finder: PlaceFinder) -> Bool {
        guard token.isWord, token.isCapitalized, !key.isEmpty else { return false }
        if token.text.count > 2, token.text == token.text.uppercased() { return false }
        return !finder.notPlaceWords.contains(key) && !finder.fillerWords.contains(key)
            && !PlaceFinder.placeWords.contains(key) && !PlaceFinder.sectorWords.contains(key)
    }

    /// Endings of the surnames of the region (Russian, Ukrainian, Central Asian, Caucasian): a word the
    /// gazetteer does not know that ends so is a surname; other words after a name ("Valley", "Basin") are
    /// the place's own.
    static let surnameEndings = [
        "ov", "ova", "ev", "eva", "enko", "sky", "skiy", "skaya", "ski", "uly", "kyzy", "zoda", "zade", "yan",
        "dze", "shvili", "ovich", "evich", "ovna", "evna",
    ]

    /// A one-word name the gazetteer knows only by another spelling (an alternate name, a variant ending)
    /// followed by a surname it does not know: a given name ("Olga" is an alternate spelling of the village
    /// Alga). A name known by its own spelling stays a place.
    func isGivenName(at k: Int, candidates: [Gazetteer.Target], variant: String?) -> Bool {
        guard k + 1 < t.count, Self.isNameWord(t[k + 1], key: keys[k + 1], finder: finder),
            Self.surnameEndings.contains(where: keys[k + 1].hasSuffix),
            finder.gazetteer.candidates(key: keys[k + 1]).isEmpty,
            SpellingVariants.variants(of: keys[k + 1]).allSatisfy({ finder.gazetteer.candidates(key: $0).isEmpty })
        else { return false }
        return variant != nil || !candidates.contains { Self.isOwnName(keys[k], of: $0) }
    }

    /// Whether the key is the place's own name (as written or in ASCII), not one of its other names.
    static func isOwnName(_ key: String, of target: Gazetteer.Target) -> Bool {
        let names =
            switch target {
            case let .settlement(s): [s.name, s.asciiName]
            case let .province(p): [p.name, p.localName]
            }
        return names.contains { NameFolding.closedKey(NameFolding.key($0)) == NameFolding.closedKey(key) }
    }
}

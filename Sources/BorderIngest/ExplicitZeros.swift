import BorderIncidents

extension ClaimReader {
    /// Explicit zeros: "no losses", "no casualties", "ruled out any casualties", "no one was killed".
    func explicitZeros(_ t: [ReportText.Token], _ w: [String], from: Int, to: Int, claimantSide: String?) -> [Figure] {
        func word(_ k: Int) -> String { k >= from && k <= to ? w[k] : "" }
        var figures: [Figure] = []
        for k in from...to {
            if let zero = noOneHurt(t, w, at: k, from: from, to: to, claimantSide: claimantSide) {
                figures.append(zero)
                continue
            }
            let zeroAhead = w[k] == "no" || w[k] == "any" && Self.anyZeroLeads.contains(word(k - 1))
            guard zeroAhead else { continue }
            // "no reports of any casualties", "no immediate word of deaths": the zero is the losses'.
            let h = w[k] == "no" ? reportedLosses(after: k, word) : k
            // Absent reports are the writer's finding, not a speaker's count of its own side: no side named, all.
            let reported = h != k
            let next = word(h + 1), next2 = word(h + 2), next3 = word(h + 3)
            var kinds = Self.zeroKinds(next)
            if next == "one" && (next2 == "was" || next2 == "were") {
                kinds = [Self.kind(next3) ?? .killed]
            } else if !kinds.isEmpty, ["or", "and"].contains(next2) {
                // "no reports of injuries or deaths": both nouns are zeros.
                kinds += Self.zeroKinds(next3).filter { !kinds.contains($0) }
            }
            // "no civilian casualties": the zero is the civilians'.
            let civilians =
                ["civilian", "civilians"].contains(next) && ["losses", "casualties", "loss"].contains(next2)
            if civilians { kinds = [.killed, .wounded] }
            guard !kinds.isEmpty else { continue }
            let side =
                self.side(of: Array(w[max(from, k - 4)...min(to, h + 4)]).filter { $0 != "casualties" })
                ?? namedSide(w, after: h, to: to) ?? (reported ? nil : claimantSide) ?? "ALL"
            for kind in kinds {
                figures.append(
                    Figure(
                        side: side == "third" ? "ALL" : side, kind: kind, figure: CasualtyFigure(exactly: 0),
                        civilians: civilians, isTotal: false, start: t[k].start, end: t[min(to, h + 1)].end,
                        firstToken: k, lastToken: min(to, h + 1)))
            }
        }
        return figures
    }

    /// Words after which "any" losses are none: "ruled out any", "denied suffering any", "did not sustain any",
    /// "without any casualties".
    static let anyZeroLeads: Set<String> = [
        "out", "denied", "denies", "denying", "deny", "suffer", "suffering", "sustain", "without",
    ]

    /// "Nobody was wounded", "none of the Kyrgyz border guards was injured", "the driver was not hurt": a zero
    /// of the kind named after "was", for the side its subject names, else the claimant's.
    func noOneHurt(
        _ t: [ReportText.Token], _ w: [String], at k: Int, from: Int, to: Int, claimantSide: String?
    ) -> Figure? {
        func word(_ m: Int) -> String { m >= from && m <= to ? w[m] : "" }
        let isVerb = { (m: Int) in ["was", "were"].contains(word(m)) }
        let negated = isVerb(k) && word(k + 1) == "not"
        let verb: Int?
        if negated {
            verb = k
        } else if w[k] == "nobody" {
            verb = isVerb(k + 1) ? k + 1 : nil
        } else if w[k] == "none", word(k + 1) == "of", k + 2 <= to {
            // "none of the Kyrgyz border guards was": the first verb or loss word after the subject.
            let end = (k + 2...min(to, k + 8)).first { isVerb($0) || Self.kind(w[$0]) != nil }
            verb = end.flatMap { isVerb($0) ? $0 : nil }
        } else {
            verb = nil
        }
        guard let v = verb else { return nil }
        // "nobody was seriously injured" leaves the lightly injured uncounted: the loss word comes right after.
        let m = v + (negated ? 2 : 1)
        guard let kind = Self.kind(word(m)), kind == .killed || kind == .wounded else { return nil }
        let subject = negated ? Array(w[max(from, k - 6)..<k]) : Array(w[k..<v])
        let around = Array(w[max(from, k - 4)...min(to, m + 4)])
        let side = self.side(of: subject) ?? self.side(of: around) ?? claimantSide ?? "ALL"
        let first = negated ? max(from, k - 1) : k
        return Figure(
            side: side == "third" ? "ALL" : side, kind: kind, figure: CasualtyFigure(exactly: 0),
            civilians: Self.namesCivilians(subject), isTotal: false, start: t[first].start, end: t[m].end,
            firstToken: first, lastToken: m)
    }

    /// The kinds of loss a noun after a zero's "no" names: "casualties" both, "injuries" wounded, "deaths" killed.
    static func zeroKinds(_ noun: String) -> [CasualtyKind] {
        if ["losses", "casualties", "loss", "victims"].contains(noun) { return [.killed, .wounded] }
        if ["injuries", "injured", "wounded"].contains(noun) { return [.wounded] }
        if ["deaths", "dead", "fatalities"].contains(noun) { return [.killed] }
        return []
    }

    /// Words that report losses without counting them: "reports", "word", "information".
    static let lossReports: Set<String> = ["reports", "report", "word", "information", "news", "indication"]

    /// The token the losses of "no reports of any casualties" are read after: the "any" (or "of") that
    /// closes the reporting words following the "no" at `k`; `k` itself when none follow.
    func reportedLosses(after k: Int, _ word: (Int) -> String) -> Int {
        var m = k + 1
        if ["immediate", "official", "initial"].contains(word(m)) { m += 1 }
        guard Self.lossReports.contains(word(m)), ["of", "about", "on"].contains(word(m + 1)) else { return k }
        return word(m + 2) == "any" ? m + 2 : m + 1
    }

    /// "… no casualties or wounded from the Kyrgyz side": the side a "side"
    /// a few words after the zero names.
    func namedSide(_ w: [String], after k: Int, to: Int) -> String? {
        guard k + 2 <= to else { return nil }
        for m in (k + 2)...min(to, k + 8) where w[m] == "side" {
            if let named = sides.side(of: [w[m - 1]]) { return named }
        }
        // "no victims from among the border guards of Kyrgyzstan": the side the "among" phrase names.
        guard let among = (k + 1...min(to, k + 3)).first(where: { w[$0] == "among" }), among < to else { return nil }
        let phrase = w[(among + 1)...min(to, among + 8)].prefix { ![",", ".", ";", "and", "but"].contains($0) }
        return sides.side(of: Array(phrase))
    }
}

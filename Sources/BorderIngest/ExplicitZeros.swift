import BorderIncidents

extension ClaimReader {
    /// Explicit zeros: "no losses", "no casualties", "ruled out any casualties", "no one was killed".
    func explicitZeros(_ t: [ReportText.Token], _ w: [String], from: Int, to: Int, claimantSide: String?) -> [Figure] {
        func word(_ k: Int) -> String { k >= from && k <= to ? w[k] : "" }
        var figures: [Figure] = []
        for k in from...to {
            let zeroAhead =
                (w[k] == "no"
                    || w[k] == "any" && (word(k - 1) == "out" || word(k - 1) == "denied" || word(k - 1) == "suffer"))
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

    /// The kinds of loss a noun after a zero's "no" names: "casualties" both, "injuries" wounded, "deaths" killed.
    static func zeroKinds(_ noun: String) -> [CasualtyKind] {
        if ["losses", "casualties", "loss"].contains(noun) { return [.killed, .wounded] }
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
        return nil
    }
}

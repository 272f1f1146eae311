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
            let next = word(k + 1), next2 = word(k + 2), next3 = word(k + 3)
            var kinds: [CasualtyKind] = []
            if ["losses", "casualties", "loss"].contains(next) {
                kinds = [.killed, .wounded]
            } else if ["injuries", "injured", "wounded"].contains(next) {
                kinds = [.wounded]
            } else if ["deaths", "dead", "fatalities"].contains(next) {
                kinds = [.killed]
            } else if next == "one" && (next2 == "was" || next2 == "were") {
                kinds = [Self.kind(next3) ?? .killed]
            }
            // "no civilian casualties": the zero is the civilians'.
            let civilians =
                ["civilian", "civilians"].contains(next) && ["losses", "casualties", "loss"].contains(next2)
            if civilians { kinds = [.killed, .wounded] }
            guard !kinds.isEmpty else { continue }
            let side =
                self.side(of: Array(w[max(from, k - 4)...min(to, k + 4)]).filter { $0 != "casualties" })
                ?? namedSide(w, after: k, to: to) ?? claimantSide ?? "ALL"
            for kind in kinds {
                figures.append(
                    Figure(
                        side: side == "third" ? "ALL" : side, kind: kind, figure: CasualtyFigure(exactly: 0),
                        civilians: civilians, isTotal: false, start: t[k].start, end: t[min(to, k + 1)].end,
                        firstToken: k, lastToken: min(to, k + 1)))
            }
        }
        return figures
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

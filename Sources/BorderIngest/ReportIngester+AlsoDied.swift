import BorderIncidents
import BorderGeodata

/// "Six officers were killed in the fighting. An Azeri private also died, …": one more loss told with "also" in the
/// next sentence adds to the figure just given for that side, not a claim of one loss beside it.
extension ReportIngester {
    /// The loss verbs "also" comes before, by the kind of loss they tell.
    static let alsoLossVerbs: [String: CasualtyKind] = [
        "died": .killed, "killed": .killed, "wounded": .wounded, "injured": .wounded,
    ]

    /// One more loss a sentence tells: "a/an/one [side word] <one person> also <loss verb>", with the side the words
    /// name (nil when they name none) and the index of its "a".
    struct OneMoreLoss {
        var kind: CasualtyKind
        var side: String?
        var first: Int
    }

    /// Folds each sentence's one more loss into the figure of its side and kind in the sentence just before, and
    /// drops the figure of one the claim reader may have read for it.
    static func addTheOneWhoAlsoDied(_ segments: inout [Segment], report: ReportText, sides: SideWords) {
        for i in segments.indices {
            let w = report.sentences[segments[i].sentence].tokens.map(\.lower)
            guard let loss = oneMoreLoss(w, sides: sides),
                let (j, q, g) = lastFigure(of: loss, before: segments[i].sentence, in: segments)
            else { continue }
            let old = segments[j].claims[q].figures[g].figure
            segments[j].claims[q].figures[g].figure = CasualtyFigure(low: old.low + 1, high: old.high.map { $0 + 1 })
            for r in segments.indices where segments[r].sentence == segments[i].sentence {
                for c in segments[r].claims.indices {
                    segments[r].claims[c].figures.removeAll { $0.firstToken == loss.first && $0.figure.low == 1 }
                }
            }
        }
    }

    /// The one more loss the words tell ("an Azeri private also died"), or nil.
    static func oneMoreLoss(_ w: [String], sides: SideWords) -> OneMoreLoss? {
        for k in w.indices.dropLast(3) where ["a", "an", "one"].contains(w[k]) {
            for n in (k + 1)...min(k + 3, w.count - 3) where ClaimReader.singleVictims.contains(w[n]) {
                guard w[n + 1] == "also", let kind = alsoLossVerbs[w[n + 2]] else { continue }
                return OneMoreLoss(kind: kind, side: sides.side(of: Array(w[(k + 1)..<n])), first: k)
            }
        }
        return nil
    }

    /// The segment, reading and figure index of a figure of the loss's kind (and side, when it names one), not a
    /// running total, in the sentence just before (news paragraphs are often one sentence long, so across a
    /// paragraph's end too).
    static func lastFigure(of loss: OneMoreLoss, before sentence: Int, in segments: [Segment]) -> (Int, Int, Int)? {
        for j in segments.indices.reversed() where segments[j].sentence == sentence - 1 {
            for (q, r) in segments[j].claims.enumerated() {
                if let g = r.figures.lastIndex(where: {
                    $0.kind == loss.kind && !$0.isTotal && (loss.side == nil || loss.side == $0.side)
                }) {
                    return (j, q, g)
                }
            }
        }
        return nil
    }
}

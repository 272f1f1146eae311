import BorderGeodata

/// "14 people were injured. They were taken to Batken hospital.", "A resident of X village was wounded. … In
/// total, eight victims sought medical help.": losses that name no side are of the side on whose ground the
/// paragraph says the victims live or were treated, where it names one side only.
extension ReportIngester {
    /// Words right after a place that make it where the wounded were treated ("Batken hospital").
    static let treatmentWords: Set<String> = ["hospital", "hospitals", "clinic", "infirmary"]

    /// People a place is told of as theirs by their work ("a police officer of Isfara city", "workers of X"); not
    /// "residents of X", who may be those evacuated from it rather than the victims.
    static let peopleOfAPlace: Set<String> = [
        "officer", "officers", "policeman", "policemen", "employee", "employees", "worker", "workers", "teacher",
        "teachers", "farmer", "farmers", "shepherd", "shepherds",
    ]

    /// Whether a place mention is where victims live ("a resident of X", set aside as a home town; "a police officer
    /// of X city") or were treated ("taken to X hospital", "a hospital in X").
    static func isVictimsPlace(_ m: PlaceMention, _ w: [String]) -> Bool {
        if m.excluded == "a home town" { return true }
        guard m.excluded == nil || m.excluded == "the area the places before it lie in" else { return false }
        let after = m.lastToken + 1 < w.count ? w[m.lastToken + 1] : ""
        let before = w[max(0, m.firstToken - 3)..<m.firstToken]
        if m.firstToken >= 2, w[m.firstToken - 1] == "of", peopleOfAPlace.contains(w[m.firstToken - 2]) { return true }
        return treatmentWords.contains(after) || before.contains(where: treatmentWords.contains)
    }

    /// The country a place lies in.
    static func country(of m: PlaceMention) -> String? {
        switch m.feature {
        case let .settlement(x)?, let .region(x)?: x.country
        case let .province(p)?, let .borderSector(p)?: p.country
        case nil: nil
        }
    }

    /// Each figure without a side ("ALL") takes the one side of the victims' places its paragraph names.
    func sideFromVictimsPlaces(_ segments: inout [Segment], report: ReportText, places: [[PlaceMention]]) {
        var sideOfParagraph: [Int: String?] = [:]
        for i in segments.indices where segments[i].claims.contains(where: { $0.figures.contains { $0.side == "ALL" } })
        {
            let paragraph = segments[i].paragraph
            if sideOfParagraph[paragraph] == nil {
                let found = Set(
                    report.sentences.filter { $0.paragraph == paragraph }.flatMap { s in
                        let w = s.tokens.map(\.lower)
                        return places[s.index].filter { Self.isVictimsPlace($0, w) }.compactMap(Self.country(of:))
                    })
                sideOfParagraph[paragraph] = found.count == 1 && sides.isSide(found.first!) ? found.first : nil
            }
            guard let side = sideOfParagraph[paragraph] ?? nil else { continue }
            for r in segments[i].claims.indices {
                for f in segments[i].claims[r].figures.indices where segments[i].claims[r].figures[f].side == "ALL" {
                    segments[i].claims[r].figures[f].side = side
                }
            }
        }
    }
}

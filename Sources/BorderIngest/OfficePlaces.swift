/// "Rustam Saidov, the head of the Navgilem council in Tajikistan's Isfara district, said guards opened fire": an
/// official of a place who speaks of the fighting speaks for that place. The places his office names are where his
/// side met the fighting, so they are places of the incident his words are claims about.
extension ClaimReader {
    /// Where a person's office is told: the sentence and the office's tokens.
    struct Office {
        var sentence: Int
        var tokens: Range<Int>
    }

    /// The office of every person the report introduces with one (surname, lower-case), as first told.
    func introducedOffices(_ report: ReportText) -> [String: Office] {
        var offices: [String: Office] = [:]
        for s in report.sentences {
            for (surname, _, office) in introductions(s.tokens) where offices[surname] == nil {
                offices[surname] = Office(sentence: s.index, tokens: office)
            }
        }
        return offices
    }
}

extension IncidentAssembler {
    /// The places named in the offices of the people whose claims the group holds, as scene stretches.
    func officePlaces(of g: Group, in all: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        let speakers = Set(
            g.segments.flatMap(\.claims).compactMap { $0.claimant?.name.split(separator: " ").last?.lowercased() })
        return speakers.sorted().compactMap { offices[$0] }.flatMap { office in
            all.filter { $0.sentence == office.sentence }.map { stretch in
                var scene = stretch
                scene.places = stretch.places.filter { office.tokens.contains($0.firstToken) }
                // The office is part of the speaker's name in his sentence's claims: here it places, not speaks.
                scene.claims = []
                return scene
            }
        }
        .filter { Self.hasPlace($0.places) }
    }
}

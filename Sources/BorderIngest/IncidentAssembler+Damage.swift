/// "Damage in A, B and C communities", "houses were destroyed in A": a sentence that tells only damage tells no
/// event of its own, but where the fighting it follows from fell. Its places join the fighting of its paragraph,
/// else the report's first fighting incident (its lead: damage told apart from any event is the news's own).
extension IncidentAssembler {
    /// Words that tell damage done, not the fire that did it.
    static let damageWords: Set<String> = ["damage", "damaged", "destroyed", "destruction", "ruined"]

    /// The sentences of damage whose places are group `g`'s: eventless, naming a place, in its paragraph or, when
    /// `g` is the report's first fighting group (`lead`), anywhere. One that only says who said so ("…, the envoy
    /// said") tells no event either.
    static func damageScenes(of g: Group, lead: Bool, in all: [ReportIngester.Segment]) -> [ReportIngester.Segment] {
        let paragraphs = Set(g.segments.map(\.paragraph))
        return all.filter { s in
            (s.type == nil || s.type == .statement) && !g.segments.contains { $0.sentence == s.sentence }
                && s.claims.allSatisfy { $0.figures.isEmpty } && hasPlace(s.places)
                && s.words.contains(where: damageWords.contains) && (lead || paragraphs.contains(s.paragraph))
        }
    }
}

/// "They are called A, B and C in Azerbaijani", "It is known as A": a sentence that only names what the text before
/// it told of tells no event, but its places are the places of that event. They join the incident of the nearest
/// earlier sentence that tells one.
extension IncidentAssembler {
    /// Words a naming sentence opens with: what it names was told before.
    static let namingSubjects: Set<String> = ["they", "these", "it", "those"]
    /// Words that name, a few words after the subject ("they are called", "it is known as").
    static let namingVerbs: Set<String> = ["called", "named", "known"]

    /// Whether a segment only names what was told before it: "They are called …", "These are known as …".
    static func onlyNames(_ s: ReportIngester.Segment) -> Bool {
        guard let first = s.words.first, namingSubjects.contains(first) else { return false }
        return s.words.dropFirst().prefix(3).contains(where: namingVerbs.contains)
    }

    /// Adds each naming sentence's places to the group of the nearest earlier sentence told by a group.
    static func addNamedPlaces(_ groups: inout [Group], _ all: [ReportIngester.Segment]) {
        for s in all where onlyNames(s) && hasPlace(s.places) && s.claims.allSatisfy({ $0.figures.isEmpty }) {
            guard !groups.contains(where: { $0.segments.contains { $0.sentence == s.sentence } }) else { continue }
            let owner = groups.indices.compactMap { g in
                groups[g].segments.map(\.sentence).filter { $0 < s.sentence }.max().map { (g, $0) }
            }.max { $0.1 < $1.1 }
            if let (g, _) = owner { groups[g].scene.append(s) }
        }
    }
}

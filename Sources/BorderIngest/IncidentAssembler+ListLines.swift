/// "… opened two border checkpoints:" and then a line for each: a sentence that ends on a colon opens a list, and the
/// short lines after it name what it told of, so their places are the places of that sentence's incident.
extension IncidentAssembler {
    /// The most words a line of such a list has; a list line does not close as a sentence does.
    static let longestListLine = 8

    /// Whether a sentence is a line of a list: short and not closed by a full stop, a question or an exclamation.
    static func isListLine(_ s: ReportText.Sentence) -> Bool {
        s.tokens.filter(\.isWord).count <= longestListLine && !ReportIngester.isClosed(s)
    }

    /// Adds to each group the lines of the lists its stretches open with a colon, as the scene of the incident.
    func addListLines(_ groups: inout [Group], _ all: [ReportIngester.Segment]) {
        let told = Set(groups.flatMap { $0.segments.map(\.sentence) })
        for g in groups.indices {
            let openers = Set(
                groups[g].segments.filter { s in
                    let tokens = report.sentences[s.sentence].tokens
                    return tokens.last?.text == ":" && s.to == tokens.count - 1
                }.map(\.sentence))
            for opener in openers.sorted() {
                var k = opener + 1
                while k < report.sentences.count, !told.contains(k), Self.isListLine(report.sentences[k]) {
                    groups[g].scene += all.filter { $0.sentence == k }
                    k += 1
                }
            }
        }
    }
}

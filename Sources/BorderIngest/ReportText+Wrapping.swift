extension ReportText {
    /// The line breaks of a hard-wrapped text that only wrap a line ("… a joint meeting of\nthe delegations …"):
    /// where every line is short and at least half of them stop mid-sentence, a break after a line that fills
    /// most of the width and does not end a sentence is a space; other breaks still end sentences and paragraphs.
    static func wrappingBreaks(_ chars: [Unicode.Scalar]) -> Set<Int> {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in chars.enumerated() where c == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<chars.count)
        let trimmed = lines.map { line in
            line
                .lowerBound..<(line.reversed().first { !chars[$0].properties.isWhitespace }.map { $0 + 1 }
                ?? line.lowerBound)
        }
        let filled = trimmed.filter { !$0.isEmpty }
        guard filled.count >= 6, let width = filled.map(\.count).max(), width <= 100 else { return [] }
        func endsSentence(_ line: Range<Int>) -> Bool {
            line.last.map { ".!?:;\"”»’'".unicodeScalars.contains(chars[$0]) } ?? true
        }
        guard filled.filter({ !endsSentence($0) }).count * 2 >= filled.count else { return [] }
        return Set(
            trimmed.indices.dropLast().filter { k in
                trimmed[k].count * 5 >= width * 3 && !endsSentence(trimmed[k]) && !trimmed[k + 1].isEmpty
            }.map { lines[$0].upperBound })
    }
}

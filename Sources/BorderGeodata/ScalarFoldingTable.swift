/// Foundation's diacritic- and width-insensitive folding of each scalar of
/// a block, alone, as UTF-8; and which of them are marks (nonspacing or
/// enclosing), which fold away after a letter of some blocks.
struct ScalarFoldingTable: Sendable {
    let range: ClosedRange<UInt32>
    let folded: [[UInt8]]
    let isMark: [Bool]
    /// Whether Foundation drops a mark after a scalar of the block (after Latin, Greek and Cyrillic
    /// letters, not after Armenian or Georgian ones).
    let marksAfterFold: Bool

    init(_ range: ClosedRange<UInt32>, marksAfterFold: Bool) {
        self.range = range
        self.marksAfterFold = marksAfterFold
        folded = range.map { value in
            Unicode.Scalar(value).map { Array(NameFolding.foundationFolding(String(Character($0))).utf8) } ?? []
        }
        isMark = range.map { value in
            Unicode.Scalar(value).map { [.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory) }
                ?? false
        }
    }
}

import BorderGeodata
import Foundation
import Testing

/// The CSV/TSV reader on inputs that once broke it or that other tools accept.
@Suite struct DelimitedTextTests {
    /// Regression: a duplicated column name trapped in Dictionary(uniqueKeysWithValues:).
    @Test func duplicatedColumnIsRefusedWithItsLine() throws {
        #expect {
            _ = try DelimitedText(csv: "name,name\nSotk,Zod\n", file: "twice.csv")
        } throws: { error in
            "\(error)".contains("twice.csv") && "\(error)".contains("'name' named twice")
        }
    }

    @Test func byteOrderMarkAndQuotedLineBreaks() throws {
        let table = try DelimitedText(
            csv: "\u{FEFF}name,note\r\nSotk,\"Zod, in Soviet times;\nline two\"\r\nYeraskh,plain\r\n", file: "t.csv")
        #expect(table.header == ["name", "note"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]("note") == "Zod, in Soviet times;\nline two")
        #expect(table.rows[1].line == 4)
    }
}

/// The one record reader under every delimited format.
@Suite struct DelimitedRecordsTests {
    @Test func tabSeparatedTakesQuotesLiterallyAndSkipsComments() {
        let text = "# a comment\nkind\tname\n\nlake\t\"Sev Lich\" (Black Lake)\n# another\nmountain\tIshkhanasar\r\n"
        let records = Array(DelimitedRecords.tsv(Data(text.utf8)))
        #expect(records.map(\.line) == [2, 4, 6])
        #expect(records[1].fields == ["lake", "\"Sev Lich\" (Black Lake)"])
        #expect(records[2].fields == ["mountain", "Ishkhanasar"])
        #expect(records.allSatisfy { $0.problem == nil })
    }

    @Test func commaSeparatedQuotingSpansLinesAndABadRecordStaysAlone() {
        let bytes: [UInt8] =
            Array("id,notes\n1,\"two\nlines, one field\"\n2,caf".utf8) + [0xE9] + Array("\n3,\"unclosed\n".utf8)
        let records = Array(DelimitedRecords(Data(bytes)))
        #expect(records.map(\.line) == [1, 2, 4, 5])
        #expect(records[1].fields == ["1", "two\nlines, one field"])
        #expect(records[2].fields == nil && records[2].problem?.contains("not valid UTF-8") == true)
        #expect(records[3].problem?.contains("not closed") == true)
    }

    @Test func aCommentMarkIsDataUnlessCommentsAreOn() {
        #expect(Array(DelimitedRecords(Data("#x,y\n".utf8))).first?.fields == ["#x", "y"])
        #expect(Array(DelimitedRecords(Data("#x,y\n".utf8), comments: true)).isEmpty)
    }
}

import BorderGeodata
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
        let table = try DelimitedText(csv: "\u{FEFF}name,note\r\nSotk,\"Zod, in Soviet times;\nline two\"\r\nYeraskh,plain\r\n", file: "t.csv")
        #expect(table.header == ["name", "note"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]("note") == "Zod, in Soviet times;\nline two")
        #expect(table.rows[1].line == 4)
    }
}

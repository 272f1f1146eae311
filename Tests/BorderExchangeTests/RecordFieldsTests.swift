import Testing
@testable import BorderExchange

/// A row's fields as the store keeps them (`json`, an array of name-value pairs) read back as the same value.
@Suite struct RecordFieldsTests {
    let read = RecordFields(
        checked: ["event_id_cnty", "notes", "fatalities"], values: ["ARM1", "shelled \"Sotk\"", "2"])

    @Test func fieldsReadBackFromTheirJSONAreEqualAndHashAlike() throws {
        let stored = try RecordFields(json: read.json)
        #expect(stored == read)
        #expect(stored.hashValue == read.hashValue)
        #expect(stored.json == read.json)
        #expect(read.json == #"[["event_id_cnty","ARM1"],["notes","shelled \"Sotk\""],["fatalities","2"]]"#)
    }

    @Test func fieldsThatDifferAreNotEqual() throws {
        let other = RecordFields(
            checked: ["event_id_cnty", "notes", "fatalities"], values: ["ARM1", "shelled Sotk", "2"])
        #expect(other != read)
        #expect(try RecordFields(json: other.json) != read)
    }
}

import BorderExchange
import BorderGeodata
import Foundation
import Testing

/// Files read from disk a chunk and a batch at a time give what reading them whole gives.
@Suite struct StreamedReadTests {
    func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-stream-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: url)
        return url
    }

    func all(_ source: some EventSource, batch: Int) throws -> (batches: Int, read: ReadResult) {
        var reader = try source.batches(of: batch)
        var whole = ReadResult(), batches = 0
        while let next = try reader.next() {
            batches += 1
            whole.records += next.records
            whole.rejected += next.rejected
        }
        #expect(reader.fractionRead == 1)
        return (batches, whole)
    }

    /// Quoted fields holding commas, quotes and line breaks fall across chunk boundaries at every offset.
    @Test func recordsSpanningChunksReadAsFromMemory() throws {
        let text = "\u{FEFF}a,b\r\n1,\"x, \"\"y\"\"\nz\"\n\n2,w\n3,\"\n\"\n"
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = Array(DelimitedRecords(Data(text.utf8)))
        #expect(whole.map(\.line) == [1, 2, 5, 6])
        for chunk in 1...8 {
            var streamed = try DelimitedRecords.Iterator(file: url, chunkSize: chunk)
            var records: [DelimitedRecords.Record] = []
            while let r = streamed.next() { records.append(r) }
            #expect(records.map(\.fields) == whole.map(\.fields), "chunk \(chunk)")
            #expect(records.map(\.line) == whole.map(\.line), "chunk \(chunk)")
            #expect(streamed.bytesRead == Data(text.utf8).count)
        }
    }

    @Test func anACLEDFileStreamedInBatchesGivesTheRecordsOfTheWholeRead() throws {
        var text = SyntheticACLED.csv(rows: 230, seed: 7)
        text +=
            (["BAD1", "not a date"] + Array(repeating: "", count: ACLEDFormat.columns.count - 2))
            .joined(separator: ",") + "\n"
        let url = try write(text)
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = try ACLEDFormat.read(Data(text.utf8), file: url.lastPathComponent, sides: SideWords(theatres: []))
        #expect(whole.records.count == 230 && whole.rejected.count == 1)
        let (batches, streamed) = try all(
            EventFile(url: url, format: .acled, sides: SideWords(theatres: [])), batch: 50)
        #expect(batches == 5)
        #expect(streamed.records.map(\.key) == whole.records.map(\.key))
        #expect(streamed.records.map(\.digest) == whole.records.map(\.digest))
        #expect(streamed.records.map(\.line) == whole.records.map(\.line))
        #expect(streamed.rejected == whole.rejected)
        let (sliced, again) = try all(whole, batch: 100)
        #expect(sliced == 3 && again.records.map(\.key) == whole.records.map(\.key) && again.rejected == whole.rejected)
    }

    @Test func aStreamedFileWithoutTheRequiredColumnsIsRefusedBeforeAnyBatch() throws {
        let url = try write("event_id_cnty,notes\nARM1,x\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try EventFile(url: url, format: .acled, sides: SideWords(theatres: [])).batches(of: 10)
        } throws: { error in
            "\(error)".contains("line 1: not a ACLED file: the header lacks") && "\(error)".contains("latitude")
        }
    }
}

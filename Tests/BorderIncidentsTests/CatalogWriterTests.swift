import Foundation
import Testing
@testable import BorderIncidents

@Suite struct CatalogWriterTests {
    @Test func bundledCatalogRoundTrips() throws {
        let original = Shared.catalog
        let text = CatalogWriter.render(original)
        let again = try CatalogReader.read(Data(text.utf8))
        #expect(again.sources == original.sources)
        #expect(again.incidents.count == original.incidents.count)
        for (a, b) in zip(original.incidents, again.incidents) { #expect(a == b, "\(a.id)") }
        // A second pass writes the same bytes.
        #expect(CatalogWriter.render(again) == text)
    }

    @Test func statusIsReadAndAbsentMeansReviewed() throws {
        #expect(Shared.catalog.incidents.allSatisfy { $0.status == .reviewed })
        var proposed = Shared.catalog.incidents[0]
        proposed.status = .proposed
        let catalog = Catalog(sources: Shared.catalog.sources, incidents: [proposed])
        let text = CatalogWriter.render(catalog)
        #expect(text.contains("\"status\": \"proposed\""))
        #expect(try CatalogReader.read(Data(text.utf8)).incidents[0].status == .proposed)
        let bad = text.replacingOccurrences(of: "\"status\": \"proposed\"", with: "\"status\": \"maybe\"")
        #expect(throws: CatalogError.self) { try CatalogReader.read(Data(bad.utf8)) }
        do { _ = try CatalogReader.read(Data(bad.utf8)) } catch { #expect(error.path == "incidents[0].status") }
    }

    @Test func newRelativePhrases() throws {
        let sep13 = Day(iso: "2022-09-13")!  // a Tuesday
        #expect(try RelativeDate.resolve("yesterday", published: sep13).iso == "2022-09-12")
        #expect(try RelativeDate.resolve("last night", published: sep13).iso == "2022-09-12/2022-09-13")
        #expect(try RelativeDate.resolve("early Tuesday", published: sep13).iso == "2022-09-13")
        #expect(try RelativeDate.resolve("Monday night", published: sep13).iso == "2022-09-12")
        #expect(try RelativeDate.resolve("last Tuesday", published: sep13).iso == "2022-09-06")
        // The day before publication is "yesterday"; "last Monday" on a Tuesday is the week before.
        #expect(try RelativeDate.resolve("last Monday", published: sep13).iso == "2022-09-05")
        #expect(try RelativeDate.resolve("Monday", published: sep13).iso == "2022-09-12")
        #expect(try RelativeDate.resolve("last Sunday", published: sep13).iso == "2022-09-11")
        #expect(try RelativeDate.resolve("next Friday", published: sep13).iso == "2022-09-16")
        let mid = try RelativeDate.resolve("mid-July", published: sep13)
        #expect(mid.iso == "2022-07-11/2022-07-20" && mid.precision == .period)
        // Early, mid and late July share no day.
        #expect(try RelativeDate.resolve("early July", published: sep13).iso == "2022-07-01/2022-07-10")
        let since = try RelativeDate.resolve("since May", published: sep13)
        #expect(since.iso == "2022-05-01/2022-09-13" && since.precision == .period)
        #expect(try RelativeDate.resolve("late August", published: sep13).iso == "2022-08-21/2022-08-31")
        #expect(throws: RelativeDate.UnknownPhrase.self) { try RelativeDate.resolve("soon", published: sep13) }
    }
}

import BorderIncidents
import GeometryCore
import Testing

@testable import BorderQueries

/// The signatures a store keeps of each incident for counting read back as
/// what counting needs, and differ exactly when that differs.
@Suite struct CountedIncidentTests {
    static func facts(distance: Double = 3_200, claimant: String = "Armenian MoD") throws -> IncidentFacts {
        let point = try Coordinate(longitude: 45.6, latitude: 40.9)
        let place = PlaceFacts(
            name: "Chinari", coordinate: try Coordinate(longitude: 45.55, latitude: 40.95), country: "ARM",
            provinceID: "AM-TV", provinceName: "Tavush", borderDistance: distance, nearestSegment: "mainland",
            nearestBorderPoint: point, side: "ARM", theatre: "am-az")
        let unnamed = PlaceFacts(
            name: "", coordinate: point, country: nil, provinceID: nil, provinceName: nil, borderDistance: 60_000,
            nearestSegment: "mainland", nearestBorderPoint: point, side: "uncertain", theatre: nil)
        return IncidentFacts(
            id: "x1",
            date: IncidentDate(
                start: Day(year: 2021, month: 7, day: 28)!, end: Day(year: 2021, month: 8, day: 3)!, precision: .week,
                reading: "week of"),
            type: .shelling, sides: ["ARM", "AZE"], sources: ["s1"], claimants: [claimant, "Azerbaijani MoD"],
            figures: [
                ClaimedFigure(claimant: claimant, side: "ARM", kind: .wounded, figure: CasualtyFigure(exactly: 2)),
                ClaimedFigure(
                    claimant: "Azerbaijani MoD", side: "ARM", kind: .killed, figure: CasualtyFigure(atLeast: 1)),
            ], isLocated: true, places: [place, unnamed])
    }

    @Test func recordsOfOptionalTextRoundTripThroughTheirSeparatorsAndEscapes() {
        let records: [[String?]] = [["a", nil, ""], [], ["50%", "x\u{1F}y", "p\u{1E}q", "%1F"], [nil]]
        let text = SignatureCodec.encode(records)
        #expect(SignatureCodec.decode(text)! == records)
        #expect(SignatureCodec.encode([[""]]) != SignatureCodec.encode([[]]))
        #expect(SignatureCodec.decode("sa\u{1F}x") == nil, "a field must start with s or n")
        #expect(SignatureCodec.decode("s50%2") == nil, "a broken escape is not read")
    }

    @Test func aDateReadsBackWithoutItsReading() throws {
        let f = try Self.facts()
        let date = try #require(CountedIncident.date(from: CountedIncident(f).date))
        #expect(date.start == f.date.start && date.end == f.date.end && date.precision == .week && date.reading == "")
    }

    @Test func placesReadBackWithTheLeastDistanceOfTheirDepthBand() throws {
        let places = try #require(CountedIncident.places(from: CountedIncident(try Self.facts()).places))
        #expect(places.count == 2)
        #expect(places[0].provinceID == "AM-TV" && places[0].provinceName == nil && places[0].side == "ARM")
        #expect(places[0].borderDistance == 1_000 && places[1].borderDistance == 50_000)
        #expect(places[0].nearestBorderPoint == (try Coordinate(longitude: 45.6, latitude: 40.9)))
        #expect(places[1].provinceID == nil && places[1].theatre == nil && places[1].country == nil)
        #expect(CountedIncident.places(from: "")?.isEmpty == true)
    }

    /// A place with a district keeps its id as a ninth field; a signature of eight (written before districts,
    /// or of a place in a pack without them) reads back with none.
    @Test func aDistrictReadsBackAndEightFieldsReadAsNone() throws {
        var f = try Self.facts()
        f.places[0].districtID = "TJ.LE.IR"
        f.places[0].districtName = "Isfara"
        let signature = CountedIncident(f).places
        #expect(signature != CountedIncident(try Self.facts()).places)
        let places = try #require(CountedIncident.places(from: signature))
        #expect(places[0].districtID == "TJ.LE.IR" && places[0].districtName == nil)
        #expect(places[1].districtID == nil)
        let records = try #require(SignatureCodec.decode(signature))
        #expect(records.map(\.count) == [9, 8])
        let eight = SignatureCodec.encode(records.map { Array($0.prefix(8)) })
        #expect(try #require(CountedIncident.places(from: eight)).allSatisfy { $0.districtID == nil })
        #expect(CountedIncident.places(from: SignatureCodec.encode([records[0] + ["x"]])) == nil, "ten fields")
    }

    @Test func distancesInOneBandShareASignatureAndOtherBandsDoNot() throws {
        #expect(CountedIncident.depthBand(of: 999.9) == 0 && CountedIncident.depthBand(of: 1_000) == 1)
        #expect(CountedIncident.depthBand(of: 50_000) == 4)
        let a = CountedIncident(try Self.facts(distance: 1_200)), b = CountedIncident(try Self.facts(distance: 4_900))
        #expect(a.places == b.places)
        #expect(a.places != CountedIncident(try Self.facts(distance: 5_000)).places)
    }

    @Test func whatHappenedReadsBackWithEveryClaimantAndFigureInOrder() throws {
        let f = try Self.facts()
        let what = try #require(CountedIncident.what(from: CountedIncident(f).what))
        #expect(what.type == .shelling && what.sides == ["ARM", "AZE"])
        #expect(what.claimants == f.claimants && what.figures == f.figures)
        #expect(CountedIncident(f).what != CountedIncident(try Self.facts(claimant: "Armenian MoD ")).what)
    }
}

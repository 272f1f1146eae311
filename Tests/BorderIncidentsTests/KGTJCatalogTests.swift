import BorderGeodata
import BorderIncidents
import Foundation
import Testing

/// The Kyrgyzstan–Tajikistan catalog (`geodata/theatres/kg-tj/incidents.json`)
/// read and related with both packs loaded, as the command does.
@Suite struct KGTJCatalogTests {
    static let geodata: Geodata = {
        do { return try Geodata(directory: Shared.geodataDirectory) } catch { fatalError("\(error)") }
    }()
    static let catalog: Catalog = {
        do { return try CatalogReader.readBundled(in: Shared.geodataDirectory, theatres: ["kg-tj"]) } catch {
            fatalError("\(error)")
        }
    }()
    static let relater = Relater(geodata: geodata)

    func incident(_ id: String) throws -> Incident { try #require(Self.catalog.incident(id: id)) }

    /// Where the catalog says each named place is: (incident, place or province) → country, province.
    /// Ak-Say is left out: the pack's Vorukh ring takes in its GeoNames point (SOURCES.md).
    static let placed: [(incident: String, name: String, country: String, province: String)] = [
        ("2021-04-28-golovnoy-cameras", "Kök-Tash", "KGZ", "Batken"),
        ("2021-04-29-golovnoy-shooting", "Khojai Alo", "TJK", "Sughd"),
        ("2021-04-29-golovnoy-shooting", "Kök-Tash", "KGZ", "Batken"),
        ("2021-04-war", "Samarkandyk", "KGZ", "Batken"),
        ("2021-04-war", "Ak-Tatyr", "KGZ", "Batken"),
        ("2021-04-war", "Kara-Bak", "KGZ", "Batken"),
        ("2021-04-war", "Kulundu", "KGZ", "Batken"),
        ("2021-04-war", "Khojai Alo", "TJK", "Sughd"),
        ("2021-04-war", "Sughd", "TJK", "Sughd"),
        ("2022-01-27-khojai-alo-bridge", "Khojai Alo", "TJK", "Sughd"),
        ("2022-01-27-khojai-alo-bridge", "Isfara", "TJK", "Sughd"),
        ("2022-03-11-eki-tash", "Batken", "KGZ", "Batken"),
        ("2022-06-03-puli-oftobru", "Vorukh", "TJK", "Sughd"),
        ("2022-06-14-kekh", "Vorukh", "TJK", "Sughd"),
        ("2022-09-14-kekh-bulak-bashy", "Vorukh", "TJK", "Sughd"),
        ("2022-09-14-kekh-bulak-bashy", "Batken", "KGZ", "Batken"),
        ("2022-09-16-batken-outposts", "Samarkandyk", "KGZ", "Batken"),
        ("2022-09-16-maksat-car", "Maksat", "KGZ", "Batken"),
        (
            "2022-09-17-lakhsh-grad", "Districts of Republican Subordination", "TJK",
            "Districts of Republican Subordination"
        ),
    ]

    @Test func everyNamedPlaceIsInTheCountryAndProvinceTheCatalogSays() throws {
        for p in Self.placed {
            let relation = try Self.relater.relate(try incident(p.incident))
            let found = try #require(
                relation.locations.first { $0.location.name == p.name }, "\(p.incident): no location \(p.name)")
            #expect(found.country == p.country, "\(p.incident) \(p.name)")
            #expect(found.province?.name == p.province, "\(p.incident) \(p.name)")
            #expect(found.theatre == "kg-tj", "\(p.incident) \(p.name)")
        }
    }

    /// A village is in a district of its province; a location that names a whole province is in none.
    @Test func villagesAreInTheirDistrictsAndProvincesInNone() throws {
        let districts = [("Vorukh", "Isfara"), ("Khojai Alo", "Isfara"), ("Kulundu", "Leilek"), ("Kök-Tash", "Batken")]
        for p in Self.placed {
            let relation = try Self.relater.relate(try incident(p.incident))
            let found = try #require(relation.locations.first { $0.location.name == p.name })
            if p.name == p.province {
                #expect(found.district == nil, "\(p.incident) \(p.name)")
                continue
            }
            let district = try #require(found.district, "\(p.incident) \(p.name)")
            #expect(district.province == found.province?.id, "\(p.incident) \(p.name): \(district.label)")
            if let expected = districts.first(where: { $0.0 == p.name })?.1 {
                #expect(district.label == expected, "\(p.name): \(district.label)")
            }
        }
    }

    @Test func everyLocationIsAFeatureOfThePack() throws {
        for incident in Self.catalog.incidents {
            for location in try Self.relater.relate(incident).locations {
                #expect(location.theatre == "kg-tj", "\(incident.id): \(location.location.name)")
                #expect(["KGZ", "TJK"].contains(location.country ?? ""), "\(incident.id)")
            }
        }
    }

    /// The 2021 war is dated 28 April – 1 May 2021 and the 2022 war 14–17 September
    /// 2022 by their reports; every other incident falls in or between them.
    @Test func datesLieWithinTheClashesAsCited() throws {
        let war2021 = try incident("2021-04-war").date, war2022 = try incident("2022-09-war").date
        #expect(war2021.start == Day(iso: "2021-04-28") && war2021.end == Day(iso: "2021-05-01"))
        #expect(war2022.start == Day(iso: "2022-09-14") && war2022.end == Day(iso: "2022-09-17"))
        for incident in Self.catalog.incidents {
            #expect(incident.date.start >= war2021.start && incident.date.end <= war2022.end, "\(incident.id)")
            // The id starts with the date it is filed under.
            #expect(incident.date.start.description.hasPrefix(incident.id.prefix(7)), "\(incident.id)")
            // Nothing is reported before it happened.
            for id in incident.sources {
                let source = try #require(Self.catalog.source(id: id))
                #expect(incident.date.start <= source.published, "\(incident.id) cites \(id)")
                #expect(source.file.hasPrefix("http"), "\(id) is cited by its address")
            }
        }
    }

    /// Each claimant's toll of the 2021 war stays its own: the conservative
    /// Kyrgyz figure is the Health Ministry's first 13, the highest AKIpress's 35.
    @Test func tollsAreKeptPerClaimantNotSummed() throws {
        let summary = try incident("2021-04-war").summary
        let kyrgyzKilled = try #require(summary.entry(side: "KGZ", kind: .killed))
        #expect(kyrgyzKilled.conservative == 13 && kyrgyzKilled.high == 35 && kyrgyzKilled.disputed)
        #expect(kyrgyzKilled.claims.count == 3)
        let tajikKilled = try #require(summary.entry(side: "TJK", kind: .killed))
        #expect(tajikKilled.low == 10 && tajikKilled.high == 19)
    }
}

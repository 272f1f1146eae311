import Foundation
import Testing

/// `stats --by district`: an incident counts under the district of each of
/// its located places, as `query incidents` relates them; a pack without
/// districts counts everything under "(no district)".
@Suite struct StatsDistrictTests {
    /// The rows of `stats --format csv` (quoted fields with commas, no quotes inside, as it writes them).
    static func csvRows(_ text: String) -> [[String]] {
        // Split on any line end: "\r\n" is one Character, which a split on "\n" would not cut.
        text.split(whereSeparator: \.isNewline).map { line in
            var fields: [String] = []
            var field = ""
            var quoted = false
            for ch in line {
                if ch == "\"" {
                    quoted.toggle()
                } else if ch == ",", !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(ch)
                }
            }
            fields.append(field)
            return fields
        }
    }

    /// District label → the ids of the incidents with a place in it, from `query incidents` as JSON.
    static func districtsByQuery(theatre: String) throws -> (byDistrict: [String: Set<String>], none: Set<String>) {
        let r = try CommandRunner.run(["query", "incidents", "--theatre", theatre, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let incidents = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        var byDistrict: [String: Set<String>] = [:]
        var none = Set<String>()
        for incident in incidents {
            let id = try #require(incident["id"] as? String)
            let labels = ((incident["locations"] as? [[String: Any]]) ?? []).compactMap { $0["district"] as? String }
            if labels.isEmpty { none.insert(id) }
            for label in labels { byDistrict[label, default: []].insert(id) }
        }
        return (byDistrict, none)
    }

    @Test func kgTJIncidentsCountUnderTheDistrictsOfTheirPlaces() throws {
        let expected = try Self.districtsByQuery(theatre: "kg-tj")
        #expect(expected.byDistrict["Isfara"]?.isEmpty == false, "Vorukh and Kekh lie in Isfara district")
        #expect(expected.byDistrict.keys.contains("Batken") && expected.byDistrict.keys.contains("Leilek"))
        let r = try CommandRunner.run(["stats", "--by", "District", "--theatre", "kg-tj", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(r.stdout)
        #expect(rows.first?.prefix(4) == ["district", "incidents", "imprecise", "incident_ids"])
        var seen: [String: Set<String>] = [:]
        for row in rows.dropFirst() where row.count > 3 && row[0] != "total" {
            let ids = Set(row[3].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            #expect(Int(row[1]) == ids.count, "\(row[0])")
            seen[row[0]] = ids
        }
        #expect(seen.removeValue(forKey: "(no district)") ?? [] == expected.none)
        #expect(seen == expected.byDistrict)
    }

    @Test func aPackWithoutDistrictsCountsEveryIncidentUnderNoDistrict() throws {
        let expected = try Self.districtsByQuery(theatre: "am-az")
        #expect(expected.byDistrict.isEmpty && !expected.none.isEmpty)
        let r = try CommandRunner.run(["stats", "--by", "district", "--theatre", "am-az", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csvRows(r.stdout).dropFirst().filter { $0.first != "total" }
        #expect(rows.map { $0[0] } == ["(no district)"])
        #expect(rows.first.map { Int($0[1]) } == expected.none.count)
    }
}

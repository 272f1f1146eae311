import Foundation

/// `geodata/pipeline/provinces.tsv`: how each Natural Earth admin-1 polygon
/// is named, coded and corrected.
struct ProvinceTable {
    struct Entry {
        var sourceName: String
        var sourceGNName: String
        var name: String
        var localName: String
        var iso3166_2: String?
        var country: String
        var kind: String
        var region: String?
        var alternateNames: [String]
        var fix: String?
        /// The GeoNames first-level code of the unit, such as "AZ-28".
        var geonamesAdmin1: String?
        var line: Int
    }

    let entries: [Entry]

    init(contentsOf url: URL) throws {
        let table = try DelimitedText(tsv: String(contentsOf: url, encoding: .utf8), file: url.path)
        entries = table.rows.map { row in
            Entry(
                sourceName: row("source_name"), sourceGNName: row("source_gn_name"), name: row("name"),
                localName: row("local_name"), iso3166_2: row("iso_3166_2").isEmpty ? nil : row("iso_3166_2"),
                country: row("country"), kind: row("kind"), region: row("region").isEmpty ? nil : row("region"),
                alternateNames: row("alternate_names").split(separator: ";").map(String.init),
                fix: row("fix").isEmpty ? nil : row("fix"),
                geonamesAdmin1: row("geonames_admin1").isEmpty ? nil : row("geonames_admin1"), line: row.line)
        }
    }

    func entry(sourceName: String, gnName: String) -> Entry? {
        entries.first { $0.sourceName == sourceName && $0.sourceGNName == gnName }
    }
}

import BorderIncidents
import Foundation

/// The catalog's own JSON (`geodata/theatres/am-az/INCIDENTS.md`) as import records: each
/// incident under its own id, keyed "catalog:<id>", with the reports it cites.
public enum CatalogRecords {
    public static func read(_ data: Data, file: String) throws(FormatError) -> ReadResult {
        let catalog: Catalog
        do { catalog = try CatalogReader.read(data) } catch { throw FormatError(line: 1, message: "\(file): \(error)") }
        return records(catalog)
    }

    public static func records(_ catalog: Catalog) -> ReadResult {
        let records = catalog.incidents.enumerated().map { k, i in
            EventRecord(key: "catalog:\(i.id)", line: k + 1, source: nil, incident: i, digest: IncidentDigest.of(i))
        }
        return ReadResult(records: records, sources: catalog.sources)
    }
}

/// Decodes the `nearby` column of the locations one read goes through,
/// each distinct text once: events at the same place (a village's centroid,
/// as ACLED gives most) store the same nearby settlements, and parsing
/// their JSON was a fifth of reading a query's rows.
public struct NearbyReads {
    /// Past this many distinct texts a read decodes the rest as they come, so memory stays bounded.
    static let limit = 65_536
    private var decoded: [String: [RelationDetail.Nearby]] = [:]

    public init() {}

    /// `NearbyColumn.decode(text)`, from memory when this read has seen the text.
    public mutating func decode(_ text: String) throws -> [RelationDetail.Nearby] {
        if let known = decoded[text] { return known }
        let nearby = try NearbyColumn.decode(text)
        if decoded.count < Self.limit { decoded[text] = nearby }
        return nearby
    }
}

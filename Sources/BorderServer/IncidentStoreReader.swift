import BorderQueries

/// A store the server reads page by page instead of holding every incident:
/// where and when each located place is, and the few incidents of one page,
/// related from what the store keeps (nothing is related again).
public protocol IncidentStoreReader: Sendable {
    /// Every located place of every incident, in catalog order.
    func outline() throws -> IncidentOutline
    /// The incidents with these ids, in catalog order, with their relations.
    func related(only ids: [String]) throws -> RelatedCatalog
    /// The whole store related: what the answers pages cannot give need.
    func whole() throws -> RelatedCatalog
}

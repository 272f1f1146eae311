import Foundation
import GeometryCore

/// Which features a query selects, remembered per collection and selection
/// (the parsed filters, not the page), because map clients ask the same
/// query page after page and the data never changes while the server runs.
///
/// Keyed on the typed selection, never on query text: `type=a%26b` and
/// `type=a&b` are different selections and must not share an answer.
/// Bounded in bytes, not entries: one selection of a million features holds
/// 8 MB. Past the budget it starts afresh; a selection larger than the
/// whole budget is not kept.
final class MatchCache: Sendable {
    private let kept: BudgetCache<SelectionKey, [Int]>
    var budgetBytes: Int { kept.budgetBytes }

    init(budgetBytes: Int = 256 << 20) { kept = BudgetCache(budgetBytes: budgetBytes) }

    func matches(_ key: SelectionKey, compute: () throws -> [Int]) rethrows -> [Int] {
        if let hit = kept.value(for: key) { return hit }
        let value = try compute()
        kept.keep(value, for: key, size: Self.cost(key, value))
        return value
    }

    /// What the cache holds now, in bytes (the ids and the keys' text).
    var heldBytes: Int { kept.heldBytes }

    static func cost(_ key: SelectionKey, _ ids: [Int]) -> Int {
        ids.count * MemoryLayout<Int>.stride + key.textBytes + 64
    }
}

/// A selection of one collection, as `ItemsRequest` parsed it.
struct SelectionKey: Hashable, Sendable {
    var collection: String
    var box: Envelope?
    var from: String?
    var to: String?
    /// Property equalities in the order asked, each `[name, value]`.
    var equals: [[String]]
    /// The parsed CQL2 filter, written out with every string quoted and escaped.
    var filter: String?

    var textBytes: Int {
        collection.utf8.count + (from?.utf8.count ?? 0) + (to?.utf8.count ?? 0) + (filter?.utf8.count ?? 0)
            + equals.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
    }
}

extension ItemsRequest {
    func selectionKey(collection: String) -> SelectionKey {
        SelectionKey(
            collection: collection, box: box, from: from, to: to, equals: equals.map { [$0.name, $0.value] },
            filter: filter.map { String(reflecting: $0) })
    }
}

import Foundation

/// Which features a query selects, remembered per collection and query
/// (filters only: not the page), because map clients ask the same query
/// page after page and the data never changes while the server runs.
/// Bounded: past `capacity` queries it starts afresh.
final class MatchCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: [Int]] = [:]
    let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    func matches(_ key: String, compute: () -> [Int]) -> [Int] {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let value = compute()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        lock.unlock()
        return value
    }
}

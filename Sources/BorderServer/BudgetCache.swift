import Foundation

/// Values kept by key up to a budget in bytes, not entries, for answers the
/// server gives again: past the budget it starts afresh, and a value larger
/// than the whole budget is not kept. Safe from any thread.
final class BudgetCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]
    private var bytes = 0
    let budgetBytes: Int

    init(budgetBytes: Int) { self.budgetBytes = budgetBytes }

    func value(for key: Key) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    /// Keeps `value`, which costs `size` bytes, unless the key is already held.
    func keep(_ value: Value, for key: Key, size: Int) {
        guard size <= budgetBytes else { return }
        lock.lock()
        defer { lock.unlock() }
        guard entries[key] == nil else { return }
        if bytes + size > budgetBytes {
            entries.removeAll(keepingCapacity: true)
            bytes = 0
        }
        entries[key] = value
        bytes += size
    }

    /// What the cache holds now, in bytes.
    var heldBytes: Int {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }
}

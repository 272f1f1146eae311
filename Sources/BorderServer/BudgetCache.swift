import Synchronization

/// Values kept by key up to a budget in bytes, not entries, for answers the
/// server gives again: past the budget it starts afresh, and a value larger
/// than the whole budget is not kept. Safe from any thread.
final class BudgetCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Held: Sendable {
        var entries: [Key: Value] = [:]
        var bytes = 0
    }

    private let held = Mutex(Held())
    let budgetBytes: Int

    init(budgetBytes: Int) { self.budgetBytes = budgetBytes }

    func value(for key: Key) -> Value? { held.withLock { $0.entries[key] } }

    /// The values of `keys`, in order, under one lock: a page's hundred
    /// features taken one lock at a time made the lock the server's bottleneck.
    func values(for keys: [Key]) -> [Value?] { held.withLock { h in keys.map { h.entries[$0] } } }

    /// Keeps `value`, which costs `size` bytes, unless the key is already held.
    func keep(_ value: Value, for key: Key, size: Int) { keep([(key, value, size)]) }

    /// Keeps each value (see `keep(_:for:size:)`) under one lock.
    func keep(_ items: [(key: Key, value: Value, size: Int)]) {
        held.withLock { h in
            for (key, value, size) in items where size <= budgetBytes && h.entries[key] == nil {
                if h.bytes + size > budgetBytes {
                    h.entries.removeAll(keepingCapacity: true)
                    h.bytes = 0
                }
                h.entries[key] = value
                h.bytes += size
            }
        }
    }

    /// What the cache holds now, in bytes.
    var heldBytes: Int { held.withLock { $0.bytes } }
}

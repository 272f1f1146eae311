import Dispatch

/// Slots that worker threads fill, each slot by one worker only; read after
/// every worker has finished (`DispatchQueue.concurrentPerform` returns then).
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Value?>
    private let count: Int

    public init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    public func set(_ i: Int, _ value: Value?) { slots[i] = value }
    public var values: [Value?] { Array(UnsafeBufferPointer(start: slots, count: count)) }
}

extension Array where Element: Sendable {
    /// `transform` of every element, computed on the machine's cores, in the
    /// elements' order; throws the first element's failure, as `map` would.
    public func concurrentMap<T: Sendable, E: Error>(_ transform: @Sendable (Element) throws(E) -> T) throws(E)
        -> [T]
    {
        let results = ConcurrentSlots<Result<T, E>>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let items = self
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                results.set(i, Result { () throws(E) in try transform(items[i]) })
            }
        }
        var answers: [T] = []
        answers.reserveCapacity(count)
        for result in results.values { answers.append(try result!.get()) }
        return answers
    }
}

/// Runs `first` and `second` at the same time and returns both answers.
public func concurrently<A: Sendable, B: Sendable>(
    _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
) throws -> (A, B) {
    let a = ConcurrentSlots<Result<A, any Error>>(count: 1)
    let b = ConcurrentSlots<Result<B, any Error>>(count: 1)
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 { a.set(0, Result { try first() }) } else { b.set(0, Result { try second() }) }
            }
        }
    }
    return (try a.values[0]!.get(), try b.values[0]!.get())
}

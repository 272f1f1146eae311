/// The `capacity` nearest items offered so far, ordered by distance and then
/// by index (the order a stable sort of ascending indexes by distance gives).
struct NearestList {
    let capacity: Int
    private(set) var items: [(index: Int, distance: Double)] = []

    init(capacity: Int) {
        self.capacity = capacity
        items.reserveCapacity(capacity + 1)
    }

    var isFull: Bool { items.count >= capacity }

    /// The distance an item must not exceed to enter; infinite until full.
    var worst: Double { isFull ? items[items.count - 1].distance : .infinity }

    mutating func offer(index: Int, distance: Double) {
        func precedes(_ a: (index: Int, distance: Double)) -> Bool {
            distance < a.distance || (distance == a.distance && index < a.index)
        }
        if isFull, let last = items.last, !precedes(last) { return }
        var k = items.count
        while k > 0, precedes(items[k - 1]) { k -= 1 }
        items.insert((index, distance), at: k)
        if items.count > capacity { items.removeLast() }
    }
}

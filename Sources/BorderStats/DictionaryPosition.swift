extension Dictionary where Value == Int {
    /// The position filed under `key`; a new key is filed under the next one (the count of keys
    /// before it), for a list growing beside the dictionary, one element per key.
    mutating func position(of key: Key) -> (position: Int, isNew: Bool) {
        if let found = self[key] { return (found, false) }
        let next = count
        self[key] = next
        return (next, true)
    }
}

/// "works in a border area in a bid to 'adjust the border'", "under the guise of border adjustment": troops moving
/// the line on the ground is an incursion, the way the side whose ground it is reports it.
extension EventTyper {
    static let adjusting: Set<String> = ["adjust", "adjusting", "adjusted", "adjustment", "adjustments"]

    /// The index of the adjusting word next to "border" ("adjust the border", "border adjustment"), or nil.
    static func borderAdjustment(_ w: [String]) -> Int? {
        w.indices.first { k in
            adjusting.contains(w[k])
                && (w[(k + 1)...].prefix(2).contains("border") || (k > 0 && w[k - 1] == "border"))
        }
    }
}

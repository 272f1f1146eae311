/// "A quadcopter attempted reconnaissance flights over the positions", "a drone flew over the post": an aircraft
/// sent over the other side's ground is an incursion (into its airspace), not shelling, when nothing is fired.
extension EventTyper {
    static let flights: Set<String> = ["flight", "flights", "flew", "flying", "overflight", "overflights"]
    static let aircraft: Set<String> = [
        "quadcopter", "quadcopters", "quadrocopter", "quadrocopters", "drone", "drones", "uav", "uavs",
        "helicopter", "helicopters", "aircraft",
    ]

    /// The index of the word that tells the flight, or nil: "reconnaissance flight(s)", or a flight word with an
    /// aircraft before it and "over" after it.
    static func overflight(_ w: [String]) -> Int? {
        for k in w.indices where flights.contains(w[k]) {
            if k > 0, w[k - 1] == "reconnaissance" { return k }
            if w[..<k].contains(where: aircraft.contains), w[(k + 1)...].prefix(3).contains("over") { return k }
        }
        return nil
    }
}

/// "a man born in 1986 was killed", "born on 3 May 1990": a birth date dates a person, not an event the report tells.
extension DateReader {
    static func isBirthDate(_ w: [String], _ m: Mention) -> Bool {
        m.firstToken < w.count && w[max(0, m.firstToken - 2)...m.firstToken].contains("born")
    }
}

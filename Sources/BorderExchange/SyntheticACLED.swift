import BorderIncidents
import BorderQueries
import Foundation

/// ACLED-shaped rows at seeded random points over the Caucasus box the
/// benchmark uses (lon 43.4–50.5, lat 38.3–42.0), for load tests and
/// `make bench`: every column filled as an ACLED export fills it. Not data.
public enum SyntheticACLED {
    public static func csv(rows: Int, seed: UInt64) -> String {
        var rng = SplitMix64(state: seed)
        var csv = CSVWriter(header: ACLEDFormat.columns)
        let first = Day(year: 2018, month: 1, day: 1)!.ordinal
        let kinds: [EventType] = [.armedClash, .shelling, .armedClash, .capture, .incursion]
        for n in 0..<rows {
            let lon = 43.4 + rng.unit() * 7.1, lat = 38.3 + rng.unit() * 3.7
            let day = Day(ordinal: first + Int(rng.next() % 2_190))
            let (disorder, type, sub) = ACLEDFormat.acledType(kinds[n % kinds.count])
            let fatalities = Int(rng.next() % 4)
            csv.append([
                "SYN\(n)", day.description, "\(day.year)", "\(1 + n % 3)", disorder, type, sub,
                "Military Forces of Azerbaijan (2003-)", "", "1", "Military Forces of Armenia (2018-)", "", "1", "11",
                "",
                "51", "Caucasus and Central Asia", "Armenia", "", "", "", "Synthetic place \(n)",
                String(format: "%.5f", lat), String(format: "%.5f", lon), "\(1 + n % 3)", "Synthetic outlet",
                "National",
                n % 50 == 0 ? "Row \(n), with a comma, a \"quote\"\nand a line break" : "Row \(n)", "\(fatalities)", "",
                "\(1_600_000_000 + n)",
            ])
        }
        return csv.text
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a fixed seed gives the same
/// sequence on every machine.
public struct SplitMix64: Sendable {
    public var state: UInt64
    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

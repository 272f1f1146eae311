import Foundation

/// A number with a fixed count of decimals, the text C's `%.Nf` prints
/// (correctly rounded, ties to even, `-0.0…` for a negative that rounds to
/// zero), without Foundation's `String(format:)`, which builds a CFString
/// per call: a third of writing a query's CSV went there.
public enum FixedDecimal {
    /// The largest count of decimals the integer path takes; more go to C.
    static let maxPlaces = 9
    private static let powers: [Double] = (0...maxPlaces).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// `x` as `String(format: "%.\(places)f", x)` prints it.
    public static func text(_ x: Double, places: Int) -> String {
        precondition(places >= 0, "a count of decimals is not negative")
        guard places <= maxPlaces, x.isFinite else { return printed(x, places: places) }
        let scaled = abs(x) * powers[places]
        // Below 2^43 half an ulp of the product is under 1e-3 (2^-11).
        guard scaled < 8.0e12 else { return printed(x, places: places) }
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        // The product is within half an ulp of the exact one, so away from a half the rounding is
        // the exact value's; near a half, C decides from the exact binary value.
        guard abs(fraction - 0.5) > 1e-3 else { return printed(x, places: places) }
        let units = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
        return digits(units, places: places, negative: x.sign == .minus)
    }

    /// `units` written with its last `places` digits after the point.
    private static func digits(_ units: UInt64, places: Int, negative: Bool) -> String {
        var reversed: [UInt8] = []
        reversed.reserveCapacity(24)
        var rest = units
        for _ in 0..<places {
            reversed.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        if places > 0 { reversed.append(UInt8(ascii: ".")) }
        repeat {
            reversed.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        if negative { reversed.append(UInt8(ascii: "-")) }
        return String(decoding: reversed.reversed(), as: UTF8.self)
    }

    /// C's own formatting, for what the integer path does not take.
    private static func printed(_ x: Double, places: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 512) { buffer in
            let written = withVaList([Int32(places), x]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
            guard written > 0, written < buffer.count else { return String(format: "%.\(places)f", x) }
            return String(cString: buffer.baseAddress!)
        }
    }
}

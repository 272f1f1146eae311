/// Writes JSON text into a byte buffer, with numbers rounded to a chosen
/// number of decimals and no trailing zeros.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    public mutating func value(_ v: JSONValue, decimals: Int = 9) {
        switch v {
        case .null: raw("null")
        case let .bool(b): b ? raw("true") : raw("false")
        case let .number(n): number(n, decimals: decimals)
        case let .string(s): string(s)
        case let .array(a):
            byte(UInt8(ascii: "["))
            for (k, element) in a.enumerated() {
                if k > 0 { byte(UInt8(ascii: ",")) }
                value(element, decimals: decimals)
            }
            byte(UInt8(ascii: "]"))
        case let .object(o):
            object(o, decimals: decimals)
        }
    }

    public mutating func object(_ o: JSONObject, decimals: Int = 9) {
        byte(UInt8(ascii: "{"))
        for (k, member) in o.members.enumerated() {
            if k > 0 { byte(UInt8(ascii: ",")) }
            string(member.key)
            byte(UInt8(ascii: ":"))
            value(member.value, decimals: decimals)
        }
        byte(UInt8(ascii: "}"))
    }

    public mutating func string(_ s: String) {
        byte(UInt8(ascii: "\""))
        // Most strings need no escape: their bytes go in whole, not one append (and capacity check) each.
        let copied =
            s.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
                guard !utf8.contains(where: Self.needsEscape) else { return false }
                bytes.append(contentsOf: utf8)
                return true
            } ?? false
        if !copied { escaped(s) }
        byte(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    private mutating func escaped(_ s: String) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case ..<0x20:
                raw("\\u00")
                let hex = Array("0123456789abcdef".utf8)
                byte(hex[Int(b >> 4)])
                byte(hex[Int(b & 0xF)])
            default: byte(b)
            }
        }
    }

    /// A finite number rounded half away from zero to `decimals` places,
    /// written without exponent or trailing zeros ("45.869510", 6 → "45.86951").
    public mutating func number(_ n: Double, decimals: Int) {
        guard n.isFinite else { raw("null"); return }
        let places = max(0, min(decimals, 15))
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(n) * scale).rounded()
        guard scaled < 9.0e15 else {
            // Too large to split exactly; Swift's shortest representation is exact enough.
            bytes.append(contentsOf: Array(String(n).utf8))
            return
        }
        var integer = UInt64(scaled)
        if integer == 0 { byte(UInt8(ascii: "0")); return }
        if n < 0 { byte(UInt8(ascii: "-")) }
        var fraction = [UInt8]()
        var trimming = true
        for _ in 0..<places {
            let digit = UInt8(integer % 10)
            integer /= 10
            if trimming && digit == 0 { continue }
            trimming = false
            fraction.append(UInt8(ascii: "0") + digit)
        }
        appendInteger(integer)
        if !fraction.isEmpty {
            byte(UInt8(ascii: "."))
            bytes.append(contentsOf: fraction.reversed())
        }
    }

    private mutating func appendInteger(_ value: UInt64) {
        if value == 0 { byte(UInt8(ascii: "0")); return }
        var digits: [UInt8] = []
        var v = value
        while v > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(v % 10))
            v /= 10
        }
        bytes.append(contentsOf: digits.reversed())
    }
}

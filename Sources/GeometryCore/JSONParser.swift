import Foundation

/// A syntax error in JSON text, with where it is.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int
    public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes.
///
/// Written for the engine rather than taken from Foundation: it keeps the
/// order of object members, tells numbers from booleans, and reports the
/// line and column of a syntax error.
public struct JSONParser {
    let bytes: [UInt8]
    var i = 0
    var depth = 0

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    public static func parse(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
        try parse([UInt8](data))
    }

    /// A UTF-8 byte-order mark before the value is skipped, as GDAL and
    /// most tools do (RFC 8259 allows a parser to ignore it).
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let bytes = bytes.starts(with: utf8ByteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
        var parser = JSONParser(unpadded: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.i == bytes.count else { throw parser.fail("unexpected text after the JSON value") }
        return value
    }

    /// EF BB BF.
    public static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A parser at the start of `bytes` (a 0 is appended: the scanner stops on it instead of testing the end).
    init(unpadded bytes: [UInt8]) { self.bytes = bytes + [0] }

    func fail(_ message: String) -> JSONSyntaxError {
        var line = 1, column = 1
        for b in bytes[0..<min(i, bytes.count - 1)] {
            if b == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return JSONSyntaxError(message: message, line: line, column: column)
    }

    mutating func skipWhitespace() {
        while Self.isWhitespace(bytes[i]) { i += 1 }
    }

    /// Space, line feed, carriage return or tab: JSON's whitespace.
    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        switch bytes[i] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case 0 where i == bytes.count - 1: throw fail("unexpected end of input")
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(bytes[i])))'")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for b in w {
            guard bytes[i] == b else { throw fail("invalid literal, expected '\(word)'") }
            i += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth < 512 else { throw fail("nesting deeper than 512 levels") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var object = JSONObject()
        skipWhitespace()
        if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(object) }
        while true {
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a member name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            guard bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after member name \"\(key)\"") }
            i += 1
            skipWhitespace()
            guard object[key] == nil else { throw fail("duplicate member name \"\(key)\"") }
            object[key] = try parseValue()
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1; skipWhitespace()
            case UInt8(ascii: "}"): i += 1; return .object(object)
            default: throw fail("expected ',' or '}' in object")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(array) }
        while true {
            array.append(try parseValue())
            skipWhitespace()
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1; skipWhitespace()
            case UInt8(ascii: "]"): i += 1; return .array(array)
            default: throw fail("expected ',' or ']' in array")
            }
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = i
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        guard isDigit(bytes[i]) else { throw fail("invalid number") }
        // Digits are gathered as an integer for the exact fast path below.
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if isDigit(bytes[i]) { throw fail("invalid number: leading zero") }
        } else {
            while isDigit(bytes[i]) { mantissa = gather(mantissa, &digits); i += 1 }
        }
        if bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard isDigit(bytes[i]) else { throw fail("invalid number: no digit after '.'") }
            while isDigit(bytes[i]) { mantissa = gather(mantissa, &digits); fractionDigits += 1; i += 1 }
        }
        var hasExponent = false
        if bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            hasExponent = true
            i += 1
            if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard isDigit(bytes[i]) else { throw fail("invalid number: no digit in exponent") }
            while isDigit(bytes[i]) { i += 1 }
        }
        // Clinger's fast path: an integer below 2^53 divided by an exact power of ten is one correctly
        // rounded IEEE operation, so it equals strtod's answer; coordinates almost always qualify.
        if !hasExponent && digits <= 15 && fractionDigits < Self.exactPowersOfTen.count {
            let value = Double(mantissa) / Self.exactPowersOfTen[fractionDigits]
            return negative ? -value : value
        }
        // The grammar is checked above, so strtod reads exactly this number.
        let value = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.advanced(by: start).withMemoryRebound(to: CChar.self, capacity: i - start) {
                strtod($0, nil)
            }
        }
        guard value.isFinite else { throw fail("number out of range") }
        return value
    }

    /// 10^0 … 10^22, every one exactly representable as a Double.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { p, _ in p * 10 } }

    /// The mantissa with the digit at `i` appended; past 15 digits only the count matters (strtod reads it).
    private func gather(_ mantissa: UInt64, _ digits: inout Int) -> UInt64 {
        digits += 1
        return digits <= 15 ? mantissa &* 10 &+ UInt64(bytes[i] &- UInt8(ascii: "0")) : mantissa
    }

    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes.
        while bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "\\") {
            guard bytes[i] >= 0x20 else {
                throw fail(
                    bytes[i] == 0 && i == bytes.count - 1 ? "unterminated string" : "control character in string")
            }
            i += 1
        }
        if bytes[i] == UInt8(ascii: "\"") {
            defer { i += 1 }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
        var buffer = Array(bytes[start..<i])
        while true {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                try parseEscape(into: &buffer)
            case 0 where i == bytes.count - 1:
                throw fail("unterminated string")
            case ..<0x20:
                throw fail("control character in string")
            default:
                buffer.append(b)
                i += 1
            }
        }
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let c = bytes[i]
        i += 1
        switch c {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800..<0xDC00).contains(scalar) {
                guard bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                    throw fail("unpaired surrogate in \\u escape")
                }
                i += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid low surrogate in \\u escape") }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw fail("unpaired surrogate in \\u escape")
            }
            buffer.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            i -= 1
            throw fail("invalid escape '\\\(Character(Unicode.Scalar(c)))'")
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            i += 1
        }
        return value
    }
}

import GeometryCore

/// A recursive-descent reader of CQL2-text (precedence: NOT, AND, OR).
struct CQL2Parser {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    private func fail(_ message: String) -> CQL2.SyntaxError { CQL2.SyntaxError(position: i + 1, message: message) }

    private mutating func skipSpace() { while i < chars.count, chars[i].isWhitespace { i += 1 } }

    /// Consumes a keyword (case-insensitive, whole word) if it is next.
    private mutating func keyword(_ k: String) -> Bool {
        skipSpace()
        let word = Array(k)
        guard i + word.count <= chars.count, String(chars[i..<(i + word.count)]).uppercased() == k else { return false }
        if i + word.count < chars.count,
            chars[i + word.count].isLetter || chars[i + word.count].isNumber || chars[i + word.count] == "_"
        {
            return false
        }
        i += word.count
        return true
    }

    private mutating func symbol(_ s: String) -> Bool {
        skipSpace()
        let sym = Array(s)
        guard i + sym.count <= chars.count, Array(chars[i..<(i + sym.count)]) == sym else { return false }
        i += sym.count
        return true
    }

    private mutating func expect(_ s: String) throws(CQL2.SyntaxError) {
        guard symbol(s) else { throw fail("expected '\(s)'") }
    }

    mutating func end() throws(CQL2.SyntaxError) {
        skipSpace()
        guard i == chars.count else { throw fail("unexpected '\(String(chars[i...].prefix(12)))'") }
    }

    mutating func expression() throws(CQL2.SyntaxError) -> CQL2 {
        var left = try conjunction()
        while keyword("OR") { left = .or(left, try conjunction()) }
        return left
    }

    private mutating func conjunction() throws(CQL2.SyntaxError) -> CQL2 {
        var left = try negation()
        while keyword("AND") { left = .and(left, try negation()) }
        return left
    }

    private mutating func negation() throws(CQL2.SyntaxError) -> CQL2 {
        if keyword("NOT") { return .not(try negation()) }
        if symbol("(") {
            let inner = try expression()
            try expect(")")
            return inner
        }
        return try predicate()
    }

    private mutating func predicate() throws(CQL2.SyntaxError) -> CQL2 {
        if keyword("TRUE") { return .constant(true) }
        if keyword("FALSE") { return .constant(false) }
        if keyword("S_INTERSECTS") {
            try expect("(")
            let property = try identifier()
            guard property.lowercased() == "geometry" else { throw fail("S_INTERSECTS tests the feature's 'geometry'") }
            try expect(",")
            let shape = try geometry()
            try expect(")")
            return .intersects(shape)
        }
        let property = try identifier()
        let negated = keyword("NOT")
        var result: CQL2
        if keyword("LIKE") {
            guard case let .string(pattern) = try literal() else { throw fail("LIKE takes a quoted pattern") }
            result = .like(property, pattern: pattern)
        } else if keyword("BETWEEN") {
            let low = try number()
            guard keyword("AND") else { throw fail("expected AND between the bounds of BETWEEN") }
            let high = try number()
            result = .between(property, low, high)
        } else if keyword("IN") {
            try expect("(")
            var list = [try literal()]
            while symbol(",") { list.append(try literal()) }
            try expect(")")
            result = .isIn(property, list)
        } else if !negated, keyword("IS") {
            let not = keyword("NOT")
            guard keyword("NULL") else { throw fail("expected NULL after IS") }
            return not ? .not(.isNull(property)) : .isNull(property)
        } else if !negated {
            for op in ["<>", "<=", ">=", "=", "<", ">"] where symbol(op) {
                return .compare(property, CQL2.Operator(rawValue: op)!, try literal())
            }
            throw fail("expected a comparison (=, <>, <, <=, >, >=), LIKE, BETWEEN, IN or IS NULL after '\(property)'")
        } else {
            throw fail("expected LIKE, BETWEEN or IN after NOT")
        }
        return negated ? .not(result) : result
    }

    private mutating func identifier() throws(CQL2.SyntaxError) -> String {
        skipSpace()
        if symbol("\"") {
            let start = i
            while i < chars.count, chars[i] != "\"" { i += 1 }
            guard i < chars.count else { throw fail("unterminated quoted property name") }
            defer { i += 1 }
            return String(chars[start..<i])
        }
        let start = i
        while i < chars.count,
            chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "-" || chars[i] == "."
        { i += 1 }
        guard i > start, chars[start].isLetter || chars[start] == "_" else { throw fail("expected a property name") }
        return String(chars[start..<i])
    }

    private mutating func literal() throws(CQL2.SyntaxError) -> CQL2.Literal {
        skipSpace()
        let opening = i
        if symbol("'") {
            var out = ""
            while true {
                guard i < chars.count else { i = opening; throw fail("unterminated string (it opens here)") }
                if chars[i] == "'" {
                    if i + 1 < chars.count, chars[i + 1] == "'" { out.append("'"); i += 2; continue }
                    i += 1
                    return .string(out)
                }
                out.append(chars[i])
                i += 1
            }
        }
        if keyword("TRUE") { return .bool(true) }
        if keyword("FALSE") { return .bool(false) }
        // DATE('…') and TIMESTAMP('…') compare as their text, like the features' ISO dates.
        if keyword("DATE") || keyword("TIMESTAMP") {
            try expect("(")
            let inner = try literal()
            try expect(")")
            return inner
        }
        return .number(try number())
    }

    private mutating func number() throws(CQL2.SyntaxError) -> Double {
        skipSpace()
        let start = i
        if i < chars.count, chars[i] == "-" || chars[i] == "+" { i += 1 }
        while i < chars.count,
            chars[i].isNumber || chars[i] == "." || chars[i] == "e" || chars[i] == "E"
                || ((chars[i] == "-" || chars[i] == "+") && i > start && (chars[i - 1] == "e" || chars[i - 1] == "E"))
        { i += 1 }
        guard let n = Double(String(chars[start..<i])), n.isFinite else {
            i = start; throw fail("expected a number or a quoted string")
        }
        return n
    }

    /// `BBOX(minLon, minLat, maxLon, maxLat)` or a WKT geometry in CRS84.
    private mutating func geometry() throws(CQL2.SyntaxError) -> Geometry {
        if keyword("BBOX") {
            try expect("(")
            var v = [try number()]
            while symbol(",") { v.append(try number()) }
            try expect(")")
            guard v.count == 4, v[0] <= v[2], v[1] <= v[3] else {
                throw fail("BBOX takes minLon, minLat, maxLon, maxLat")
            }
            do {
                let ring = try [(v[0], v[1]), (v[2], v[1]), (v[2], v[3]), (v[0], v[3]), (v[0], v[1])].map {
                    c throws(GeometryError) in
                    try Coordinate(longitude: c.0, latitude: c.1)
                }
                return .polygon(try Polygon(rings: [ring]))
            } catch { throw fail("BBOX: \(error)") }
        }
        // WKT runs to the parenthesis that closes it.
        skipSpace()
        let start = i
        var depth = 0
        while i < chars.count {
            if chars[i] == "(" { depth += 1 }
            if chars[i] == ")" { if depth == 0 { break }; depth -= 1; if depth == 0 { i += 1; break } }
            i += 1
        }
        let wkt = String(chars[start..<i])
        do { return try Geometry(wkt: wkt) } catch {
            i = start
            throw fail("expected BBOX(…) or a WKT geometry: \(error)")
        }
    }
}

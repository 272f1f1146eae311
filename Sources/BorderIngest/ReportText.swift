import Foundation

/// A report as plain text, split into sentences that remember where they
/// are, so that every fact read from it can point at its words.
///
/// Offsets are counted in Unicode scalars from the start of `text` (as
/// Python indexes a `str`); `text` is the input after HTML was stripped.
public struct ReportText: Sendable {
    public struct Sentence: Sendable {
        public var index: Int
        /// Scalar offsets of the sentence in `ReportText.text`.
        public var start: Int
        public var end: Int
        public var text: String
        /// The paragraph it belongs to (0-based).
        public var paragraph: Int
    }

    public let text: String
    public let sentences: [Sentence]

    /// Reads plain text or an HTML page (markup stripped, paragraphs kept).
    public init(_ input: String) {
        let plain = Self.looksLikeHTML(input) ? HTMLText.plain(input) : input.replacingOccurrences(of: "\r\n", with: "\n")
        text = plain
        sentences = Self.split(plain)
    }

    static func looksLikeHTML(_ s: String) -> Bool {
        let head = s.prefix(2000).lowercased()
        return head.contains("<html") || head.contains("<p>") || head.contains("<p ") || head.contains("<body")
            || head.contains("<div") || head.contains("<!doctype html")
    }

    /// Abbreviations after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "jan",
                                             "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                             "no", "vs", "etc", "e.g", "i.e", "u.s", "u.n", "u.k", "approx", "km", "sq"]

    static func split(_ text: String) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var paragraph = 0
        var start = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if e > s {
                var str = String.UnicodeScalarView()
                str.append(contentsOf: scalars[s..<e])
                sentences.append(Sentence(index: sentences.count, start: s, end: e, text: String(str), paragraph: paragraph))
            }
            start = end
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                emit(i)
                // A blank line (or any line break: reports put one paragraph per line) starts a new paragraph.
                paragraph += 1
                i += 1
                start = i
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                // Closing quotes and brackets stay with the sentence.
                while j < scalars.count, "\"”’')]".unicodeScalars.contains(scalars[j]) { j += 1 }
                if j < scalars.count, scalars[j] == " " || scalars[j] == "\t" {
                    var k = j
                    while k < scalars.count, scalars[k] == " " || scalars[k] == "\t" { k += 1 }
                    let next = k < scalars.count ? scalars[k] : "\n"
                    let startsSentence = next.properties.isUppercase || "\"“‘'(".unicodeScalars.contains(next)
                        || ("0"..."9").contains(next)
                    if startsSentence, c != "." || !isAbbreviation(scalars, before: i) {
                        emit(j)
                        i = j
                        continue
                    }
                }
            }
            i += 1
        }
        emit(scalars.count)
        return sentences
    }

    /// Whether the word ending at `dot` is an abbreviation or an initial.
    static func isAbbreviation(_ s: [Unicode.Scalar], before dot: Int) -> Bool {
        var k = dot
        while k > 0, s[k - 1].properties.isAlphabetic || s[k - 1] == "." { k -= 1 }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: s[k..<dot])
        let w = String(word).lowercased()
        if w.count == 1 { return true }  // an initial: "J. Borrell"
        return abbreviations.contains(w)
    }
}

/// HTML to text: scripts, styles and comments dropped, block elements
/// become line breaks, entities decoded.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var s = html
        for pattern in ["(?is)<script\\b.*?</script>", "(?is)<style\\b.*?</style>", "(?s)<!--.*?-->", "(?is)<head\\b.*?</head>"] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        s = s.replacingOccurrences(of: "(?i)<(br|/p|/div|/h[1-6]|/li|/tr|/blockquote|/figcaption|/article|/section)\\b[^>]*>",
                                   with: "\n", options: .regularExpression)
        s = s.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        s = decodeEntities(s)
        // Tidy each line; keep the line structure as paragraphs.
        let lines = s.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "[ \\t\\u{00A0}]+", with: " ", options: .regularExpression).trimmingCharacters(in: .whitespaces)
        }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                          "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
                                          "hellip": "…", "eacute": "é"]

    static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    decoded = named[name]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }
}

import Foundation

/// A report's text made plain (markup stripped, paragraphs kept), cut into
/// sentences and word tokens, each with its character offsets in `text`,
/// so that every fact read from it can point at the words it came from.
public struct ReportText: Sendable {
    public struct Token: Sendable {
        public var text: String
        public var lower: String
        /// Offsets in characters (grapheme clusters) of `ReportText.text`.
        public var start: Int
        public var end: Int
        public var isWord: Bool
        public var isCapitalized: Bool
    }

    public struct Sentence: Sendable {
        public var index: Int
        public var paragraph: Int
        public var start: Int
        public var end: Int
        public var text: String
        public var tokens: [Token]
        /// True for a paragraph's first sentence (where datelines stand).
        public var opensParagraph: Bool
    }

    public let text: String
    public let sentences: [Sentence]

    public init(_ raw: String) {
        let plain = Self.looksLikeHTML(raw) ? HTMLText.plain(raw) : raw
        text = plain.replacingOccurrences(of: "\r\n", with: "\n")
        sentences = Self.split(text)
    }

    static func looksLikeHTML(_ s: String) -> Bool {
        let head = s.prefix(2000).lowercased()
        return head.contains("<html") || head.contains("<p>") || head.contains("<p ") || head.contains("<body") || head.contains("<div")
    }

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs",
                                             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                                             "u.s", "e.g", "i.e", "approx", "pres", "gov", "sen", "rep", "jr", "inc", "co"]

    static func split(_ text: String) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var paragraph = 0, opens = true
        let chars = Array(text)
        func close(at end: Int) {
            let words = tokens
            tokens = []
            guard words.contains(where: \.isWord) else { return }
            let start = words.first!.start, stop = words.last!.end
            sentences.append(Sentence(index: sentences.count, paragraph: paragraph, start: start, end: stop,
                                      text: String(chars[start..<stop]), tokens: words, opensParagraph: opens))
            opens = false
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" {
                // Every line break ends a sentence; each line is a paragraph.
                close(at: i)
                paragraph += 1
                opens = true
                i += 1
                continue
            }
            if c.isWhitespace { i += 1; continue }
            if Self.isWordChar(c) {
                var j = i + 1
                // Inner '-', '.', ',', apostrophes join ("6,900", "13.09.2022", "Nagorno-Karabakh", "Armenia's").
                while j < chars.count {
                    if Self.isWordChar(chars[j]) { j += 1; continue }
                    if "-.,'’‑".contains(chars[j]), j + 1 < chars.count, Self.isWordChar(chars[j + 1]) {
                        if chars[j] == ",", !(chars[j - 1].isNumber && chars[j + 1].isNumber) { break }
                        if chars[j] == ".", !(chars[j + 1].isNumber || chars[j + 1].isUppercase && j + 2 < chars.count && chars[j + 2] == ".")
                            && !(chars[j - 1].isNumber) { break }
                        j += 1
                        continue
                    }
                    break
                }
                let word = String(chars[i..<j])
                tokens.append(Token(text: word, lower: word.lowercased(), start: i, end: j, isWord: true,
                                    isCapitalized: word.first!.isUppercase || !(word.first!.isASCII)))
                i = j
                continue
            }
            tokens.append(Token(text: String(c), lower: String(c), start: i, end: i + 1, isWord: false, isCapitalized: false))
            if ".!?".contains(c) {
                let previous = tokens.count >= 2 ? tokens[tokens.count - 2] : nil
                var k = i + 1, sawSpace = false
                while k < chars.count, chars[k] == " " || "’'\"”)".contains(chars[k]) {
                    if chars[k] == " " { sawSpace = true }
                    k += 1
                }
                let atEnd = k >= chars.count || chars[k] == "\n"
                let startsNew = !atEnd && sawSpace && (chars[k].isUppercase || chars[k].isNumber || "‘'\"“".contains(chars[k]))
                let isAbbreviation = c == "." && previous.map { p in
                    p.isWord && (Self.abbreviations.contains(p.lower) || (p.text.count == 1 && p.isCapitalized))
                } ?? false
                if (atEnd || startsNew) && !isAbbreviation { close(at: i + 1) }
            }
            i += 1
        }
        close(at: chars.count)
        return sentences
    }

    static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}

/// HTML to plain text: scripts and styles dropped, block elements made
/// paragraph breaks, entities decoded.
enum HTMLText {
    static let blocks: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
                                      "section", "article", "header", "footer", "figcaption", "title", "ul", "ol", "table"]
    static let entities: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
                                             "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
                                             "hellip": "…"]

    static func plain(_ html: String) -> String {
        var out = ""
        var i = html.startIndex
        var skipping: String?
        while i < html.endIndex {
            let c = html[i]
            if c == "<", let close = html[i...].firstIndex(of: ">") {
                let inner = html[html.index(after: i)..<close].lowercased()
                let isEnd = inner.hasPrefix("/")
                let name = String(inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber })
                if let s = skipping {
                    if isEnd && name == s { skipping = nil }
                } else if !isEnd && (name == "script" || name == "style" || name == "noscript") && !inner.hasSuffix("/") {
                    skipping = name
                } else if inner.hasPrefix("!--") {
                    if let endComment = html.range(of: "-->", range: i..<html.endIndex) { i = endComment.upperBound; continue }
                } else if blocks.contains(name) {
                    out += "\n\n"
                }
                i = html.index(after: close)
                continue
            }
            if skipping != nil { i = html.index(after: i); continue }
            if c == "&", let semi = html[i...].prefix(10).firstIndex(of: ";") {
                let name = String(html[html.index(after: i)..<semi])
                if let text = entities[name] ?? numericEntity(name) {
                    out += text
                    i = html.index(after: semi)
                    continue
                }
            }
            out.append(c == "\n" || c == "\t" ? " " : c)
            i = html.index(after: i)
        }
        // Collapse runs of blank lines and spaces the markup left.
        var lines: [String] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            if t.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(t)
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func numericEntity(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}

import Foundation

/// A report's text made plain (markup stripped, paragraphs kept), cut into
/// sentences and word tokens, each with its character offsets in `text`,
/// so that every fact read from it can point at the words it came from.
public struct ReportText: Sendable {
    public struct Token: Sendable {
        public var text: String
        public var lower: String
        /// Offsets in Unicode scalars (code points) of `ReportText.text`.
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
    /// `text` as Unicode scalars: offsets count these (fast to cut and to test).
    let scalars: [Unicode.Scalar]
    public let sentences: [Sentence]

    public init(_ raw: String) {
        let plain = Self.looksLikeHTML(raw) ? HTMLText.plain(raw) : raw
        var chars = Array(plain.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
        // A break that only wraps a line is a space, one scalar for another: offsets stay those of the lines.
        for i in Self.wrappingBreaks(chars) { chars[i] = " " }
        scalars = chars
        text = Self.string(chars[...])
        sentences = Self.split(chars)
    }

    static func looksLikeHTML(_ s: String) -> Bool {
        let head = s.prefix(2000).lowercased()
        return head.contains("<html") || head.contains("<p>") || head.contains("<p ") || head.contains("<body")
            || head.contains("<div")
    }

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "e.g", "i.e", "approx", "pres", "gov", "sen", "rep", "jr", "inc", "co",
    ]

    /// The text between two offsets.
    func slice(_ start: Int, _ end: Int) -> String { Self.string(scalars[start..<end]) }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }

    static func split(_ chars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        var paragraph = 0, opens = true
        func close(at end: Int) {
            let words = tokens
            tokens = []
            guard words.contains(where: \.isWord) else { return }
            let start = words.first!.start, stop = words.last!.end
            sentences.append(
                Sentence(
                    index: sentences.count, paragraph: paragraph, start: start, end: stop,
                    text: string(chars[start..<stop]), tokens: words, opensParagraph: opens))
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
            if c.properties.isWhitespace { i += 1; continue }
            if Self.isWordChar(c) {
                let j = wordEnd(chars, from: i)
                let word = string(chars[i..<j])
                tokens.append(
                    Token(
                        text: word, lower: word.lowercased(), start: i, end: j, isWord: true,
                        isCapitalized: chars[i].properties.isUppercase || !chars[i].isASCII))
                i = j
                continue
            }
            tokens.append(
                Token(text: String(c), lower: String(c), start: i, end: i + 1, isWord: false, isCapitalized: false))
            if endsSentence(chars, at: i, after: tokens.count >= 2 ? tokens[tokens.count - 2] : nil) {
                close(at: i + 1)
            }
            i += 1
        }
        close(at: chars.count)
        return sentences
    }

    /// Where the word starting at `i` ends: inner '-', '.', ',' and apostrophes join ("6,900", "13.09.2022",
    /// "Nagorno-Karabakh", "Armenia's"), a comma only between digits, a full stop only before a digit or in
    /// initials ("U.S.").
    static func wordEnd(_ chars: [Unicode.Scalar], from i: Int) -> Int {
        var j = i + 1
        while j < chars.count {
            if isWordChar(chars[j]) { j += 1; continue }
            guard "-.,'’‑".unicodeScalars.contains(chars[j]), j + 1 < chars.count, isWordChar(chars[j + 1]) else {
                break
            }
            if chars[j] == ",", !(isDigit(chars[j - 1]) && isDigit(chars[j + 1])) { break }
            if chars[j] == ".",
                !(isDigit(chars[j + 1])
                    || chars[j + 1].properties.isUppercase && j + 2 < chars.count && chars[j + 2] == ".")
                    && !isDigit(chars[j - 1])
            {
                break
            }
            j += 1
        }
        return j
    }

    /// Whether the '.', '!' or '?' at `i` (after the token `previous`) ends a sentence: at the end of a line, or
    /// before a space and a capital, a digit or a quotation, or run together with a capitalised word
    /// (`isRunTogether`), unless it closes an abbreviation or an initial.
    static func endsSentence(_ chars: [Unicode.Scalar], at i: Int, after previous: Token?) -> Bool {
        let c = chars[i]
        guard c == "." || c == "!" || c == "?" else { return false }
        var k = i + 1, sawSpace = false
        // Any space but a line break ends a sentence: pages put a no-break space after a full stop too.
        func isSpace(_ c: Unicode.Scalar) -> Bool { c != "\n" && c.properties.isWhitespace }
        while k < chars.count, isSpace(chars[k]) || "’'\"”)".unicodeScalars.contains(chars[k]) {
            if isSpace(chars[k]) { sawSpace = true }
            k += 1
        }
        let atEnd = k >= chars.count || chars[k] == "\n"
        let startsNew =
            !atEnd && sawSpace
            && (chars[k].properties.isUppercase || isDigit(chars[k]) || "‘'\"“".unicodeScalars.contains(chars[k]))
        let isAbbreviation =
            c == "."
            && previous.map { p in
                p.isWord && (abbreviations.contains(p.lower) || (p.text.count == 1 && p.isCapitalized))
            } ?? false
        return (atEnd || startsNew || isRunTogether(chars, at: i, next: k, after: previous)) && !isAbbreviation
    }

    /// "… in Batken region.The citizens …": pages that lose the space after a full stop still end the sentence
    /// there when a lower-case word or a number stops at the mark and a capitalised word follows at once.
    static func isRunTogether(_ chars: [Unicode.Scalar], at i: Int, next k: Int, after previous: Token?) -> Bool {
        guard i + 1 < chars.count, !chars[i + 1].properties.isWhitespace, k + 1 < chars.count,
            chars[k].properties.isUppercase, chars[k + 1].properties.isLowercase,
            let p = previous, p.isWord, p.text.count > 1, let last = p.text.unicodeScalars.last,
            last.properties.isLowercase || isDigit(last)
        else { return false }
        return true
    }

    static func isWordChar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}

/// HTML to plain text: scripts and styles dropped, block elements made
/// paragraph breaks, entities decoded.
enum HTMLText {
    static let blocks: Set<String> = [
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
        "section", "article", "header", "footer", "figcaption", "title", "ul", "ol", "table",
    ]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
        "hellip": "…",
    ]

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
                } else if !isEnd && (name == "script" || name == "style" || name == "noscript") && !inner.hasSuffix("/")
                {
                    skipping = name
                } else if inner.hasPrefix("!--") {
                    if let endComment = html.range(of: "-->", range: i..<html.endIndex) {
                        i = endComment.upperBound; continue
                    }
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
        let value =
            digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}

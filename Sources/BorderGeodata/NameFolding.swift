import Foundation

/// Folds names for matching and for ASCII forms: "Kəlbəcər" → "kalbacar",
/// "Sot’k’" → "sotk".
public enum NameFolding {
    /// Letters that Unicode does not decompose into a base letter plus a mark.
    private static let letters: [Unicode.Scalar: String] = [
        "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ß": "ss", "æ": "ae", "Æ": "AE",
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    ]
    /// Apostrophes and modifier letters used in transliterations.
    private static let dropped: Set<Unicode.Scalar> = ["'", "’", "‘", "ʻ", "ʼ", "`", "´", "ˌ", "ʹ"]

    /// The name with diacritics and apostrophes dropped, letters kept in case.
    public static func ascii(_ name: String) -> String {
        // Most names are plain ASCII already; Foundation's folding is the slow part of loading a gazetteer.
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") }) { return name }
        var out = ""
        for scalar in name.unicodeScalars where !dropped.contains(scalar) {
            if let replacement = letters[scalar] { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return folded(out)
    }

    /// Foundation's diacritic- and width-insensitive folding.
    static func foundationFolding(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Foundation's folding of each scalar from U+0080 to U+04FF (Latin, IPA, combining marks, Greek,
    /// Cyrillic) as UTF-8, made once: folding whole names through Foundation was a tenth of a command's start.
    private static let foldedScalars: [[UInt8]] = (0x80...0x4FF).map { value in
        Unicode.Scalar(value).map { Array(foundationFolding(String(Character($0))).utf8) } ?? []
    }

    /// Whether each scalar of the table's range is a mark (nonspacing or enclosing).
    private static let markScalars: [Bool] = (0x80...0x4FF).map { value in
        Unicode.Scalar(value).map { [.nonspacingMark, .enclosingMark].contains($0.properties.generalCategory) }
            ?? false
    }

    /// `foundationFolding(text)`, scalar by scalar through the table while the scalars are in it.
    static func folded(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case ..<0x80: result.append(UInt8(scalar.value))
            case 0x80...0x4FF:
                // A mark after a letter is a diacritic of it and goes; the table holds marks alone.
                let k = Int(scalar.value) - 0x80
                if !(markScalars[k] && !result.isEmpty) { result += foldedScalars[k] }
            default: return foundationFolding(text)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The key names are compared by: ASCII, lower case, hyphens and runs of
    /// spaces made single spaces.
    public static func key(_ name: String) -> String {
        let folded = ascii(name)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(folded) }
        return unicodeKey(folded.lowercased())
    }

    /// `key` over bytes, for names that are ASCII once folded (most of them; walking characters was
    /// a tenth of a command's start).
    private static func asciiKey(_ folded: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var lastWasSpace = false
        for b in folded.utf8 {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") {
                if !lastWasSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            } else {
                out.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 32 : b)
                lastWasSpace = false
            }
        }
        if out.last == UInt8(ascii: " ") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func unicodeKey(_ folded: String) -> String {
        var out = ""
        var lastWasSpace = false
        for ch in folded {
            // By its ASCII value: comparing Characters goes through string comparison, four times a character.
            let isSpace =
                switch ch.asciiValue {
                case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
                default: false
                }
            if isSpace {
                if !lastWasSpace && !out.isEmpty { out.append(" ") }
                lastWasSpace = true
            } else {
                out.append(ch)
                lastWasSpace = false
            }
        }
        return out.hasSuffix(" ") ? String(out.dropLast()) : out
    }

    /// A key with its word breaks closed: transliterations write one name as one word or several
    /// ("Ak-Sai" and "Aksai", "Kok-Tash" and "Koktash", "Khojai-Alo" and "Khojaialo").
    public static func closedKey(_ key: String) -> String {
        String(decoding: key.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }
}

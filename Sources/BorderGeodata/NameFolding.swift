import Foundation

/// Folds names for matching and for ASCII forms: "Kəlbəcər" → "kalbacar",
/// "Sot’k’" → "sotk".
public enum NameFolding {
    /// Letters that Unicode does not decompose into a base letter plus a mark.
    /// (Few: a linear search beats hashing.)
    private static let letters: KeyValuePairs<Unicode.Scalar, String> = [
        "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ß": "ss", "æ": "ae", "Æ": "AE",
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    ]
    /// Apostrophes and modifier letters used in transliterations (few: a linear search beats hashing).
    private static let dropped: [Unicode.Scalar] = ["'", "’", "‘", "ʻ", "ʼ", "`", "´", "ˌ", "ʹ"]

    /// The name with diacritics and apostrophes dropped, letters kept in case.
    public static func ascii(_ name: String) -> String {
        // Most names are plain ASCII already; Foundation's folding is the slow part of loading a gazetteer.
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") }) { return name }
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        var marksStay = false
        for scalar in name.unicodeScalars where !dropped.contains(scalar) {
            if !scalar.isASCII, let replacement = replacement(of: scalar) {
                result += replacement.utf8
                marksStay = false
            } else if !appendFolding(of: scalar, to: &result, marksStay: &marksStay) {
                return foundationFolding(lettersReplaced(name))
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func replacement(of scalar: Unicode.Scalar) -> String? {
        letters.first { $0.key == scalar }?.value
    }

    /// The name with apostrophes dropped and `letters` replaced, for Foundation to fold.
    private static func lettersReplaced(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars where !dropped.contains(scalar) {
            if let replacement = replacement(of: scalar) {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Foundation's diacritic- and width-insensitive folding.
    static func foundationFolding(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Foundation's folding of the scalars of the blocks names are written in (Latin, IPA, combining
    /// marks, Greek, Cyrillic; Armenian, Georgian), made once: folding whole names through Foundation
    /// was a tenth of a command's start.
    private static let tables = [
        ScalarFoldingTable(0x80...0x4FF, marksAfterFold: true),
        ScalarFoldingTable(0x530...0x58F, marksAfterFold: false),
        ScalarFoldingTable(0x10A0...0x10FF, marksAfterFold: false),
    ]

    /// `foundationFolding(text)`, scalar by scalar through the tables while the scalars are in them.
    static func folded(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var marksStay = false
        for scalar in text.unicodeScalars where !appendFolding(of: scalar, to: &result, marksStay: &marksStay) {
            return foundationFolding(text)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the folding of a scalar that follows `result`; false, appending nothing, when the tables
    /// cannot tell it. `marksStay` says whether the scalar before is one Foundation keeps marks after.
    @inline(__always)
    private static func appendFolding(of scalar: Unicode.Scalar, to result: inout [UInt8], marksStay: inout Bool)
        -> Bool
    {
        if scalar.isASCII {
            result.append(UInt8(scalar.value))
            marksStay = false
            return true
        }
        guard let table = tables.first(where: { $0.range.contains(scalar.value) }) else { return false }
        let k = Int(scalar.value - table.range.lowerBound)
        if table.isMark[k] {
            // A mark after a letter is a diacritic of it and goes, but not after Armenian or Georgian
            // letters: Foundation keeps those, and the table holds marks alone.
            if marksStay { return false }
            if result.isEmpty { result += table.folded[k] }
        } else {
            result += table.folded[k]
            marksStay = !table.marksAfterFold
        }
        return true
    }

    /// The key names are compared by: ASCII, lower case, hyphens and runs of
    /// spaces made single spaces.
    public static func key(_ name: String) -> String {
        let folded = ascii(name)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return bytesKey(folded) }
        let lower = folded.lowercased()
        return lower.hasOnlySingleScalarCharacters ? bytesKey(lower) : unicodeKey(lower)
    }

    /// `key` over bytes, for names that are ASCII once folded (most of them) or whose characters are
    /// each one scalar: walking characters was a tenth of a command's start. Separators are ASCII, and
    /// no byte of a multi-byte scalar is.
    static func bytesKey(_ folded: String) -> String {
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

    static func unicodeKey(_ folded: String) -> String {
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
        // Most keys are one word.
        guard key.utf8.contains(UInt8(ascii: " ")) else { return key }
        return String(decoding: key.utf8.filter { $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }
}

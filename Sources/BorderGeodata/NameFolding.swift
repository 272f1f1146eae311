import Foundation

/// Folds names for matching and for ASCII forms: "Kəlbəcər" → "kalbacar",
/// "Sot’k’" → "sotk".
public enum NameFolding {
    /// Letters that Unicode does not decompose into a base letter plus a mark.
    private static let letters: [Character: String] = [
        "ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ß": "ss", "æ": "ae", "Æ": "AE",
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    ]
    /// Apostrophes and modifier letters used in transliterations.
    private static let dropped: Set<Character> = ["'", "’", "‘", "ʻ", "ʼ", "`", "´", "ˌ", "ʹ"]

    /// The name with diacritics and apostrophes dropped, letters kept in case.
    public static func ascii(_ name: String) -> String {
        // Most names are plain ASCII already; Foundation's folding is the slow part of loading a gazetteer.
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "`") }) { return name }
        var out = ""
        for ch in name where !dropped.contains(ch) {
            if let replacement = letters[ch] { out += replacement } else { out.append(ch) }
        }
        return out.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The key names are compared by: ASCII, lower case, hyphens and runs of
    /// spaces made single spaces.
    public static func key(_ name: String) -> String {
        let folded = ascii(name).lowercased()
        var out = ""
        var lastWasSpace = false
        for ch in folded {
            let isSpace = ch == " " || ch == "-" || ch == "_" || ch == "."
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
        key.replacingOccurrences(of: " ", with: "")
    }
}

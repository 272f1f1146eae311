import Foundation

/// The fields of a gazetteer file's tab-separated rows, as both gazetteer
/// readers take them: without surrounding blanks, names split on ";".
enum GazetteerFields {
    /// The field without surrounding blanks; most fields have none, and Foundation's trimming of every
    /// field was a twentieth of a command's start.
    static func trimmed(_ field: String) -> String {
        guard let first = field.utf8.first, let last = field.utf8.last else { return field }
        let plain: (UInt8) -> Bool = { $0 > 0x20 && $0 < 0x80 }
        return plain(first) && plain(last) ? field : field.trimmingCharacters(in: .whitespaces)
    }

    /// "Kök-Tash; Kok-Tash;;" → ["Kök-Tash", "Kok-Tash"].
    static func names(_ field: String) -> [String] {
        field.split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}

import BorderGeodata
import Foundation

/// The fields of a gazetteer file's tab-separated rows, as both gazetteer
/// readers take them: without surrounding blanks, names split on ";".
enum GazetteerFields {
    /// The field without surrounding blanks. Most fields have none: Foundation's trimming of every
    /// field was a twentieth of a command's start, so it runs only when an end is a blank.
    static func trimmed(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, let last = field.unicodeScalars.last else { return field }
        let plain: (Unicode.Scalar) -> Bool = { $0.value > 0x20 && $0.value < 0x80 }
        if plain(first) && plain(last) { return field }
        let blank = CharacterSet.whitespaces
        return blank.contains(first) || blank.contains(last) ? field.trimmingCharacters(in: blank) : field
    }

    /// "Kök-Tash; Kok-Tash;;" → ["Kök-Tash", "Kok-Tash"].
    static func names(_ field: String) -> [String] {
        // Over bytes where that splits as characters do: splitting characters was a fiftieth of a command's start.
        let parts =
            field.hasOnlySingleScalarCharacters
            ? field.utf8.split(separator: UInt8(ascii: ";")).map { String(decoding: $0, as: UTF8.self) }
            : field.split(separator: ";").map(String.init)
        return parts.map(trimmed).filter { !$0.isEmpty }
    }
}

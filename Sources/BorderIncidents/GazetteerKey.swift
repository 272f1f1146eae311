/// A folded name (`NameFolding.key`) as the gazetteer's index holds it:
/// its NFC form, hashed and compared as UTF-8 bytes.
///
/// Two Strings are equal exactly when their NFC code units are, so two keys
/// are equal exactly when the Strings they were made from are. A String key
/// normalised a non-ASCII name again at every hash and comparison, which
/// was a fifth of the index's build.
struct GazetteerKey: Hashable, Sendable {
    /// The key in NFC; ASCII is already.
    let text: String

    init(_ key: String) {
        text = key.utf8.allSatisfy { $0 < 0x80 } ? key : String(decoding: key._nfcCodeUnits, as: UTF8.self)
    }

    static func == (a: Self, b: Self) -> Bool {
        a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

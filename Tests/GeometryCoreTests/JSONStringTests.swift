import Foundation
import Testing
@testable import GeometryCore

/// Strings are written whole when no byte needs an escape, else byte by byte: both ways must give JSON that
/// Foundation reads back as the same string.
@Suite struct JSONStringTests {
    private static func written(_ s: String) -> String {
        var w = JSONWriter()
        w.string(s)
        return w.string
    }

    @Test(arguments: [
        "", "Sotk", "Ներքին Հանդ", "Qızılhacılı", "a \"quoted\" word", "back\\slash", "line\nbreak\ttab\rreturn",
        "bell\u{07}and\u{1F}unit", "emoji 🇦🇲 and \u{0}nul", String(repeating: "long text ", count: 300),
    ])
    func aStringReadsBackAsItself(_ s: String) throws {
        let text = Self.written(s)
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
        #expect(back == s, "\(text)")
    }

    @Test func onlyTheBytesThatMustBeEscapedAre() {
        #expect(Self.written("Verin Shorzha") == "\"Verin Shorzha\"")
        #expect(Self.written("Ննք") == "\"Ննք\"")
        #expect(Self.written("say \"no\"") == #""say \"no\"""#)
        #expect(Self.written("a\u{01}b") == #""a\u0001b""#)
        #expect(Self.written("tab\there") == #""tab\there""#)
    }

    @Test func aSubstringsCopyIsWrittenLikeTheString() {
        let whole = "the village of Tegh, Syunik"
        let part = String(whole.split(separator: " ")[3])
        #expect(Self.written(part) == "\"Tegh,\"")
    }
}

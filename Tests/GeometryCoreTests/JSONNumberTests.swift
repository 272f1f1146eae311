import Foundation
import Testing
@testable import GeometryCore

/// The parser reads short decimals without strtod; it must give strtod's double, bit for bit.
@Suite struct JSONNumberTests {
    private static func strtodValue(_ text: String) -> Double { text.withCString { strtod($0, nil) } }

    private static func parsed(_ text: String) throws -> Double {
        guard case let .number(n) = try JSONParser.parse("[\(text)]").arrayValue?.first else {
            Issue.record("\(text) is not read as a number"); return .nan
        }
        return n
    }

    @Test(arguments: [
        "0", "-0", "7", "0.1", "0.3", "45.869512345", "-40.2000071", "123456789012345", "1234567890123456",
        "0.30000000000000004", "9007199254740993", "1e5", "2.5E-3", "0.0000000000000000000001", "179.99999999999997",
    ])
    func aDecimalIsReadAsStrtodReadsIt(text: String) throws {
        let value = try Self.parsed(text)
        #expect(value.bitPattern == Self.strtodValue(text).bitPattern, "\(text)")
    }

    @Test func randomCoordinatesAreReadAsStrtodReadsThem() throws {
        var random = PropertyTests.Random(state: 20_261_130)
        for _ in 0..<20_000 {
            let whole = Int(random.next() % 361) - 180
            let decimals = Int(random.next() % 17)
            let fraction = (0..<decimals).map { _ in String(random.next() % 10) }.joined()
            let text = decimals == 0 ? "\(whole)" : "\(whole).\(fraction)"
            #expect(try Self.parsed(text).bitPattern == Self.strtodValue(text).bitPattern, "\(text)")
        }
    }
}

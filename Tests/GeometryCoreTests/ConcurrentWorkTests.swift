import Testing
@testable import GeometryCore

@Suite struct ConcurrentWorkTests {
    struct Odd: Error, Equatable { var value: Int }

    @Test func aConcurrentMapKeepsTheElementsOrder() {
        let squares = Array(0..<5_000).concurrentMap { $0 * $0 }
        #expect(squares == (0..<5_000).map { $0 * $0 })
    }

    @Test func aConcurrentMapThrowsTheFirstElementsFailure() {
        #expect(throws: Odd(value: 3)) {
            _ = try [2, 4, 3, 6, 5, 7].concurrentMap { (n: Int) throws(Odd) -> Int in
                guard n.isMultiple(of: 2) else { throw Odd(value: n) }
                return n
            }
        }
    }

    @Test func twoPiecesOfWorkGiveBothAnswers() throws {
        let (sum, text) = try concurrently({ (1...1_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(sum == 500_500)
        #expect(text == "ababab")
        #expect(throws: Odd(value: 1)) { _ = try concurrently({ 1 }, { () throws -> Int in throw Odd(value: 1) }) }
    }
}

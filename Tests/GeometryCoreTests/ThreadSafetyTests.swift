import Testing
@testable import GeometryCore

/// Swift Testing runs these in parallel with everything else; each task
/// works on the context of the thread it runs on, or on a locked object.
@Suite struct ThreadSafetyTests {
    @Test func manyTasksUseTheirOwnContexts() async throws {
        let ok = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<64 {
                group.addTask {
                    let offset = Double(i) / 1000
                    guard let union = try? Fixtures.unitSquare.union(.point(Point(Fixtures.c(offset, offset)))),
                        let area = try? union.planarArea
                    else { return false }
                    return abs(area - 1) < 1e-12
                }
            }
            return await group.allSatisfy { $0 }
        }
        #expect(ok)
    }

    @Test func errorsStayWithTheirContext() async {
        // An error on one thread must not leak its message into another's result.
        let messages = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    do { _ = try Geometry(wkt: "LINESTRING (0 0)"); return nil } catch { return "\(error)" }
                }
            }
            var all: [String?] = []
            for await m in group { all.append(m) }
            return all
        }
        #expect(messages.allSatisfy { $0?.contains("GEOS") == true })
    }

    @Test func preparedGeometrySharedAcrossTasks() async throws {
        let prepared = try PreparedGeometry(Fixtures.unitSquare)
        let hits = await withTaskGroup(of: Int.self) { group in
            for i in 0..<100 {
                group.addTask { (try? prepared.containsPoint(Fixtures.c(Double(i) / 50, 0.5))) == true ? 1 : 0 }
            }
            return await group.reduce(0, +)
        }
        // x = 0.02 ... 0.98 are inside: i = 1...49.
        #expect(hits == 49)
    }
}

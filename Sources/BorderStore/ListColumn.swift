import BorderEventStore
import GeometryCore

/// Lists of strings (sides, source ids) kept in one TEXT column as a JSON
/// array, which any SQLite client can read with json_each().
enum ListColumn {
    static func encode(_ items: [String]) -> String {
        var w = JSONWriter(capacity: 64)
        w.value(.array(items.map(JSONValue.string)))
        return w.string
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, let value = try? JSONParser.parse(text), let items = value.arrayValue else { return [] }
        return items.compactMap(\.stringValue)
    }
}

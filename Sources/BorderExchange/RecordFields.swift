import Foundation
import GeometryCore

/// The fields of one imported row as its file had them: the column names
/// as the header wrote them and each field's text, untrimmed, in file
/// order. An export of the same format writes the row back from these.
public struct RecordFields: Hashable, Sendable {
    /// The header's column names, as written.
    public private(set) var names: [String]
    /// The row's fields, one per name.
    public private(set) var values: [String]

    /// Nil when `names` and `values` differ in count.
    public init?(names: [String], values: [String]) {
        guard names.count == values.count else { return nil }
        self.names = names
        self.values = values
    }

    /// A row the reader has already checked against its header.
    init(checked names: [String], values: [String]) {
        self.names = names
        self.values = values
    }

    /// A column name as the readers match it: trimmed, lower case.
    public static func normalised(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The field of the first column named `column` (matched as the readers
    /// match headers), untrimmed; nil when the row has no such column.
    public func value(of column: String) -> String? {
        let wanted = Self.normalised(column)
        return names.firstIndex { Self.normalised($0) == wanted }.map { values[$0] }
    }

    /// `[["name","value"], …]`: an array of pairs, because a JSON object
    /// need not keep its members' order (PostgreSQL's jsonb does not) and a
    /// header may repeat a name.
    public var json: String {
        var w = JSONWriter(capacity: 64 * names.count)
        w.byte(UInt8(ascii: "["))
        for k in names.indices {
            if k > 0 { w.byte(UInt8(ascii: ",")) }
            w.byte(UInt8(ascii: "["))
            w.string(names[k])
            w.byte(UInt8(ascii: ","))
            w.string(values[k])
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "]"))
        return w.string
    }

    /// Reads `json` as `json` writes it; throws when it is anything else.
    public init(json: String) throws {
        guard let pairs = try JSONParser.parse(json).arrayValue else {
            throw FieldsError(reason: "not an array of pairs")
        }
        var names: [String] = [], values: [String] = []
        names.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let p = pair.arrayValue, p.count == 2, let name = p[0].stringValue, let value = p[1].stringValue
            else {
                throw FieldsError(reason: "a member is not a [name, value] pair of strings")
            }
            names.append(name)
            values.append(value)
        }
        self.names = names
        self.values = values
    }

    /// Stored fields that cannot be read back.
    public struct FieldsError: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "stored record fields: \(reason)" }
    }
}

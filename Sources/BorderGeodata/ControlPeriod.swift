import GeometryCore

/// Who held an exclave over a span of days, as a ring's optional
/// `controlled_by_periods` lists them: `[{"from": "1992-05-08", "to": "2023-09-20", "by": "ARM"}, …]`,
/// `to` exclusive and absent while it lasts.
public struct ControlPeriod: Sendable, Hashable {
    public var from: String
    public var to: String?
    public var by: String

    public init(from: String, to: String?, by: String) {
        self.from = from
        self.to = to
        self.by = by
    }

    public func contains(_ day: String) -> Bool { from <= day && to.map { day < $0 } ?? true }

    /// Reads the property; `fail(suffix, problem)` names the member that is wrong.
    static func periods(_ value: JSONValue?, fail: (String, String) -> GeodataError) throws(GeodataError)
        -> [ControlPeriod]
    {
        guard let value, !value.isNull else { return [] }
        guard case let .array(items) = value else { throw fail("", "expected an array, found \(value.typeName)") }
        var periods: [ControlPeriod] = []
        for (i, item) in items.enumerated() {
            guard case let .object(o) = item, case let .string(from)? = o["from"], case let .string(by)? = o["by"],
                LineVersion.isDay(from)
            else { throw fail("[\(i)]", "expected {\"from\": \"YYYY-MM-DD\", \"by\": code, \"to\"?: \"YYYY-MM-DD\"}") }
            var to: String?
            if let t = o["to"], !t.isNull {
                guard case let .string(s) = t, LineVersion.isDay(s), s > from else {
                    throw fail("[\(i)].to", "expected a day YYYY-MM-DD after from")
                }
                to = s
            }
            periods.append(ControlPeriod(from: from, to: to, by: by))
        }
        return periods
    }

    var json: JSONValue {
        .object(["from": .string(from), "to": to.map(JSONValue.string) ?? .null, "by": .string(by)])
    }
}

extension BorderSegment {
    /// Who held the exclave on `day`: the period's holder where one covers
    /// the day, else `controlledBy`.
    public func controller(on day: String) -> String? {
        controlledByPeriods.first { $0.contains(day) }?.by ?? controlledBy
    }
}

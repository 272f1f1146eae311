import GeometryCore

/// Reads typed properties from a feature, naming the layer, feature and
/// member when one is missing or has the wrong type.
struct FeatureProperties {
    let feature: Feature
    let layer: String
    let index: Int

    init(_ feature: Feature, layer: String, index: Int) {
        self.feature = feature
        self.layer = layer
        self.index = index
    }

    private func fail(_ key: String, _ problem: String) -> GeodataError {
        .badLayer(layer: layer, path: "features[\(index)].properties.\(key)", problem: problem)
    }

    func string(_ key: String) throws(GeodataError) -> String {
        guard let value = feature[key] else { throw fail(key, "missing") }
        guard case let .string(s) = value else { throw fail(key, "expected a string, found \(value.typeName)") }
        return s
    }

    func optionalString(_ key: String) throws(GeodataError) -> String? {
        guard let value = feature[key], !value.isNull else { return nil }
        guard case let .string(s) = value else { throw fail(key, "expected a string, found \(value.typeName)") }
        return s
    }

    func number(_ key: String) throws(GeodataError) -> Double {
        guard let value = feature[key] else { throw fail(key, "missing") }
        guard case let .number(n) = value else { throw fail(key, "expected a number, found \(value.typeName)") }
        return n
    }

    func optionalInt(_ key: String) throws(GeodataError) -> Int? {
        guard let value = feature[key], !value.isNull else { return nil }
        guard case let .number(n) = value, n == n.rounded() else { throw fail(key, "expected a whole number") }
        return Int(n)
    }

    func strings(_ key: String) throws(GeodataError) -> [String] {
        guard let value = feature[key], !value.isNull else { return [] }
        guard case let .array(items) = value else { throw fail(key, "expected an array, found \(value.typeName)") }
        var result: [String] = []
        for item in items {
            guard case let .string(s) = item else { throw fail(key, "expected strings, found \(item.typeName)") }
            result.append(s)
        }
        return result
    }

    func controlPeriods(_ key: String) throws(GeodataError) -> [ControlPeriod] {
        try ControlPeriod.periods(feature[key]) { fail(key + $0, $1) }
    }

    func geometry() throws(GeodataError) -> Geometry {
        guard let g = feature.geometry else {
            throw .badLayer(layer: layer, path: "features[\(index)].geometry", problem: "missing")
        }
        return g
    }
}

/// What went wrong loading or building the geodata.
public enum GeodataError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingLayer(String)
    case badLayer(layer: String, path: String, problem: String)
    case geometry(String)
    case source(file: String, line: Int?, problem: String)

    public var description: String {
        switch self {
        case let .missingLayer(file): "geodata layer not found: \(file)"
        case let .badLayer(layer, path, problem): "\(layer): \(path): \(problem)"
        case let .geometry(message): "geometry: \(message)"
        case let .source(file, line, problem): "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)"
        }
    }
}

import Foundation

/// Writes a feature collection to a file feature by feature, holding at
/// most about `flushBytes` of text at a time, and moves the file into place
/// only when `finish()` is called (a failed run leaves nothing behind; see
/// `OutputFile` for devices and FIFOs).
public final class GeoJSONStreamWriter {
    public let url: URL
    private let output: OutputFile
    private let geojson: GeoJSONWriter
    private var buffer = JSONWriter(capacity: 1 << 20)
    private var count = 0
    private let flushBytes: Int

    public init(url: URL, writer: GeoJSONWriter = GeoJSONWriter(), flushBytes: Int = 1 << 20) throws {
        self.url = url
        geojson = writer
        self.flushBytes = flushBytes
        output = try OutputFile(url)
        buffer.raw("{\"type\":\"FeatureCollection\",\"features\":[")
    }

    public func append(_ feature: Feature) throws {
        buffer.raw(count == 0 ? "\n" : ",\n")
        geojson.write(feature, into: &buffer)
        count += 1
        if buffer.bytes.count >= flushBytes { try flush() }
    }

    /// Appends a point feature built directly from its parts, without an
    /// intermediate `Feature` (the bulk path writes a million of these).
    public func appendPoint(_ c: Coordinate, properties: (inout JSONWriter) -> Void) throws {
        buffer.raw(count == 0 ? "\n" : ",\n")
        buffer.raw("{\"type\":\"Feature\",\"properties\":{")
        properties(&buffer)
        buffer.raw("},\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
        buffer.number(c.longitude, decimals: geojson.decimals)
        buffer.byte(UInt8(ascii: ","))
        buffer.number(c.latitude, decimals: geojson.decimals)
        buffer.raw("]}}")
        count += 1
        if buffer.bytes.count >= flushBytes { try flush() }
    }

    private func flush() throws {
        try output.write(buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    /// Closes the collection and moves the file into place; returns the feature count.
    @discardableResult
    public func finish() throws -> Int {
        buffer.raw("\n]}\n")
        try flush()
        try output.commit()
        return count
    }
}

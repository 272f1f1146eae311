/// A bounding box as people and OGC API – Features clients write it:
/// `minLon,minLat,maxLon,maxLat`, or the six-number 3-D form
/// `minLon,minLat,minH,maxLon,maxLat,maxH` (the heights are ignored), in
/// CRS84 degrees. Equal edges are a box (a line or a point); a box across
/// the antimeridian is refused. The one parser for the command line and the server.
public enum BoundingBoxText {
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func parse(_ text: String) throws(Problem) -> Envelope {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Double($0.trimmingCharacters(in: " \t"))
        }
        guard parts.count == 4 || parts.count == 6, parts.allSatisfy({ $0 != nil && $0!.isFinite }) else {
            throw Problem(description: "expected four numbers minLon,minLat,maxLon,maxLat (or six, with heights)")
        }
        let v = parts.map { $0! }
        let (x1, y1, x2, y2) = parts.count == 4 ? (v[0], v[1], v[2], v[3]) : (v[0], v[1], v[3], v[4])
        guard (-180...180).contains(x1), (-180...180).contains(x2), (-90...90).contains(y1), (-90...90).contains(y2)
        else {
            throw Problem(description: "longitudes must lie in -180…180 and latitudes in -90…90")
        }
        guard y1 <= y2 else { throw Problem(description: "the south edge \(y1) is north of the north edge \(y2)") }
        guard x1 <= x2 else {
            throw Problem(
                description:
                    "the west edge \(x1) is east of the east edge \(x2) (boxes across the antimeridian are not offered)"
            )
        }
        return Envelope(minLongitude: x1, minLatitude: y1, maxLongitude: x2, maxLatitude: y2)
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return Substring(s)
    }
}

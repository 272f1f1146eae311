import BorderGeodata
import GeometryCore

extension Province {
    /// Where a place that is the whole province stands: its centroid when that lies inside it (the middle a
    /// reader would mark), else a point on its surface (the centroid of a crescent lies outside it). GEOS's
    /// point on the surface alone stands on the envelope's middle latitude, far from the middle of a long unit
    /// (Batken's, 60 km east of its centroid).
    func middle() throws(GeometryError) -> Coordinate {
        if case let .point(centre) = try geometry.centroid(), try geometry.covers(.point(centre)) {
            return centre.coordinate
        }
        guard case let .point(point) = try geometry.pointOnSurface() else { throw .emptyGeometry(id) }
        return point.coordinate
    }
}

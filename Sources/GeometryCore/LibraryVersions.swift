/// Versions of the C libraries the geometry core is linked against.
public enum LibraryVersions {
    /// Such as "3.11.1-CAPI-1.17.1".
    public static var geos: String { GEOSContext.libraryVersion }
    /// Such as "9.1.1".
    public static var proj: String { CoordinateTransform.libraryVersion }
}

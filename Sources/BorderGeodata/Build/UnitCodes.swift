/// Which first-level units a GeoNames admin1 code names, from the
/// `geonames_admin1` column of provinces.tsv (one or more codes per unit,
/// separated by ";": GeoNames codes the towns of Şuşa and Lənkəran by their
/// rayon's code, so those city units carry both).
struct UnitCodes {
    private(set) var unitsOfCode: [String: Set<String>] = [:]

    mutating func add(codes: String, unit: String) {
        for code in codes.split(separator: ";") { unitsOfCode[String(code), default: []].insert(unit) }
    }

    func units(of code: String) -> Set<String>? { unitsOfCode[code] }

    /// Whether a place coded `code` may lie in `unit` (codes no unit carries say nothing).
    func agrees(code: String, unit: String) -> Bool {
        unitsOfCode[code]?.contains(unit) ?? true
    }
}

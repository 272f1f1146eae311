/// "positions that, since May 2021, have been located on the territory of Armenia": troops on the other's territory
/// since a date arrived then; the date is that of the incursion, not the start of a stretch until publication.
extension DateReader.Scan {
    /// Words that tell troops or posts being on ground.
    static let presenceWords: Set<String> = ["located", "stationed", "deployed", "positioned", "entrenched"]

    /// Whether the clause after the date at `k` (up to its next full stop or a few words) tells a presence on
    /// territory ("have been stationed on its territory").
    func datesAnArrival(after k: Int) -> Bool {
        let clause = w[min(k + 1, w.count)..<min(k + 10, w.count)].prefix { $0 != "." && $0 != ";" }
        guard let p = clause.firstIndex(where: Self.presenceWords.contains) else { return false }
        return clause[p...].contains("territory") || clause[p...].contains("soil")
    }
}

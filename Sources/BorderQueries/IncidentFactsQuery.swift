import BorderGeodata
import BorderIncidents
import GeometryCore

extension IncidentQuery {
    /// The query ready to test incidents' facts one at a time, as a store
    /// reads them: the same filters as `run(on:)`, so the same incidents
    /// match, with the same places.
    public struct FactsMatcher: Sendable {
        let query: IncidentQuery
        let filter: SpatialFilter.Prepared
        let geodata: Geodata

        /// The facts with only the places that matched, and for a radius query
        /// the distance of the nearest place within it; nil when the incident
        /// does not match.
        public func match(_ facts: IncidentFacts) throws -> FactsHit? {
            var distance: Double?
            if let center = query.spatial.center, let radius = query.spatial.radiusMetres {
                // As `run(on:)`: the incident's nearest place within the radius, whether or not it matched.
                distance = facts.places.lazy.map { Geodesic.distance(center, $0.coordinate) }.filter { $0 <= radius }
                    .min()
                guard distance != nil else { return nil }
            }
            guard query.matchesDateTypeParty(facts.date, facts.type, facts.sides) else { return nil }
            if let minKilled = query.minKilled, Self.killed(facts) < minKilled { return nil }
            let matching = try query.matchingPlaces(facts.places, filter, geodata)
            guard !query.isSpatial || !matching.isEmpty else { return nil }
            var kept = facts
            kept.places = matching
            return FactsHit(facts: kept, distance: distance)
        }

        /// The conservative number killed, by `ClaimSummary`'s rule.
        static func killed(_ facts: IncidentFacts) -> Int {
            let claims = facts.figures.map {
                Claim(
                    claimant: $0.claimant, side: "", role: "", summary: "",
                    casualties: [CasualtyClaim(side: $0.side, figures: [$0.kind: $0.figure])], unconfirmed: false,
                    sources: [])
            }
            return ClaimSummary(claims: claims).total(.killed)
        }
    }

    /// One incident's facts that matched, with the distance a radius query gives it.
    public struct FactsHit: Sendable {
        public var facts: IncidentFacts
        public var distance: Double?
    }

    /// The matcher, after the checks `run(on:)` makes (dates in order, a known segment and province).
    public func factsMatcher(geodata: Geodata, gazetteer: Gazetteer) throws -> FactsMatcher {
        FactsMatcher(query: self, filter: try checked(geodata, gazetteer), geodata: geodata)
    }

    /// `hits` in the order `run(on:)` gives them; already ordered ones (as a store reads them) are not sorted again.
    public static func ordered(_ hits: [FactsHit]) -> [FactsHit] {
        func precedes(_ a: FactsHit, _ b: FactsHit) -> Bool {
            Self.precedes((a.distance, a.facts.date.start, a.facts.id), (b.distance, b.facts.date.start, b.facts.id))
        }
        if zip(hits, hits.dropFirst()).allSatisfy({ !precedes($1, $0) }) { return hits }
        return hits.sorted(by: precedes)
    }
}

import BorderGeodata
import BorderIncidents

extension RelatedCatalog {
    /// The theatre of an incident: that of its first located place, judged
    /// by the country holding it, else by the nearest border line.
    public func theatre(of relation: IncidentRelation) -> TheatreManifest? {
        for location in relation.locations {
            if let country = location.country, let theatre = geodata.theatre(ofCountry: country) { return theatre }
            if let theatre = geodata.theatre(ofSegment: location.nearestSegment) { return theatre }
        }
        return nil
    }

    /// Only the incidents with a place in a country of the loaded packs: a
    /// store may hold incidents of theatres this command did not load.
    public func inLoadedTheatres() throws -> RelatedCatalog {
        let kept = relations.filter { r in
            r.locations.contains { $0.country.map { geodata.theatre(ofCountry: $0) != nil } ?? false }
        }
        guard kept.count < relations.count else { return self }
        let ids = Set(kept.map(\.incident.id))
        var catalog = self.catalog
        catalog.incidents = catalog.incidents.filter { ids.contains($0.id) }
        return try RelatedCatalog(catalog: catalog, relater: relater, relations: kept)
    }
}

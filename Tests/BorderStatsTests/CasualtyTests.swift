import BorderIncidents
import BorderQueries
import Testing

@testable import BorderStats

@Suite struct CasualtyTests {
    /// Each claimant's figures for each loss, summed over incidents, straight from the catalog's claims.
    func claimed() -> [CasualtyTally.Loss: [String: (low: Int, high: Int?)]] {
        var out: [CasualtyTally.Loss: [String: (low: Int, high: Int?)]] = [:]
        for r in Shared.related.relations {
            var own: [CasualtyTally.Loss: [String: CasualtyFigure]] = [:]
            for claim in r.incident.claims {
                for c in claim.casualties {
                    for (kind, figure) in c.figures {
                        let loss = CasualtyTally.Loss(side: c.side, kind: kind)
                        if let held = own[loss]?[claim.claimant], held.low >= figure.low { continue }
                        own[loss, default: [:]][claim.claimant] = figure
                    }
                }
            }
            for (loss, byClaimant) in own {
                for (claimant, f) in byClaimant {
                    let held = out[loss]?[claimant]
                    out[loss, default: [:]][claimant] = (
                        (held?.low ?? 0) + f.low,
                        held == nil ? f.high : held!.high.flatMap { h in f.high.map { h + $0 } }
                    )
                }
            }
        }
        return out
    }

    @Test func figuresMatchTheCatalogsClaimsPerClaimant() throws {
        let tally = try Shared.report([.month]).stats.casualties
        let expected = claimed()
        #expect(!expected.isEmpty)
        #expect(Set(tally.losses) == Set(expected.keys))
        for loss in tally.losses {
            let figures = tally.claimants[loss] ?? []
            // One entry per claimant who spoke of this loss, never a sum over claimants.
            #expect(Set(figures.map(\.claimant)) == Set(expected[loss]!.keys), "\(loss)")
            #expect(figures.count == Set(figures.map(\.claimant)).count)
            for f in figures {
                #expect(f.figure.low == expected[loss]![f.claimant]!.low, "\(loss) \(f.claimant)")
                #expect(f.figure.high == expected[loss]![f.claimant]!.high, "\(loss) \(f.claimant)")
            }
            // The conservative figure is ClaimSummary's, incident by incident.
            let conservative = Shared.related.relations.compactMap {
                $0.incident.summary.entry(side: loss.side, kind: loss.kind)
            }
            .reduce(0) { $0 + $1.conservative }
            #expect(tally.conservative[loss] == conservative, "\(loss)")
        }
        // A loss two sides claimed differently stays two figures: the catalog has one (Armenian and Azerbaijani ministries).
        #expect(tally.losses.contains { (tally.claimants[$0]?.count ?? 0) >= 2 })
    }

    @Test func aBinsCasualtiesAreThoseOfItsIncidentsAlone() throws {
        let stats = try Shared.report([.month]).stats
        for cell in stats.cells where cell.count > 0 {
            var alone = CasualtyTally()
            for id in cell.incidentIDs { alone.add(Shared.related.relation(id: id)!.incident) }
            #expect(alone == cell.casualties, "\(cell.values)")
        }
    }
}

import Testing
@testable import BorderIncidents

/// A region of a long name written by its initials ("NAR") resolves to it; a short name that is a word, or
/// initials no region has, does not.
@Suite struct NameInitialsTests {
    let gazetteer = Shared.relater.gazetteer

    @Test func aNameOfThreeWordsOrMoreHasInitials() {
        #expect(NameInitials.initials(of: "Nakhchivan Autonomous Republic") == "NAR")
        #expect(NameInitials.initials(of: "Districts of Republican Subordination") == "DRS")
        #expect(NameInitials.initials(of: "Nagorno-Karabakh") == nil, "two words are too few")
    }

    @Test func onlyCapitalsAreReadAsInitials() {
        #expect(NameInitials.isInitials("NAR"))
        #expect(!NameInitials.isInitials("Nar"))
        #expect(!NameInitials.isInitials("AR"), "two letters stand for too many names")
        #expect(!NameInitials.isInitials("KALBAJAR"), "a name written in capitals")
    }

    @Test func nakhchivanAutonomousRepublicByItsInitials() throws {
        let match = try gazetteer.resolve("NAR")
        #expect(match.target.name == "Nakhchivan Autonomous Republic")
        #expect(gazetteer.kind(of: match.target) == "region")
    }

    @Test func initialsNoRegionHasOrAWordInLowerCaseResolveToNothing() {
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("Nar") }
        #expect(throws: Gazetteer.LookupError.self) { try gazetteer.resolve("QXZ") }
    }
}

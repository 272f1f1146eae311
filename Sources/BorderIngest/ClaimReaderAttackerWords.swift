/// "Killed in Azerbaijani shelling", "wounded by Tajik sniper fire", "after Kyrgyz forces opened fire": a side
/// named as the one whose fire caused the losses is the attacker, so its words do not name the victims.
extension ClaimReader {
    /// Nouns of fire and attack a side's adjective may qualify.
    static let attackWords: Set<String> = [
        "shelling", "fire", "gunfire", "attack", "attacks", "strike", "strikes", "shooting", "shots", "bombardment",
        "shells", "aggression", "provocation", "offensive", "assault", "onslaught",
    ]

    /// Words between a side's adjective and its fire: "Azerbaijani sniper fire", "Kyrgyz drone strikes".
    static let weaponWords: Set<String> = [
        "sniper", "artillery", "mortar", "drone", "rocket", "missile", "heavy", "armed", "military", "army",
        "small-arms", "tank", "air",
    ]

    /// Verbs whose subject fired: "Tajik forces opened fire", "Armenian troops shelled".
    static let fireVerbs: Set<String> = ["opened", "fired", "shelled", "attacked", "struck", "bombed"]

    /// Whether the word at `k` names who fired: an adjective before a word of fire ("Azerbaijani shelling",
    /// "Kyrgyz drone strikes") or an acting body that fires ("Tajik forces opened fire").
    func namesTheAttacker(at k: Int, _ c: Clause) -> Bool {
        var m = k + 1
        while m <= k + 3, Self.weaponWords.contains(c.word(m)) { m += 1 }
        if Self.attackWords.contains(c.word(m)) { return true }
        guard isActingBody(at: k, c) else { return false }
        let verb = c.word(k + 1) == "border" ? k + 3 : k + 2
        return Self.fireVerbs.contains(c.word(verb))
    }

    /// Whether the word at `k` is a side's word naming who fired, not who suffered.
    func isAttackersSideWord(at k: Int, _ c: Clause) -> Bool {
        !sides.sides(namedBy: c.w[k]).isEmpty && namesTheAttacker(at: k, c)
    }

    /// The state named as the one that fired anywhere in the clause ("in Azerbaijani shelling"), or nil.
    func firingSide(_ c: Clause) -> String? {
        for k in c.from...c.to where isAttackersSideWord(at: k, c) {
            if let state = sides.state(of: [c.w[k]]) { return state }
        }
        return nil
    }
}

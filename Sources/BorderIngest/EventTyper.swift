import BorderIncidents

/// The kind of event a sentence reports, from the words that say it.
public struct EventMention: Sendable {
    public var type: EventType
    /// A ceasefire that was broken is fighting, kept apart from the ceasefire itself.
    public var isViolation: Bool
    public var start: Int
    public var end: Int
    public var text: String
    public var confidence: Double
}

/// Tells shelling, clashes, incursions, captures, ceasefires, wars and
/// statements apart. A sentence of accusations with no fighting word is a
/// statement, not fighting.
public enum EventTyper {
    // Best first: the first pattern that matches names the sentence's type.
    static let patterns: [(EventType, TextPattern, Double)] = [
        (.war, TextPattern("\\b(?:(?:\\d+|forty-four|six)[- ](?:day|week)|second (?:nagorno-)?karabakh|first (?:nagorno-)?karabakh|last year[’']s|the 20\\d\\d|bloody|full-scale|autumn) war\\b|\\bwar (?:of|in) (?:19|20)\\d\\d\\b|\\bwar (?:ended|broke out)\\b"), 0.85),
        (.shelling, TextPattern("\\b(shell(?:ing|ed|s)?|bombard\\w*|artillery|mortars?|mortar fire|drones?|drone strikes?|air ?strikes?|rockets?|missiles?|struck|grad|howitzers?)\\b"), 0.85),
        (.capture, TextPattern("\\b(captur\\w*|taken (?:prisoner|captive)|detain\\w*|abduct\\w*|prisoners? of war|pows?)\\b"), 0.8),
        (.armedClash, TextPattern("\\b(clash\\w*|exchang\\w* (?:of )?fire|exchanged fire|traded fire|firefights?|gunfire|shoot-?outs?|opened fire|opening fire|fir(?:ed|ing) (?:on|at|upon)|fighting|skirmish\\w*|hostilities|gun battles?|shots? (?:were )?fired|sniper|attack\\w*|offensive|provocations?|violat\\w* (?:the )?(?:ceasefire|truce))\\b"), 0.8),
        (.incursion, TextPattern("\\b(incursions?|advanc\\w*|cross\\w* (?:into|the border|the state border)|entered|penetrat\\w*|occup\\w*|seized|took (?:up )?positions|moved into|pushed into)\\b"), 0.75),
        (.ceasefire, TextPattern("\\b(ceasefire|cease-fire|truce|hostilities (?:had |have )?ceased|agreed to (?:de-?escalate|cease|stop)|de-?escalat\\w*|peace deal)\\b"), 0.8),
        (.statement, TextPattern("\\b(accus\\w*|blam\\w*|called on|calls? on|urg\\w*|condemn\\w*|warn\\w*|den(?:ied|ies)|insist\\w*|demand\\w*|protest\\w*|responsibility|concern\\w*)\\b"), 0.7),
    ]

    static let violation = TextPattern("\\bviolat\\w* (?:the |a |its )?(?:ceasefire|truce)|\\b(?:ceasefire|truce) (?:was |had been )?(?:broken|violated)")

    /// The sentence's event, or nil when it reports none.
    public static func mention(in sentence: String) -> EventMention? {
        for (type, pattern, confidence) in patterns {
            guard let m = pattern.firstMatch(in: sentence) else { continue }
            // "ceasefire" next to fighting words is a violation, typed as the fighting.
            if type == .ceasefire, violation.contains(sentence) {
                return EventMention(type: .armedClash, isViolation: true, start: m.start, end: m.end, text: m.text, confidence: 0.7)
            }
            return EventMention(type: type, isViolation: type == .armedClash && violation.contains(sentence),
                                start: m.start, end: m.end, text: m.text, confidence: confidence)
        }
        return nil
    }

    /// Fighting types merge into one incident per date and place; a
    /// ceasefire, a war and a statement each stay their own.
    static func family(_ t: EventType) -> String {
        switch t {
        case .armedClash, .shelling, .incursion, .capture: "fighting"
        case .ceasefire: "ceasefire"
        case .war: "war"
        case .statement: "statement"
        }
    }

    /// Which type names a merged incident: the most specific fighting word wins.
    static func rank(_ t: EventType) -> Int {
        switch t {
        case .shelling: 0
        case .armedClash: 1
        case .incursion: 2
        case .capture: 3
        case .war: 4
        case .ceasefire: 5
        case .statement: 6
        }
    }
}

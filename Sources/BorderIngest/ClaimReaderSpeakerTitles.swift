/// "The Kyrgyz interior ministry said", "Kyrgyzstan's emergencies ministry said", "the Tajik border troops commander
/// said", "a Tajik representative said": the lower-case titles of offices and bodies a speaker's name is made of, so
/// the name reaches back to the side word before them.
extension ClaimReader {
    static let titleWords: Set<String> = [
        "ambassador", "embassy", "envoy", "representative", "representatives", "commander", "committee", "interior",
        "emergencies", "emergency", "situations", "health", "national", "prosecutor", "prosecutor's",
        "prosecutor’s", "director", "chairman", "delegation", "ministries", "ministers", "investigators",
        "spokespeople", "affairs", "intelligence", "guard",
    ]
}

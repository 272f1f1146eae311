/// "Two days ago", "the day before yesterday": a count of days back from publication names one day, as
/// "yesterday" does.
extension DateReader {
    /// The phrase `RelativeDate` reads for "`n` days ago", or nil for a count too large to be a news report's day.
    static func daysAgo(_ n: Int) -> String? {
        (2...14).contains(n) ? "\(n) days ago" : nil
    }
}

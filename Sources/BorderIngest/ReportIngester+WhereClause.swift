extension ReportIngester {
    /// A stretch of a sentence to read as one event: its words, its date, and the first token whose places count.
    struct Stretch {
        var from: Int
        var to: Int
        var date: DateReader.Mention?
        var placesFrom: Int
        /// The clause recalls an event like the one before it ("where a similar incident took place on June 3").
        var likeThePrevious = false
    }

    /// "fire broke out near Isfara, where a similar incident took place on June 3": the date belongs to the
    /// clause after "where" only; the clause before it is undated, and its place, which "where" points back
    /// to, is the place of both.
    static func splitAtWhere(_ w: [String], _ a: Int, _ b: Int, _ date: DateReader.Mention?, places: [PlaceMention])
        -> [Stretch]
    {
        guard let date, date.firstToken > a,
            let k = (a..<date.firstToken).last(where: { w[$0] == "where" }),
            let antecedent = places.last(where: { $0.lastToken < k && $0.lastToken >= k - 2 }),
            antecedent.firstToken >= a
        else { return [Stretch(from: a, to: b, date: date, placesFrom: a)] }
        let clause = k + 1 <= b ? Array(w[(k + 1)...b]) : []
        return [
            Stretch(from: a, to: k - 1, date: nil, placesFrom: a),
            Stretch(from: k, to: b, date: date, placesFrom: a, likeThePrevious: clause.contains("similar")),
        ]
    }
}

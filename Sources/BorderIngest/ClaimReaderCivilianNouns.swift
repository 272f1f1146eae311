/// "Killing a teacher", "a 12-year-old girl was killed", "a Kyrgyz driver was injured": civilians are often
/// named by their age, family or work, and one of them counts as one victim like "a soldier" does.
extension ClaimReader {
    /// Words for civilians by age, family or work, singular and plural.
    static let civilianNouns: Set<String> = [
        "girl", "girls", "boy", "boys", "teenager", "teenagers", "child", "children", "schoolchildren",
        "schoolboy", "schoolgirl", "pupil", "pupils", "student", "students", "teacher", "teachers", "shepherd",
        "shepherds", "herder", "herders", "farmer", "farmers", "driver", "drivers", "worker", "workers", "doctor",
        "doctors", "nurse", "nurses", "paramedic", "paramedics", "pensioner", "pensioners", "journalist",
        "journalists", "mother", "father", "son", "daughter", "brother", "sister", "husband", "wife", "local",
        "locals", "inhabitant", "inhabitants", "passer-by", "passers-by", "youth", "youths", "elderly",
    ]
}

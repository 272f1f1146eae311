@testable import BorderPostGIS
import BorderEventStore
import XCTest

final class PostgresLocationTests: XCTestCase {
    private let env = ["USER": "analyst"]

    func testTheSchemaIsTakenOutAndEverythingElseGoesToLibpq() throws {
        let l = try PostgresLocation(
            url: "postgresql://bw@db.example:6543/events?schema=theatre_2&sslmode=verify-full&sslrootcert=/tmp/ca.crt",
            environment: env)
        XCTAssertEqual(l.schema.text, "theatre_2")
        XCTAssertEqual(l.place, "db.example:6543")
        XCTAssertEqual(l.user, "bw")
        XCTAssertFalse(l.connectionString.contains("schema="))
        XCTAssertTrue(
            l.connectionString.contains("sslmode=verify-full") && l.connectionString.contains("sslrootcert=/tmp/ca.crt")
        )
        XCTAssertTrue(l.connectionString.contains("connect_timeout=5"), "a default time-out when none is given")
        XCTAssertEqual(
            l.description,
            "postgresql://bw@db.example:6543/events?sslmode=verify-full&sslrootcert=/tmp/ca.crt&schema=theatre_2")
    }

    func testAPasswordInTheURLIsNoticedAndNeverShown() throws {
        let l = try PostgresLocation(url: "postgresql://bw:s3cret@db/events", environment: env)
        XCTAssertTrue(l.carriesPassword)
        XCTAssertFalse(l.description.contains("s3cret"))
        XCTAssertTrue(l.connectionString.contains("s3cret"), "libpq still gets it")
        XCTAssertFalse(try PostgresLocation(url: "postgresql://bw@db/events", environment: env).carriesPassword)
        XCTAssertEqual(
            PostgresLocation.redacted("postgresql://bw:s3cret@db/events?password=x"),
            "postgresql://bw:***@db/events?password=***")
    }

    func testBadURLsAreRefusedWithTheReasonAndWithoutThePassword() {
        for (url, phrase) in [
            ("postgresql://bw:pw@db/", "no database name"),
            ("postgresql://bw:pw@db/events?schema=Robert%27);DROP", "schema must be"),
            ("postgresql://bw:pw@db/events?schema=", "schema must be"),
            ("postgresql://bw:pw@db/events?no_such_option=1", "no_such_option"),
            ("mysql://db/events", "expected postgresql://"),
        ] {
            XCTAssertThrowsError(try PostgresLocation(url: url, environment: env)) { error in
                XCTAssertTrue("\(error)".contains(phrase), "\(url): \(error)")
                XCTAssertFalse("\(error)".contains(":pw@"), "\(url): \(error)")
            }
        }
    }

    func testAServiceOrPGDATABASEMayNameTheDatabase() throws {
        XCTAssertNoThrow(try PostgresLocation(url: "postgresql://?service=borderwatch", environment: env))
        XCTAssertNoThrow(try PostgresLocation(url: "postgresql://db", environment: ["PGDATABASE": "events"]))
        XCTAssertEqual(
            try PostgresLocation(url: "postgresql:///events", environment: ["PGHOST": "pg.example", "PGPORT": "7000"])
                .place,
            "pg.example:7000")
    }

    func testASchemaNameCannotBeMadeUnchecked() {
        XCTAssertNil(SchemaName(checking: "Upper"))
        XCTAssertNil(SchemaName(checking: "1starts_with_digit"))
        XCTAssertNil(SchemaName(checking: "quote\"d"))
        XCTAssertNil(SchemaName(checking: String(repeating: "a", count: 64)))
        XCTAssertEqual(SchemaName(checking: "select")?.quoted, "\"select\"", "a reserved word is safe quoted")
        XCTAssertThrowsError(try SchemaName("a b"))
    }

    func testSelectionsBecomeOneStatementWithParameters() {
        var s = StoreSelection()
        s.types = ["armed-clash", "shelling"]
        let (text, binds) = PostGISSelection.sql(s)
        XCTAssertTrue(text.contains("i.type = ANY($1::text[])"), text)
        XCTAssertEqual(binds.first, .textArray(["armed-clash", "shelling"]))
        XCTAssertFalse(text.contains("armed-clash"), "values never enter the text")
    }
}

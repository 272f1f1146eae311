import PostgresClient
import XCTest

final class PostgresArrayTextTests: XCTestCase {
    func testQuotesAndBackslashesRoundTrip() {
        let items = ["plain", "with \"quotes\"", "back\\slash", "comma, and {braces}", "", "NULL", "Kəlbəcər"]
        let text = PostgresArrayText.encode(items)
        XCTAssertEqual(text, #"{"plain","with \"quotes\"","back\\slash","comma, and {braces}","","NULL","Kəlbəcər"}"#)
        XCTAssertEqual(PostgresArrayText.decode(text), items)
    }

    func testTheServersUnquotedFormIsRead() {
        XCTAssertEqual(PostgresArrayText.decode("{ARM,AZE}"), ["ARM", "AZE"])
        XCTAssertEqual(PostgresArrayText.decode("{}"), [])
        XCTAssertEqual(PostgresArrayText.decode(#"{"a b",c}"#), ["a b", "c"])
    }

    func testWhatIsNotAnArrayIsRefused() {
        XCTAssertNil(PostgresArrayText.decode("ARM"))
        XCTAssertNil(PostgresArrayText.decode("{NULL}"))
        XCTAssertNil(PostgresArrayText.decode(#"{"open}"#))
        XCTAssertNil(PostgresArrayText.decode("{a,}"))
    }

    func testConnectionStringsAreCheckedByLibpqWithoutConnecting() throws {
        let options = try ConnectionOptions.parse(
            "postgresql://bw@127.0.0.1:5999/events?sslmode=verify-full&connect_timeout=3")
        XCTAssertEqual(options["host"], "127.0.0.1")
        XCTAssertEqual(options["port"], "5999")
        XCTAssertEqual(options["dbname"], "events")
        XCTAssertEqual(options["sslmode"], "verify-full")
        XCTAssertThrowsError(try ConnectionOptions.parse("postgresql://h/db?no_such_option=1")) { error in
            XCTAssertTrue("\(error)".contains("no_such_option"), "\(error)")
        }
    }

    func testARefusedConnectionSaysWhereAndNeverThePassword() {
        // Port 1 on loopback: nothing listens there.
        XCTAssertThrowsError(
            try PostgresConnection(connectionString: "postgresql://u:sekrit@127.0.0.1:1/db?connect_timeout=2")
        ) { error in
            guard case let .connection(message) = error as? PostgresClientError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("127.0.0.1") && message.contains("1"), message)
            XCTAssertFalse(message.contains("sekrit"), message)
        }
    }
}

import Foundation
import XCTest

/// TLS to PostgreSQL through libpq's `sslmode`, against a cluster that
/// accepts TLS connections only, with a certificate from a CA made for the test.
final class PostGISTLSTests: XCTestCase {
    private var cluster: PostgresCluster!

    override func setUpWithError() throws {
        cluster = try PostgresCluster()
        try cluster.requireTLS()
    }

    override func tearDown() { cluster?.destroy() }

    private func relate(_ parameters: String) throws -> CommandRunner.Result {
        try CommandRunner.run([
            "query", "incidents", "--side", "ARM", "--format", "csv",
            "--store", cluster.url(schema: "tls") + "&" + parameters,
        ])
    }

    func testWithoutTLSTheServerRefusesAndWithItEverythingWorks() throws {
        let plain = try relate("sslmode=disable")
        XCTAssertEqual(plain.status, 2, plain.stderr)
        XCTAssertTrue(plain.stderr.contains("no encryption") || plain.stderr.contains("pg_hba.conf"), plain.stderr)

        XCTAssertEqual(
            try PostgresCluster.createStore(cluster.url(schema: "tls") + "&sslmode=require"), 0,
            "run creates the store over TLS")
        let required = try relate("sslmode=require")
        XCTAssertEqual(required.status, 0, required.stderr)
        XCTAssertTrue(required.stdout.contains("2021-07-28-sotk-verin-shorzha"), required.stdout)
        XCTAssertEqual(
            try cluster.sql("SELECT count(*) FROM tls.incidents"), String(try BundledCatalog.incidentCount()))
    }

    func testVerifyFullChecksTheChainAgainstTheGivenCA() throws {
        let ca = cluster.directory.appendingPathComponent("ca.crt").path
        let verified = try relate("sslmode=verify-full&sslrootcert=\(ca)")
        XCTAssertEqual(verified.status, 0, verified.stderr)

        let stranger = try relate("sslmode=verify-full&sslrootcert=\(try cluster.strangerCA())")
        XCTAssertEqual(stranger.status, 2, stranger.stderr)
        XCTAssertEqual(stranger.stderr.split(separator: "\n").count, 1, stranger.stderr)
        XCTAssertTrue(stranger.stderr.contains("certificate verify failed"), stranger.stderr)
    }
}

import Foundation
import XCTest

/// A real PostgreSQL 15 + PostGIS cluster for one test: `initdb` into a
/// temporary folder (as the `postgres` user when the tests run as root,
/// since initdb refuses root), started on a free loopback port with
/// password (SCRAM) authentication, and removed by `destroy()`.
/// `make test` installs postgresql-15-postgis-3.
final class PostgresCluster: @unchecked Sendable {
    static let bin = "/usr/lib/postgresql/15/bin"
    static let user = "borderwatch"
    static let password = "bw-test-secret"

    let directory: URL
    var data: URL { directory.appendingPathComponent("data") }
    let port: Int

    /// The URL of database `postgres` in `schema`, without a password: the
    /// commands the tests start find it in `PGPASSWORD`, as a user's would in
    /// `~/.pgpass` or the environment, never on a command line.
    func url(schema: String = "borderwatch") -> String {
        "postgresql://\(Self.user)@127.0.0.1:\(port)/postgres?schema=\(schema)"
    }

    /// Makes the BorderWatch store at `url` as a user does, with `run` (the
    /// commands that only read never create one); returns `run`'s status.
    @discardableResult
    static func createStore(_ url: String) throws -> Int32 {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        return try CommandRunner.run(["run", "--store", url, "--out", out.path]).status
    }

    /// The environment the commands run with: this process's, with the cluster's password.
    static func environment(password: String = PostgresCluster.password) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password]) { $1 }
    }

    /// Skips the test (with the reason) when PostgreSQL 15 or PostGIS is not installed.
    static func requireInstalled() throws {
        guard FileManager.default.isExecutableFile(atPath: bin + "/initdb"),
            FileManager.default.fileExists(atPath: "/usr/share/postgresql/15/extension/postgis.control")
        else {
            throw XCTSkip("postgresql-15-postgis-3 is not installed (make test installs it)")
        }
    }

    /// A new primary, started.
    convenience init() throws {
        try Self.requireInstalled()
        // Every command and server the tests start inherits the password from here.
        setenv("PGPASSWORD", Self.password, 1)
        try self.init(directory: Self.makeDirectory(), port: Self.freePort())
        let pw = directory.appendingPathComponent("pw")
        try Self.password.write(to: pw, atomically: true, encoding: .utf8)
        try Self.giveAway(pw)
        try run(
            "initdb",
            [
                "-D", data.path, "-U", Self.user, "--pwfile=\(pw.path)", "--auth-local=trust",
                "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
            ])
        try start()
    }

    private init(directory: URL, port: Int) throws {
        self.directory = directory
        self.port = port
    }

    /// A streaming replica of `primary` (pg_basebackup -R), started on its own port.
    static func replica(of primary: PostgresCluster) throws -> PostgresCluster {
        let r = try PostgresCluster(directory: makeDirectory(), port: freePort())
        try r.run(
            "pg_basebackup",
            [
                "-h", "127.0.0.1", "-p", String(primary.port), "-U", user, "-D", r.data.path, "-R",
                "-X", "stream", "-c", "fast",
            ], environment: ["PGPASSWORD": password])
        try r.start()
        return r
    }

    /// Extra server settings (`-c name=value`), such as TLS's.
    var settings: [String] = []

    func start() throws {
        let extra = settings.map { " -c \($0)" }.joined()
        try run(
            "pg_ctl",
            [
                "-D", data.path, "-l", directory.appendingPathComponent("log").path, "-w", "-t", "60",
                "-o", "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off\(extra)", "start",
            ])
    }

    /// Restarts the server with TLS only: a certificate for 127.0.0.1 signed
    /// by a CA made here (its certificate is `ca.crt` in the cluster's
    /// folder), and every connection without TLS rejected by pg_hba.conf.
    func requireTLS() throws {
        let dir = directory.path
        func openssl(_ arguments: [String]) throws {
            let (status, output) = try Self.spawn(["/usr/bin/openssl"] + arguments, environment: [:])
            guard status == 0 else {
                throw NSError(
                    domain: "PostgresCluster", code: Int(status),
                    userInfo: [NSLocalizedDescriptionKey: "openssl: \(output)"])
            }
        }
        try openssl([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=BorderWatch test CA",
            "-keyout", dir + "/ca.key", "-out", dir + "/ca.crt",
        ])
        try openssl([
            "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", dir + "/server.key",
            "-out", dir + "/server.csr",
        ])
        try "subjectAltName=IP:127.0.0.1\n".write(toFile: dir + "/san.ext", atomically: true, encoding: .utf8)
        try openssl([
            "x509", "-req", "-in", dir + "/server.csr", "-CA", dir + "/ca.crt", "-CAkey", dir + "/ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", dir + "/san.ext", "-out", dir + "/server.crt",
        ])
        for file in ["server.key", "server.crt"] { try Self.giveAway(URL(fileURLWithPath: dir + "/" + file)) }
        chmod(dir + "/server.key", 0o600)
        let hba = data.appendingPathComponent("pg_hba.conf")
        let rules = try String(contentsOf: hba, encoding: .utf8)
        try ("hostnossl all all 0.0.0.0/0 reject\nhostnossl all all ::/0 reject\n" + rules).write(
            to: hba, atomically: false, encoding: .utf8)
        settings = ["ssl=on", "ssl_cert_file=\(dir)/server.crt", "ssl_key_file=\(dir)/server.key"]
        try stop()
        try start()
    }

    /// A second, unrelated CA's certificate (for a chain that must not verify).
    func strangerCA() throws -> String {
        let path = directory.path + "/stranger-ca.crt"
        let (status, output) = try Self.spawn(
            [
                "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=Someone else", "-keyout", directory.path + "/stranger.key", "-out", path,
            ],
            environment: [:])
        guard status == 0 else {
            throw NSError(domain: "PostgresCluster", code: Int(status), userInfo: [NSLocalizedDescriptionKey: output])
        }
        return path
    }

    func stop() throws {
        try run("pg_ctl", ["-D", data.path, "-m", "fast", "-w", "stop"])
    }

    /// Stops the server (if running) and removes its folder.
    func destroy() {
        _ = try? run("pg_ctl", ["-D", data.path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs SQL through psql and returns what it printed (unaligned, tuples only).
    @discardableResult
    func sql(_ text: String) throws -> String {
        try run(
            "psql",
            [
                "-h", "127.0.0.1", "-p", String(port), "-U", Self.user, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-At", "-c", text,
            ], environment: ["PGPASSWORD": Self.password]
        )
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// psql kept open: statements written to it run in one session, until `close()`.
    func session() throws -> (process: Process, input: FileHandle) {
        let p = Process(), pipe = Pipe()
        p.executableURL = URL(fileURLWithPath: Self.bin + "/psql")
        p.arguments = ["-h", "127.0.0.1", "-p", String(port), "-U", Self.user, "-d", "postgres", "-q"]
        p.environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": Self.password]) { $1 }
        p.standardInput = pipe
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        return (p, pipe.fileHandleForWriting)
    }

    @discardableResult
    func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let command =
            (geteuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []) + [Self.bin + "/" + tool] + arguments
        // Through Python, which closes every other descriptor: Foundation's Process notices a child's exit by a
        // descriptor the child inherits, and the server that pg_ctl leaves running would hold it open for ever.
        let (status, output) = try Self.spawn(
            // From "/": the postgres user may not enter the checkout (a 0700 folder), and psql then fails.
            ["/usr/bin/python3", "-c", "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:], cwd='/'))"]
                + command, environment: environment)
        guard status == 0 else {
            let log = (try? String(contentsOf: directory.appendingPathComponent("log"), encoding: .utf8)) ?? ""
            throw NSError(
                domain: "PostgresCluster", code: Int(status),
                userInfo: [NSLocalizedDescriptionKey: "\(tool) failed (\(status)): \(output)\n\(log.suffix(2000))"])
        }
        return output
    }

    /// Runs a command with posix_spawn and waits for it with waitpid: a
    /// lost exit notice of Foundation's Process (seen once as a hang while
    /// other children were alive) cannot stall a test here.
    static func spawn(_ argv: [String], environment: [String: String]) throws -> (Int32, String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-pg-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let env = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        var cArgs = argv.map { strdup($0) } + [nil], cEnv = env.map { strdup($0) } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var pid = pid_t()
        let rc = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv)
        guard rc == 0 else {
            throw NSError(
                domain: "PostgresCluster", code: Int(rc),
                userInfo: [NSLocalizedDescriptionKey: "cannot start \(argv[0])"])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exit, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }

    private static func makeDirectory() throws -> URL {
        let dir = URL(fileURLWithPath: "/tmp").appendingPathComponent("bw-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try giveAway(dir)
        return dir
    }

    /// Hands a file to the `postgres` user when the tests run as root.
    static func giveAway(_ url: URL) throws {
        guard geteuid() == 0, let pw = getpwnam("postgres") else { return }
        guard chown(url.path, pw.pointee.pw_uid, pw.pointee.pw_gid) == 0 else {
            throw NSError(
                domain: "PostgresCluster", code: 1, userInfo: [NSLocalizedDescriptionKey: "chown \(url.path) failed"])
        }
    }

    /// A loopback port nobody listens on now (bound, read, released).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0
            }
        }
        guard ok else {
            throw NSError(domain: "PostgresCluster", code: 2, userInfo: [NSLocalizedDescriptionKey: "no free port"])
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real `borderwatch serve` on a free loopback port, started for a test
/// and stopped with SIGTERM (the way a service manager stops it).
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let output: URL
    var base: String { "http://127.0.0.1:\(port)" }

    /// `extra` arguments go after `serve` (such as `--store PATH`).
    init(_ extra: [String] = []) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("bw-serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = CommandRunner.binary
        process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"] + extra
        process.currentDirectoryURL = CommandRunner.repository
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        try process.run()
        // The command prints the bound port once it listens. The wait is generous: under
        // `swift test --parallel` several servers and PostgreSQL clusters start at once.
        let deadline = Date().addingTimeInterval(180)
        var found: Int?
        while found == nil, Date() < deadline, process.isRunning {
            let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
            if let r = text.range(of: #"serving http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                found = Int(text[r].split(separator: ":").last!.dropLast())
            } else {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        guard let found else {
            process.terminate()
            throw NSError(
                domain: "ServerProcess", code: 1,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "the server did not start: \((try? String(contentsOf: output, encoding: .utf8)) ?? "")"
                ])
        }
        port = found
    }

    /// SIGTERM, then the exit status (nil if it did not stop within 10 s; it is then killed).
    func stop() -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit(); return nil }
        return process.terminationStatus
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    struct Reply { var status: Int; var type: String; var body: String; var retryAfter: String? = nil }

    func get(_ path: String, accept: String = "application/json", method: String = "GET", body: Data? = nil) throws
        -> Reply
    {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body
        request.setValue(accept, forHTTPHeaderField: "Accept")
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var reply: Reply?
        nonisolated(unsafe) var failure: Error?
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error {
                failure = error
            } else if let http = response as? HTTPURLResponse {
                reply = Reply(
                    status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
                    body: String(decoding: data ?? Data(), as: UTF8.self),
                    retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
            }
            done.signal()
        }.resume()
        done.wait()
        if let failure { throw failure }
        return reply!
    }

    /// Runs a tool (ogrinfo, python, chromium) and returns its exit status and output.
    static func tool(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (
        Int32, String
    ) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        if let environment { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("bw-tool-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
    }
}

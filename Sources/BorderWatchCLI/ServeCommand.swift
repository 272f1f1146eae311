import ArgumentParser
import BorderServer
import Foundation

/// `borderwatch serve`: OGC API – Features and the map page over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog and geodata over OGC API – Features, with a map page at /.",
        discussion: """
          Read-only. Binds to 127.0.0.1 unless --host says otherwise. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
            borderwatch serve --port 8080
            ogrinfo OAPIF:http://127.0.0.1:8080
          """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and prints it).")
    var port = 8080

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError.badInput("--port \(port): expected 0 to 65535") }
        let service: OGCService
        do { service = try OGCService(related: try BundledData.related()) } catch let e as CLIError { throw e } catch {
            throw CLIError.badInput("cannot prepare the collections: \(error)")
        }
        let outcome = ServerOutcome()
        let done = DispatchSemaphore(value: 0)
        let (host, port) = (host, port)
        Task {
            do {
                try await HTTPServer.run(service, host: host, port: port) { bound in
                    FileHandle.standardOutput.write(Data("serving http://\(host):\(bound)/ (OGC API – Features; the map at /)\n".utf8))
                }
            } catch { outcome.set("\(error)") }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure { throw CLIError.badInput("cannot serve on \(host):\(port): \(failure)") }
    }
}

/// The server task's failure, handed back to the waiting command.
final class ServerOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?
    func set(_ m: String) { lock.lock(); message = m; lock.unlock() }
    var failure: String? { lock.lock(); defer { lock.unlock() }; return message }
}

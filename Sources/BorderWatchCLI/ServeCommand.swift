import ArgumentParser
import BorderServer
import Foundation

/// `borderwatch serve`: OGC API – Features and the map page over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the catalog and geodata over OGC API – Features, with a map page at /.",
        discussion: """
          Reads the store when it exists (--store), else the bundled catalog. Read-only.
          Binds to 127.0.0.1 unless --host says otherwise. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
            borderwatch serve --port 8080
            ogrinfo OAPIF:http://127.0.0.1:8080
          """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and prints it).")
    var port = 8080

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        guard (0...65535).contains(port) else { throw CLIError.badInput("--port \(port): expected 0 to 65535") }
        let service: OGCService
        do { service = try OGCService(related: try storeOptions.related()) } catch let e as CLIError { throw e } catch {
            throw CLIError.badInput("cannot prepare the collections: \(error)")
        }
        let (host, port) = (host, port)
        do {
            try blocking {
                try await HTTPServer.run(service, host: host, port: port) { bound in
                    FileHandle.standardOutput.write(Data("serving http://\(host):\(bound)/ (OGC API – Features; the map at /)\n".utf8))
                }
            }
        } catch { throw CLIError.badInput("cannot serve on \(host):\(port): \(error)") }
    }
}

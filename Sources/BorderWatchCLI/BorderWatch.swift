import ArgumentParser
import Foundation

/// The `borderwatch` command: located, attributed border events.
///
/// Exit codes: 0 success, 1 nothing found, 2 bad input (errors go to
/// standard error with the cause and a hint).
@main
struct BorderWatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderwatch",
        abstract: "Locate and relate reported incidents on the Armenia–Azerbaijan border.",
        discussion: "Exit codes: 0 success, 1 nothing found, 2 bad input.",
        subcommands: [
            RunCommand.self, PlaceCommand.self, RelateCommand.self, QueryCommand.self, LayersCommand.self,
            ReportCommand.self, StatsCommand.self, ImportCommand.self, ExportCommand.self, IngestCommand.self,
            ServeCommand.self,
            SelfCheck.self, GeodataCommand.self, StoreCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            Foundation.exit(error.code)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            // ArgumentParser's own messages start with "Error: "; one prefix is enough.
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            FileHandle.standardError.write(Data("error: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}

/// An error with the exit code it should end the command with.
struct CLIError: Error {
    var message: String
    var code: Int32

    static func nothingFound(_ message: String) -> CLIError { CLIError(message: message, code: 1) }
    static func badInput(_ message: String) -> CLIError { CLIError(message: message, code: 2) }
}

import ArgumentParser

/// The `borderwatch` command: located, attributed border events.
@main
struct BorderWatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderwatch",
        abstract: "Locate and relate reported incidents on the Armenia–Azerbaijan border.",
        subcommands: [SelfCheck.self, GeodataCommand.self],
        defaultSubcommand: SelfCheck.self
    )
}

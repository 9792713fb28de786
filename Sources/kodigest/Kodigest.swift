import ArgumentParser
import KoDigest

@main
struct Kodigest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kodigest",
        abstract: "Turn Korean summaries of research papers into trustworthy data.",
        version: KoDigestVersion.string,
        subcommands: [RunCommand.self, CleanCommand.self, LintCommand.self, GlossaryCommand.self, DiffCommand.self, NormalizeCommand.self]
    )

    /// As ParsableCommand's, but usage errors exit 2 (the project's code for usage, configuration
    /// and input errors) instead of the parser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error))
                exit(withError: ExitCode.inputError)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by every command that reads digests.
struct InputOptions: ParsableArguments {
    @Argument(help: "Digest files, folders (searched for *.md), or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Worker threads (default: all cores).")
    var jobs: Int = Machine.cores

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

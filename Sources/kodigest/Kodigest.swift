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

    @Option(name: .customLong("context"), help: ContextOption.help)
    var context: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        try ContextOption.validate(context)
    }
}

/// `--context`: more digests to learn from, for a run over a few.
enum ContextOption {
    static let help = ArgumentHelp(
        "Digest files or folders read for corpus evidence only (repeatable): their records are not checked or written.",
        discussion: "Term spans and duplicate ids of a single day come out as in a run over the whole corpus.")

    static func validate(_ paths: [String]) throws {
        if paths.contains("-") { throw ValidationError("--context takes files or folders, not standard input") }
    }
}

import ArgumentParser
import KoDigest

#if canImport(Glibc)
import Glibc
#endif

extension DiffFormat: ExpressibleByArgument {}
extension DiffFailPolicy: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two run directories: records, findings, glossary and manifest.",
        discussion: """
            Records are matched by id across records.jsonl and quarantine.jsonl; findings by fingerprint; \
            glossary concepts by key. Differences only in provenance (record sources, input hashes and \
            paths, timings) are reported but do not count.

            Exit status: 0 no differences, 1 differences (or, with --fail-on new-errors, new error \
            findings), 2 a run directory or file could not be read.
            """
    )

    @Argument(help: "The earlier run directory.")
    var runA: String

    @Argument(help: "The later run directory.")
    var runB: String

    @Option(help: "Output format; markdown is ready to paste into a pull-request comment.")
    var format: DiffFormat = .text

    @Option(help: "What makes the exit status 1: any difference, or only error findings that the first run lacked.")
    var failOn: DiffFailPolicy = .differences

    @Flag(help: "Never colour the text output (it is coloured only on a terminal anyway).")
    var noColor = false

    func run() throws {
        let old: RunSnapshot, new: RunSnapshot
        do {
            old = try RunSnapshot.load(directory: runA)
            new = try RunSnapshot.load(directory: runB)
        } catch {
            Terminal.error(error.description)
            throw ExitCode.inputError
        }
        let diff = RunDiff(old: old, new: new)
        let colour = format == .text && !noColor && Terminal.isTerminal(1) && getenv("NO_COLOR") == nil
        Terminal.write(Array(DiffRenderer.render(diff, format: format, colour: colour).utf8))
        let code = diff.exitCode(failOn: failOn)
        if code != 0 { throw ExitCode(code) }
    }
}

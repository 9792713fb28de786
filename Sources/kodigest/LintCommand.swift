import ArgumentParser
import KoDigest

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check summaries for off-topic text, truncation, leaked structure, markup and more.",
        discussion: "Exit 1 when a finding reaches --fail-on (default: error), 2 on input or configuration errors."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning, info, never }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (compiler-style), json (findings.json) or sarif (SARIF 2.1.0).")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding reaches this level: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(name: .shortAndLong, help: "Where to write the findings (default: standard output).")
    var output: String?

    @Option(help: "A pipeline file whose lint stage configures the rules (enable, severity, thresholds).")
    var pipeline: String?

    @Option(help: "Also write the records with their terms and findings as JSON lines to this file.")
    var records: String?

    @Option(help: "Hide findings whose fingerprints are listed in this file (from --write-baseline).")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the fingerprints of the findings to this file.")
    var writeBaseline: String?

    @Flag(help: "Colour the text output even when standard output is not a terminal.")
    var color = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
    }

    func run() throws {
        var spec = try loadSpec()
        spec.stages = [.normalize, .terms, .lint]
        spec.quarantineAt = nil
        let recordsFile = try records.map { try StreamingFile(path: $0) }
        let (outcome, inputFailed) = try runPipeline(spec, inputs: input.inputs, context: input.context, jobs: input.jobs, data: data) { run, progress in
            try run.run(records: recordsFile, quarantine: nil, progress: progress)
        }
        var entries = outcome.findings
        if let path = writeBaseline {
            var out = OutputFile()
            out.append(FindingsBaseline.render(entries))
            try out.write(to: path)
        }
        if let path = baseline {
            do { entries = try FindingsBaseline.read(path).filter(entries) } catch {
                Terminal.error("\(error)")
                throw ExitCode.inputError
            }
        }
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(FindingsWriter.text(entries, color: color || (output == nil && Terminal.isTerminal(1))).utf8)
        case .json: bytes = FindingsWriter.json(entries)
        case .sarif: bytes = FindingsWriter.sarif(entries)
        }
        if let output {
            try OutputFile.writeAtomically(bytes, to: output)
        } else {
            Terminal.write(bytes)
        }
        if inputFailed { throw ExitCode.inputError }
        if let level = Severity(rawValue: failOn.rawValue), entries.contains(where: { $0.finding.severity >= level }) {
            throw ExitCode(1)
        }
    }

    func loadSpec() throws -> PipelineSpec {
        guard let pipeline else { return .standard }
        do {
            return try PipelineLoader(validateRule: lintRuleValidator).load(path: pipeline)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.inputError
        }
    }
}

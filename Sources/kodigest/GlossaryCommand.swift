import ArgumentParser
import KoDigest

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Extract the Korean–English term glossary of the digests (TSV, CSV, JSON or TBX)."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: tsv, csv, json or tbx.")
    var format: GlossaryFormat = .tsv

    @Option(name: .shortAndLong, help: "Where to write the glossary (default: standard output).")
    var output: String?

    @Option(help: "Also write the records with their terms (JSON lines) here.")
    var records: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
    }

    func run() throws {
        var spec = PipelineSpec.standard
        spec.stages = [.normalize, .terms]
        spec.quarantineAt = nil
        let recordsFile = try records.map { try StreamingFile(path: $0) }
        let (outcome, inputFailed) = try runPipeline(spec, inputs: input.inputs, context: input.context, jobs: input.jobs, data: data) { run, progress in
            try run.run(records: recordsFile, quarantine: nil, progress: progress)
        }
        let bytes = Array((outcome.glossary?.render(format) ?? "").utf8)
        if let output {
            try OutputFile.writeAtomically(bytes, to: output)
        } else {
            Terminal.write(bytes)
        }
        if inputFailed { throw ExitCode.inputError }
    }
}

extension GlossaryFormat: ExpressibleByArgument {}

import ArgumentParser
import KoDigest

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Write cleaned bilingual records as JSON lines; failures go to quarantine with reasons.",
        discussion: "Every record read ends up in one of the two files; records with an error finding are quarantined."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Where to write the records (JSON lines).")
    var output: String = "records.jsonl"

    @Option(help: "Where to write quarantined records with their reasons (JSON lines).")
    var quarantine: String = "quarantine.jsonl"

    @Option(help: "A pipeline file (its lint rules and quarantine level apply).")
    var pipeline: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
    }

    func run() throws {
        var spec = PipelineSpec.standard
        if let pipeline {
            do { spec = try PipelineLoader(validateRule: lintRuleValidator).load(path: pipeline) } catch {
                Terminal.error("\(error)")
                throw ExitCode.inputError
            }
        }
        let records = try StreamingFile(path: output)
        let held = try StreamingFile(path: quarantine)
        let (outcome, inputFailed) = try runPipeline(spec, inputs: input.inputs, context: input.context, jobs: input.jobs, data: data) { run, progress in
            try run.run(records: records, quarantine: held, progress: progress)
        }
        let c = outcome.counts
        Terminal.error("\(c.kept) records → \(output), \(c.quarantined + c.rejected) quarantined → \(quarantine)")
        if inputFailed { throw ExitCode.inputError }
    }
}

import ArgumentParser
import KoDigest

struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Write cleaned bilingual records as JSON lines; failures go to quarantine with reasons."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Where to write the records (JSON lines).")
    var output: String = "records.jsonl"

    @Option(help: "Where to write quarantined records with their reasons (JSON lines).")
    var quarantine: String = "quarantine.jsonl"

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
    }

    func run() throws {
        let inputs = InputSet(arguments: input.inputs)
        var failed = Terminal.report(inputs.diagnostics)
        var records = OutputFile(), quarantined = OutputFile()
        var kept = 0, held = 0
        let router = Router()
        try FilePass(inputs: inputs, jobs: input.jobs).run { file in
            if Terminal.report(file.diagnostics) { failed = true }
            for record in file.records {
                switch router.route(record) {
                case .keep:
                    records.append(line: RecordJSON.encode(record))
                    kept += 1
                case .quarantine(let reasons):
                    quarantined.append(line: RecordJSON.encode(record, reasons: reasons))
                    held += 1
                }
            }
            for rejected in file.rejected {
                quarantined.append(line: RecordJSON.encode(rejected.record, reasons: rejected.reasons))
                held += 1
            }
        }
        try records.write(to: output)
        try quarantined.write(to: quarantine)
        Terminal.error("\(kept) records → \(output), \(held) quarantined → \(quarantine)")
        if failed { throw ExitCode.inputError }
    }
}

import ArgumentParser
import KoDigest

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check summaries for off-topic text, truncation, leaked structure, markup and more."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json (findings.json) or sarif.")
    var format: String = "text"

    @Option(name: .shortAndLong, help: "Where to write the findings (default: standard output).")
    var output: String?

    @Option(help: "The Glossary directory (its lexicons/ folder holds the rules' word lists).")
    var glossary: String = "Glossary"

    @Option(help: "Also write the records with their findings as JSON lines to this file.")
    var records: String?

    @Option(help: "Hide findings whose fingerprints are listed in this file.")
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: "Write the fingerprints of today's findings to this file.")
    var writeBaseline: String?

    @Flag(help: "Colour the text output.")
    var color = false

    @Flag(name: .customLong("exit-zero"), help: "Exit 0 even when errors are found.")
    var exitZero = false

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
        guard FindingsFormat(rawValue: format) != nil else { throw ValidationError("--format must be text, json or sarif") }
    }

    func run() throws {
        let resources: LintResources
        do { resources = try LintResources.load(glossaryDirectory: glossary) } catch {
            Terminal.error("\(error)")
            throw ExitCode.inputError
        }
        let inputs = InputSet(arguments: input.inputs)
        var failed = Terminal.report(inputs.diagnostics)
        // pass 1: corpus-wide facts (duplicates)
        var facts = LintFacts()
        FilePass(inputs: inputs, jobs: input.jobs).run { file in
            for r in file.records { facts.observe(r) }
        }
        // pass 2: the rules
        let linter = Linter(configuration: .standard, resources: resources, facts: facts, terms: nil)
        var all: [Record] = []
        var lines = OutputFile()
        try FilePass(inputs: inputs, jobs: input.jobs, stages: [linter]).run { file in
            if Terminal.report(file.diagnostics) { failed = true }
            for r in file.records {
                all.append(r)
                if records != nil { lines.append(line: RecordJSON.encode(r)) }
            }
        }
        if let records { try lines.write(to: records) }
        var entries = FindingsWriter.entries(all)
        if let path = writeBaseline {
            var out = OutputFile()
            out.append(FindingsBaseline.render(entries))
            try out.write(to: path)
        }
        if let path = baseline { entries = try FindingsBaseline.read(path).filter(entries) }
        let bytes: [UInt8]
        switch FindingsFormat(rawValue: format) ?? .text {
        case .text: bytes = Array(FindingsWriter.text(entries, color: color && output == nil && Terminal.isTerminal(1)).utf8)
        case .json: bytes = FindingsWriter.json(entries)
        case .sarif: bytes = FindingsWriter.sarif(entries)
        }
        if let output {
            var out = OutputFile()
            out.append(String(decoding: bytes, as: UTF8.self))
            try out.write(to: output)
        } else {
            Terminal.write(bytes)
        }
        if failed { throw ExitCode.inputError }
        if !exitZero && entries.contains(where: { $0.finding.severity == .error }) { throw ExitCode(1) }
    }
}

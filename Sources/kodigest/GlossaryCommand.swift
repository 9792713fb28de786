import ArgumentParser
import KoDigest

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Extract the Korean–English term glossary of the digests."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: tsv, csv, json or tbx.")
    var format: String = "tsv"

    @Option(name: .shortAndLong, help: "Where to write the glossary (default: standard output).")
    var output: String?

    @Option(help: "Also write the records with their terms (JSON lines) here.")
    var records: String?

    @Option(help: "The curated data directory (particles.txt, reference.tsv).")
    var glossaryDirectory: String = "Glossary"

    func validate() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("name at least one digest file or folder (or - for standard input)") }
        guard GlossaryFormat(rawValue: format) != nil else {
            throw ValidationError("--format must be one of \(GlossaryFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let resources: TermResources
        do {
            resources = try TermResources.load(glossaryDirectory: glossaryDirectory)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.inputError
        }
        let inputs = InputSet(arguments: input.inputs)
        var failed = Terminal.report(inputs.diagnostics)
        // pass 1: corpus-wide evidence
        var evidence = TermEvidence()
        FilePass(inputs: inputs, jobs: input.jobs).run { file in
            if Terminal.report(file.diagnostics) { failed = true }
            for r in file.records { evidence.observe(r) }
            for r in file.rejected { evidence.observe(r.record) }
        }
        let knowledge = TermKnowledge(resources: resources, evidence: evidence)
        // pass 2: terms per record
        var builder = GlossaryBuilder()
        var lines = OutputFile()
        FilePass(inputs: inputs, jobs: input.jobs, stages: [TermExtractor(knowledge: knowledge)]).run { file in
            for r in file.records {
                builder.add(r)
                if records != nil { lines.append(line: RecordJSON.encode(r)) }
            }
            for r in file.rejected {
                builder.add(r.record)
                if records != nil { lines.append(line: RecordJSON.encode(r.record, reasons: r.reasons)) }
            }
        }
        if let records { try lines.write(to: records) }
        let text = builder.build(knowledge: knowledge).render(GlossaryFormat(rawValue: format) ?? .tsv)
        if let output {
            var file = OutputFile()
            file.append(text)
            try file.write(to: output)
        } else {
            Terminal.write(Array(text.utf8))
        }
        if failed { throw ExitCode.inputError }
    }
}

import ArgumentParser
import Foundation
import KoDigest

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline into a run directory (records, quarantine, glossary, findings, manifest).",
        discussion: """
        A first argument ending in .yml or .yaml names the pipeline (default: Pipelines/default.yml).
        With no input, the bundled Examples/ are read. Without --out, a new folder under runs/ is made.
        """
    )

    @Argument(help: "[PIPELINE.yml] then digest files or folders (- for standard input).")
    var arguments: [String] = []

    @Option(name: .long, help: "The run directory to write (replaced atomically if it exists).")
    var out: String?

    @Option(name: .shortAndLong, help: "Worker threads (default: the pipeline's, else all cores).")
    var jobs: Int?

    @Option(name: .customLong("context"), help: ContextOption.help)
    var context: [String] = []

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        try ContextOption.validate(context)
    }

    var pipelinePath: String? {
        arguments.first.flatMap { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") ? $0 : nil }
    }

    func run() throws {
        let glossary = try data.locate()
        let root = RunDirectory.parent(of: glossary)
        let spec = try loadPipeline(pipelinePath ?? defaultPipeline(root: root))
        var inputs = Array(arguments.dropFirst(pipelinePath == nil ? 0 : 1))
        if inputs.isEmpty { inputs = [root + "/Examples"] }
        let target = out ?? freshRunDirectory()
        let (outcome, inputFailed) = try runPipeline(spec, inputs: inputs, context: context, jobs: jobs, data: data) { run, progress in
            try run.write(to: target, progress: progress)
        }
        Terminal.error(RunSummary.text(outcome, pipeline: spec.name, directory: target))
        if inputFailed { throw ExitCode.inputError }
        if let level = spec.failOn, let worst = outcome.counts.worstSeverity, worst >= level {
            throw ExitCode(1)
        }
    }

    func defaultPipeline(root: String) -> String? {
        let path = root + "/Pipelines/default.yml"
        return FileIO.exists(path) ? path : nil
    }

    func loadPipeline(_ path: String?) throws -> PipelineSpec {
        guard let path else { return .standard }
        do {
            return try PipelineLoader(validateRule: lintRuleValidator).load(path: path)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.inputError
        }
    }

    /// `runs/YYYYMMDD-HHMMSS` in the current folder, with a suffix if that exists already.
    func freshRunDirectory() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let base = "runs/" + formatter.string(from: Date())
        var candidate = base
        var n = 2
        while FileIO.exists(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }
}

/// The short report `kodigest run` prints when it is done.
enum RunSummary {
    static func text(_ outcome: PipelineOutcome, pipeline: String, directory: String) -> String {
        let c = outcome.counts
        var lines = ["pipeline \(pipeline): \(c.files) files, \(c.headers) records read"]
        lines.append("  kept \(c.kept), quarantined \(c.quarantined + c.rejected)" + (c.rejected > 0 ? " (\(c.rejected) unparseable)" : ""))
        if !c.findingsByRule.isEmpty {
            let rules = c.findingsByRule.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }
            lines.append("  findings: " + rules.joined(separator: ", "))
        }
        if let glossary = outcome.glossary {
            let conflicts = glossary.concepts.filter(\.conflict).count
            lines.append("  glossary: \(glossary.concepts.count) concepts, \(conflicts) with conflicting renderings")
        }
        let time = outcome.timings.filter { !$0.0.hasPrefix("stage ") }.map(\.1).reduce(0, +)
        lines.append("  written to \(directory)/ in \(String(format: "%.2f", time)) s")
        return lines.joined(separator: "\n")
    }
}

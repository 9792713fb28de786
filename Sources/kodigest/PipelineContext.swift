import ArgumentParser
import Foundation
import KoDigest

/// Where the curated data lives, shared by every command that runs stages.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("glossary-dir"), help: "The curated data folder (default: $KODIGEST_GLOSSARY, else the nearest Glossary/).")
    var glossaryDirectory: String?

    /// The `Glossary/` folder, or a usage error saying how to name it.
    func locate() throws -> String {
        if let glossaryDirectory { return glossaryDirectory }
        let found = PipelineResources.locateGlossary(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executable: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
                : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0])
        guard let found else {
            Terminal.error("error: cannot find the Glossary/ data folder; pass --glossary-dir DIR or set KODIGEST_GLOSSARY")
            throw ExitCode.inputError
        }
        return found
    }

    /// The curated data, or exit 2 with the file and line that is wrong.
    func resources() throws -> PipelineResources {
        do {
            return try PipelineResources.load(glossaryDirectory: try locate())
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.inputError
        }
    }
}

/// Runs `pipeline` over `arguments` (with `context` read for evidence only), reporting diagnostics
/// and progress on standard error.
func runPipeline(_ spec: PipelineSpec, inputs arguments: [String], context: [String], jobs: Int?, data: DataOptions,
                 body: (PipelineRun, ((String, Int, Int) -> Void)?) throws -> PipelineOutcome) throws -> (PipelineOutcome, inputFailed: Bool) {
    let resources = try data.resources()
    let inputs = InputSet(arguments: arguments)
    let contextInputs = InputSet(arguments: context)
    var failed = Terminal.report(inputs.diagnostics + contextInputs.diagnostics)
    var run = PipelineRun(spec: spec, resources: resources, inputs: inputs, jobs: jobs)
    run.context = contextInputs
    let progress: ((String, Int, Int) -> Void)? = Terminal.isTerminal(2) ? { pass, done, total in
        Terminal.progress("\(pass == "corpus" ? "reading" : "checking") \(done)/\(total) files")
    } : nil
    let outcome = try body(run, progress)
    if progress != nil { Terminal.progress(nil) }
    if Terminal.report(outcome.diagnostics) { failed = true }
    return (outcome, failed)
}

import ArgumentParser
import KoDigest

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print digests normalized with ICU (NFC, full-width folds, spaces, mojibake repair).",
        discussion: "Reads standard input when no file is given. Edit counts go to standard error with --stats."
    )

    @Argument(help: "Files to normalize; standard input when none is given.")
    var files: [String] = []

    @Flag(help: "Print how many edits of each kind were made, on standard error.")
    var stats = false

    func run() throws {
        let inputs = InputSet(arguments: files.isEmpty ? ["-"] : files)
        var failed = Terminal.report(inputs.diagnostics)
        var total = NormalizationStats()
        for item in inputs.items {
            guard case .success(let bytes) = inputs.read(item) else {
                if case .failure(let e) = inputs.read(item) { Terminal.report([e.diagnostic]) }
                failed = true
                continue
            }
            let (decoded, diagnostics) = TextDecoder.decode(bytes, file: item.path)
            if Terminal.report(diagnostics) { failed = true }
            guard let decoded else { continue }
            var counts = NormalizationStats()
            Terminal.write(Array(TextNormalizer.normalize(decoded.text, stats: &counts).utf8))
            total = total + counts
        }
        if stats {
            Terminal.error(total.byKind.map { "\($0.0): \($0.1)" }.joined(separator: ", "))
        }
        if failed { throw ExitCode.inputError }
    }
}

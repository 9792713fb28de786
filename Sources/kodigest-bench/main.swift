// kodigest-bench: throughput of each stage and of the whole pipeline, with peak memory, on a
// corpus of N copies of ../shared/corpus built at run time (distinct arXiv ids), side by side
// with ICU's `uconv -x any-nfc` over the same bytes.
//
//     swift run -c release kodigest-bench [--copies 10] [--jobs 1,2] [--corpus ../shared/corpus/daily_papers_ko] [--work DIR]
import Foundation
import KoDigest

struct Options {
    var copies = 10
    var corpus = "../shared/corpus/daily_papers_ko"
    var work = NSTemporaryDirectory() + "kodigest-bench"
    var executable = ""
    var jobs = [1, 2]

    static let usage = "usage: kodigest-bench [--copies N] [--jobs 1,2] [--corpus DIR] [--work DIR]"

    init(arguments: [String]) {
        var i = 1
        /// The value after the option at `i`, which `i` then points at.
        func value() -> String {
            guard i + 1 < arguments.count else { Options.fail("\(arguments[i]) needs a value") }
            i += 1
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--help", "-h":
                print(Options.usage)
                exit(0)
            case "--copies":
                let v = value()
                guard let n = Int(v), n >= 1 else { Options.fail("--copies takes a whole number of at least 1, not '\(v)'") }
                copies = n
            case "--jobs":
                let v = value()
                let list = v.split(separator: ",").map { Int($0) }
                guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) >= 1 }) else {
                    Options.fail("--jobs takes numbers of at least 1 separated by commas, not '\(v)'")
                }
                jobs = list.compactMap { $0 }
            case "--corpus": corpus = value()
            case "--work": work = value()
            default: Options.fail("unknown option '\(arguments[i])'")
            }
            i += 1
        }
        executable = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("kodigest").path
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("kodigest-bench: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}

/// Copies the corpus `copies` times into `folder`, giving every record a new, distinct arXiv id.
func buildCorpus(from source: String, copies: Int, into folder: String) throws -> (files: [String], bytes: Int) {
    try? FileManager.default.removeItem(atPath: folder)
    let originals = InputSet(arguments: [source]).items.map(\.path)
    var next = 0
    var files: [String] = []
    var total = 0
    for copy in 0..<copies {
        for path in originals {
            guard let bytes = FileIO.read(path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            var out = ""
            out.reserveCapacity(text.utf8.count)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("### ["), let range = line.range(of: "arxiv.org/abs/") {
                    let id = String(format: "%04d.%05d", 2000 + next / 100_000, next % 100_000)
                    next += 1
                    let close = line[range.upperBound...].firstIndex(of: ")") ?? line.endIndex
                    out += line[..<range.upperBound] + id + line[close...] + "\n"
                } else {
                    out += line + "\n"
                }
            }
            let relative = path.dropFirst(source.count)
            let target = folder + "/copy\(copy)" + relative
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try out.write(toFile: target, atomically: false, encoding: .utf8)
            files.append(target)
            total += out.utf8.count
        }
    }
    return (files, total)
}

/// Wall seconds of `body`.
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a command with its output discarded, returning wall seconds, its own peak resident
/// memory in MB (from wait4, so each run is measured alone) and its exit status.
func measure(_ executable: String, _ arguments: [String]) throws -> (seconds: Double, peakMB: Double, status: Int32) {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    var status: Int32 = 0
    var usage = rusage()
    let seconds = try time {
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw NSError(domain: "kodigest-bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot run \(executable)"])
        }
        wait4(pid, &status, 0, &usage)
    }
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

func row(_ name: String, _ mb: Double, _ seconds: Double, _ note: String = "") -> String {
    "| \(name) | \(String(format: "%.1f", mb)) | \(String(format: "%.2f", seconds)) | \(String(format: "%.1f", mb / seconds)) | \(note) |"
}

let options = Options(arguments: CommandLine.arguments)
guard FileManager.default.fileExists(atPath: options.corpus) else {
    print("kodigest-bench: no corpus at \(options.corpus); pass --corpus DIR")
    exit(2)
}
let folder = options.work + "/x\(options.copies)"
let (files, bytes) = try buildCorpus(from: options.corpus, copies: options.copies, into: folder)
let mb = Double(bytes) / 1_000_000
print("corpus ×\(options.copies): \(files.count) files, \(String(format: "%.1f", mb)) MB, \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
print("| stage | MB | seconds | MB/s | note |")
print("|---|---|---|---|---|")

// The whole pipeline through the executable, as a user runs it.
// Measured first, while this process is small: a spawned child's peak memory includes its parent's
// at the moment of exec.
let concatenated = options.work + "/x\(options.copies).md"
guard FileManager.default.createFile(atPath: concatenated, contents: nil),
      let handle = FileHandle(forWritingAtPath: concatenated) else {
    FileHandle.standardError.write(Data("kodigest-bench: cannot write \(concatenated)\n".utf8))
    exit(1)
}
for file in files { if let bytes = FileIO.read(file) { handle.write(Data(bytes)) } }
handle.closeFile()
if let uconv = ["/usr/bin/uconv", "/usr/local/bin/uconv"].first(where: FileManager.default.fileExists) {
    let u = try measure(uconv, ["-x", "any-nfc", concatenated])
    print(row("uconv -x any-nfc (yardstick)", mb, u.seconds, "peak \(Int(u.peakMB)) MB"))
}
var stageRows: [String] = []
for jobs in options.jobs {
    let out = options.work + "/run-j\(jobs)"
    let r = try measure(options.executable, ["run", folder, "--out", out, "--jobs", "\(jobs)"])
    print(row("kodigest run --jobs \(jobs)", mb, r.seconds, "peak \(Int(r.peakMB)) MB, exit \(r.status)"))
    // The manifest's timings split the run: the corpus pass (read, decode, normalize, parse,
    // evidence), the records pass and, within it, each stage's CPU seconds.
    if jobs == options.jobs.first,
       let data = FileManager.default.contents(atPath: out + "/manifest.json"),
       let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
       let timings = manifest["timings"] as? [String: Double] {
        for (name, seconds) in timings.sorted(by: { $0.key < $1.key }) where seconds > 0 {
            stageRows.append(row("  \(name) (--jobs \(jobs))", mb, seconds, name.hasPrefix("stage") ? "CPU seconds summed over workers" : "wall"))
        }
    }
}
stageRows.forEach { print($0) }

// In-process, one thread: the cost of each stage on its own.
let contents = files.compactMap(FileIO.read)
var stats = NormalizationStats()
let decodeNormalize = time {
    for bytes in contents {
        if let text = TextDecoder.decode(bytes, file: "").0?.text { _ = TextNormalizer.normalizeLines(text, stats: &stats) }
    }
}
print(row("decode + normalize (1 thread)", mb, decodeNormalize))
var recordCount = 0
let parse = time {
    for (i, bytes) in contents.enumerated() { recordCount += DigestParser().parse(bytes: bytes, file: files[i]).records.count }
}
print(row("decode + normalize + parse (1 thread)", mb, parse, "\(recordCount) records"))


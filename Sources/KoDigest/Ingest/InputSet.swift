#if canImport(Glibc)
import Glibc
#endif

/// The digest files named on a command line: files, folders (searched recursively for `*.md`),
/// and `-` for standard input. Order is deterministic: arguments in order, folders sorted.
public struct InputSet: Sendable {
    public struct Item: Sendable, Equatable {
        /// The path as the user can open it (`-` for standard input).
        public var path: String
    }

    public private(set) var items: [Item] = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init(arguments: [String]) {
        var seen = Set<String>()
        for argument in arguments {
            if argument == "-" {
                items.append(Item(path: "-"))
            } else if FileIO.isDirectory(argument) {
                let found = InputSet.markdownFiles(under: argument)
                if found.isEmpty {
                    diagnostics.append(Diagnostic(.warning, file: argument, "the folder holds no *.md files"))
                }
                for path in found where seen.insert(path).inserted { items.append(Item(path: path)) }
            } else if FileIO.exists(argument) {
                if seen.insert(argument).inserted { items.append(Item(path: argument)) }
            } else {
                diagnostics.append(Diagnostic(.error, file: argument, "no such file or folder"))
            }
        }
    }

    /// `inputs` with `context`'s files merged in where their resolved paths sort (a day's digest
    /// lands among its corpus's days, in the order a run over all of them reads it), and whether
    /// each item is context: read for corpus evidence alone. The inputs keep their order; context
    /// that is also an input, and standard input, are dropped. The diagnostics stay with each set.
    public static func merging(context: InputSet, into inputs: InputSet) -> (InputSet, isContext: [Bool]) {
        let keys = inputs.items.map { FileIO.resolved($0.path) }
        let own = Set(keys)
        var extra = context.items.filter { $0.path != "-" }.map { (FileIO.resolved($0.path), $0) }
            .filter { !own.contains($0.0) }.sorted { $0.0 < $1.0 }[...]
        var merged = InputSet(arguments: [])
        var isContext: [Bool] = []
        for (item, key) in zip(inputs.items, keys) {
            while let next = extra.first, next.0 < key {
                merged.items.append(next.1)
                isContext.append(true)
                extra = extra.dropFirst()
            }
            merged.items.append(item)
            isContext.append(false)
        }
        merged.items += extra.map(\.1)
        isContext += extra.map { _ in true }
        return (merged, isContext)
    }

    /// The bytes of an item, or a diagnostic saying why it cannot be read.
    public func read(_ item: Item) -> Result<[UInt8], ReadError> {
        if item.path == "-" { return .success(FileIO.readStandardInput()) }
        guard let bytes = FileIO.read(item.path) else {
            return .failure(ReadError(diagnostic: Diagnostic(.error, file: item.path, "cannot read the file (\(String(cString: strerror(errno))))")))
        }
        return .success(bytes)
    }

    public struct ReadError: Error {
        public var diagnostic: Diagnostic
    }

    /// `*.md` files below `root`, sorted by path, symbolic links to folders not followed.
    static func markdownFiles(under root: String) -> [String] {
        var result: [String] = []
        var stack = [root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root]
        while let dir = stack.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." || name.hasPrefix(".") { continue }
                let path = dir + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                let kind = st.st_mode & S_IFMT
                if kind == S_IFDIR {
                    stack.append(path)
                } else if (kind == S_IFREG || kind == S_IFLNK) && name.hasSuffix(".md") {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }
}

/// A pipeline as declared in a YAML file under `Pipelines/`: which stages run, with what options,
/// what sends a record to quarantine, and which outputs are written.
public struct PipelineSpec: Sendable, Equatable {
    /// The stages a pipeline may list, in the only order they can run.
    public enum Stage: String, Sendable, CaseIterable, Equatable {
        case normalize, terms, lint, route, write
    }

    /// Files a run directory can hold.
    public enum Output: String, Sendable, CaseIterable, Equatable {
        case records, quarantine, glossary, findings, manifest
    }

    /// One rule's settings as written, with where they were written (for error messages).
    public struct RuleConfig: Sendable, Equatable {
        public var enabled: Bool?
        public var severity: Severity?
        public var options: [String: ConfigValue] = [:]
        public var location: SourceLocation
        /// Where each option was written.
        public var optionLocations: [String: SourceLocation] = [:]
    }

    public var name: String
    public var description: String = ""
    /// Path of the YAML file, and the SHA-256 of its bytes (the manifest's pipeline hash).
    public var path: String = ""
    public var sha256: String = ""
    /// Worker threads; nil means all cores.
    public var jobs: Int?
    public var stages: [Stage] = Stage.allCases
    public var rules: [String: RuleConfig] = [:]
    /// Findings at or above this send a record to quarantine; nil: nothing is quarantined.
    public var quarantineAt: Severity? = .error
    public var outputs: [Output] = Output.allCases
    public var glossaryFormats: [String] = ["tsv", "json", "tbx"]
    /// `kodigest run` exits 1 when a finding reaches this level; nil: never.
    public var failOn: Severity?

    public init(name: String) { self.name = name }

    public func runs(_ stage: Stage) -> Bool { stages.contains(stage) }
    public func writes(_ output: Output) -> Bool { outputs.contains(output) }

    /// The pipeline used when none is named: every stage, quarantine at error.
    public static let standard = PipelineSpec(name: "default")
}

/// A place in a configuration file, 1-based.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A pipeline file that cannot be used, with where and what is allowed there.
public struct PipelineError: Error, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}

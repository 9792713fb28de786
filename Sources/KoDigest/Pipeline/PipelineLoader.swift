import Yams

/// Reads and checks a pipeline YAML file before any work starts; every problem names its
/// file:line:column and what is allowed there.
public struct PipelineLoader {
    /// Checks one rule's settings; returns problems as (option name or nil for the rule id, message).
    public typealias RuleValidator = @Sendable (_ id: String, _ config: PipelineSpec.RuleConfig) -> [(option: String?, message: String)]

    public var validateRule: RuleValidator

    public init(validateRule: @escaping RuleValidator = { _, _ in [] }) {
        self.validateRule = validateRule
    }

    /// Loads the pipeline at `path`.
    public func load(path: String) throws -> PipelineSpec {
        guard let bytes = FileIO.read(path) else {
            throw PipelineError(SourceLocation(file: path, line: 1, column: 1), "cannot read the pipeline file")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PipelineError(SourceLocation(file: path, line: 1, column: 1), "the pipeline file is not UTF-8")
        }
        var spec = try parse(text, file: path)
        spec.path = path
        spec.sha256 = SHA256.hex(bytes)
        return spec
    }

    /// Parses pipeline YAML `text` read from `file`.
    public func parse(_ text: String, file: String) throws -> PipelineSpec {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw PipelineError(start, "the pipeline file is empty") }
            root = node
        } catch let error as YamlError {
            throw PipelineError(PipelineLoader.location(of: error, file: file) ?? start, "not valid YAML: \(PipelineLoader.problem(of: error))")
        }
        let reader = NodeReader(file: file)
        let top = try reader.mapping(root, allowed: ["name", "description", "input", "stages", "fail_on"], what: "the pipeline")
        guard let nameNode = top["name"] else { throw PipelineError(reader.location(root), "missing `name`; a pipeline needs a name") }
        var spec = PipelineSpec(name: try reader.string(nameNode, what: "name"))
        if let d = top["description"] { spec.description = try reader.string(d, what: "description") }
        if let input = top["input"] {
            let options = try reader.mapping(input, allowed: ["jobs"], what: "input")
            if let jobs = options["jobs"] {
                let n = try reader.int(jobs, what: "input.jobs")
                guard n >= 0 else { throw PipelineError(reader.location(jobs), "input.jobs must be 0 (all cores) or more") }
                spec.jobs = n == 0 ? nil : n
            }
        }
        if let fail = top["fail_on"] { spec.failOn = try reader.severityOrNever(fail, what: "fail_on") }
        if let stages = top["stages"] { try readStages(stages, into: &spec, reader: reader) }
        return spec
    }

    private func readStages(_ node: Node, into spec: inout PipelineSpec, reader: NodeReader) throws {
        guard case .sequence(let list) = node else {
            throw PipelineError(reader.location(node), "`stages` must be a list of stage names (\(PipelineLoader.stageNames))")
        }
        spec.stages = []
        spec.quarantineAt = nil
        spec.outputs = []
        for item in list {
            let (name, options) = try reader.stageEntry(item)
            guard let stage = PipelineSpec.Stage(rawValue: name) else {
                throw PipelineError(reader.location(item), "unknown stage `\(name)`; allowed: \(PipelineLoader.stageNames)")
            }
            if let last = spec.stages.last, let lastIndex = PipelineSpec.Stage.allCases.firstIndex(of: last),
               let index = PipelineSpec.Stage.allCases.firstIndex(of: stage), index <= lastIndex {
                throw PipelineError(reader.location(item), "stage `\(name)` is out of order or repeated; stages run in the order \(PipelineLoader.stageNames)")
            }
            spec.stages.append(stage)
            switch stage {
            case .normalize, .terms:
                if let options { _ = try reader.mapping(options, allowed: [], what: "stage `\(name)`") }
            case .lint:
                if let options { try readLint(options, into: &spec, reader: reader) }
            case .route:
                spec.quarantineAt = .error
                if let options {
                    let map = try reader.mapping(options, allowed: ["quarantine"], what: "stage `route`")
                    if let q = map["quarantine"] { spec.quarantineAt = try reader.severityOrNever(q, what: "route.quarantine") }
                }
            case .write:
                spec.outputs = PipelineSpec.Output.allCases
                if let options { try readWrite(options, into: &spec, reader: reader) }
            }
        }
    }

    private func readLint(_ node: Node, into spec: inout PipelineSpec, reader: NodeReader) throws {
        let map = try reader.mapping(node, allowed: ["rules"], what: "stage `lint`")
        guard let rulesNode = map["rules"] else { return }
        guard case .mapping(let rules) = rulesNode else {
            throw PipelineError(reader.location(rulesNode), "`rules` must map rule ids to their settings")
        }
        for (key, value) in rules {
            let id = try reader.string(key, what: "rule id")
            var config = PipelineSpec.RuleConfig(location: reader.location(key))
            if case .scalar = value, let enabled = value.bool {
                config.enabled = enabled
            } else {
                guard case .mapping(let settings) = value else {
                    throw PipelineError(reader.location(value), "settings of rule `\(id)` must be a mapping (enabled, severity, options) or true/false")
                }
                for (optionKey, optionValue) in settings {
                    let option = try reader.string(optionKey, what: "option name")
                    switch option {
                    case "enabled": config.enabled = try reader.bool(optionValue, what: "\(id).enabled")
                    case "severity":
                        guard let s = try reader.severityOrNever(optionValue, what: "\(id).severity") else {
                            throw PipelineError(reader.location(optionValue), "\(id).severity must be error, warning or info (use `enabled: false` to turn the rule off)")
                        }
                        config.severity = s
                    default:
                        config.options[option] = try reader.value(optionValue)
                        config.optionLocations[option] = reader.location(optionKey)
                    }
                }
            }
            for problem in validateRule(id, config) {
                let location = problem.option.flatMap { config.optionLocations[$0] } ?? config.location
                throw PipelineError(location, problem.message)
            }
            spec.rules[id] = config
        }
    }

    private func readWrite(_ node: Node, into spec: inout PipelineSpec, reader: NodeReader) throws {
        let map = try reader.mapping(node, allowed: ["outputs", "glossary_formats"], what: "stage `write`")
        if let outputs = map["outputs"] {
            spec.outputs = try reader.stringList(outputs, what: "write.outputs").map { name, location in
                guard let output = PipelineSpec.Output(rawValue: name) else {
                    throw PipelineError(location, "unknown output `\(name)`; allowed: \(PipelineSpec.Output.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return output
            }
        }
        if let formats = map["glossary_formats"] {
            spec.glossaryFormats = try reader.stringList(formats, what: "write.glossary_formats").map { name, location in
                guard ["tsv", "csv", "json", "tbx"].contains(name) else {
                    throw PipelineError(location, "unknown glossary format `\(name)`; allowed: tsv, csv, json, tbx")
                }
                return name
            }
        }
    }

    static let stageNames = PipelineSpec.Stage.allCases.map(\.rawValue).joined(separator: ", ")

    static func location(of error: YamlError, file: String) -> SourceLocation? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        default:
            return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .reader(let problem, _, _, _): return problem
        default: return "\(error)"
        }
    }
}

/// Typed access to YAML nodes, throwing located errors that say what was expected.
struct NodeReader {
    var file: String

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func mapping(_ node: Node, allowed: [String], what: String) throws -> [String: Node] {
        guard case .mapping(let map) = node else {
            if case .scalar(let s) = node, s.string.isEmpty || s.string == "~" || s.string == "null" { return [:] }
            throw PipelineError(location(node), "\(what) must be a mapping\(allowed.isEmpty ? " with no options" : " with keys: " + allowed.joined(separator: ", "))")
        }
        var result: [String: Node] = [:]
        for (key, value) in map {
            let name = try string(key, what: "key")
            guard allowed.contains(name) else {
                let hint = allowed.isEmpty ? "it takes no options" : "allowed: \(allowed.joined(separator: ", "))"
                throw PipelineError(location(key), "unknown key `\(name)` in \(what); \(hint)")
            }
            guard result[name] == nil else { throw PipelineError(location(key), "`\(name)` is given twice in \(what)") }
            result[name] = value
        }
        return result
    }

    func string(_ node: Node, what: String) throws -> String {
        guard case .scalar(let s) = node else { throw PipelineError(location(node), "\(what) must be a string") }
        return s.string
    }

    func int(_ node: Node, what: String) throws -> Int {
        guard case .scalar = node, let i = node.int else { throw PipelineError(location(node), "\(what) must be a whole number") }
        return i
    }

    func bool(_ node: Node, what: String) throws -> Bool {
        guard case .scalar = node, let b = node.bool else { throw PipelineError(location(node), "\(what) must be true or false") }
        return b
    }

    func severityOrNever(_ node: Node, what: String) throws -> Severity? {
        let s = try string(node, what: what)
        if s == "never" { return nil }
        guard let severity = Severity(rawValue: s) else {
            throw PipelineError(location(node), "\(what) must be one of error, warning, info, never (got `\(s)`)")
        }
        return severity
    }

    func stringList(_ node: Node, what: String) throws -> [(String, SourceLocation)] {
        guard case .sequence(let list) = node else { throw PipelineError(location(node), "\(what) must be a list") }
        return try list.map { (try string($0, what: "an item of \(what)"), location($0)) }
    }

    /// `- lint` or `- lint: {…}`.
    func stageEntry(_ node: Node) throws -> (String, Node?) {
        switch node {
        case .scalar(let s): return (s.string, nil)
        case .mapping(let map) where map.count == 1:
            guard let (key, value) = map.first else { break }
            return (try string(key, what: "stage name"), value)
        default: break
        }
        throw PipelineError(location(node), "a stage is a name (`- terms`) or a name with options (`- lint: {rules: …}`); allowed names: \(PipelineLoader.stageNames)")
    }

    /// A plain value for rule options: bool, int, double, string, or lists/maps of them.
    func value(_ node: Node) throws -> ConfigValue {
        switch node {
        case .scalar(let s):
            if s.style == .plain {
                if let b = node.bool { return .bool(b) }
                if let i = node.int { return .int(i) }
                if let d = node.float { return .double(d) }
            }
            return .string(s.string)
        case .sequence(let list):
            return .list(try list.map { try value($0) })
        case .mapping(let map):
            var result: [String: ConfigValue] = [:]
            for (k, v) in map { result[try string(k, what: "key")] = try value(v) }
            return .map(result)
        }
    }
}

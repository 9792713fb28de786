/// The lint stage: runs every enabled rule on a record and appends its findings.
public struct Linter: RecordStage {
    public var name: String { "lint" }
    let rules: [(rule: any LintRule, severity: Severity, options: RuleOptions)]
    let shared: RuleContext.Shared

    public init(configuration: LintConfiguration, resources: LintResources, facts: LintFacts, terms: (any TermReference)?) {
        self.rules = LintRules.implementations
            .filter { configuration.isEnabled($0.description.id) }
            .map { ($0, configuration.severity(of: $0.description), configuration.options(of: $0.description)) }
        self.shared = RuleContext.Shared(resources: resources, facts: facts, terms: terms)
    }

    public func process(_ record: inout Record) {
        guard let firstOptions = rules.first?.options else { return }
        // one context per record, only its options swapped per rule
        var context = RuleContext(shared: shared, options: firstOptions, text: LintRecordText(record))
        for (rule, severity, options) in rules {
            context.options = options
            for hit in rule.check(record, context) {
                record.findings.append(Linter.finding(hit, rule: rule.description.id, severity: severity, record: record))
            }
        }
    }

    static func finding(_ hit: RuleHit, rule: String, severity: Severity, record: Record) -> Finding {
        var line = record.source.line, column = 1
        if let s = hit.section, s < record.sections.count {
            (line, column) = record.sections[s].location(ofOffset: hit.start ?? 0)
        }
        return Finding(rule: rule, severity: severity, message: hit.message, section: hit.section, start: hit.start,
                       end: hit.end, line: line, column: column,
                       fingerprint: fingerprint(rule: rule, record: record.id, evidence: hit.evidence), fix: hit.fix)
    }

    /// Rule, record id and the offending text with spaces collapsed, hashed: not the line number, so
    /// a baseline survives edits elsewhere in the file.
    static func fingerprint(rule: String, record: String, evidence: String) -> String {
        let normalized = evidence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        let key = rule + "\u{1F}" + record + "\u{1F}" + normalized
        return String(SHA256.hex(Array(key.utf8)).prefix(16))
    }
}

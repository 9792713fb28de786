/// What a rule may consult besides the record.
struct RuleContext: Sendable {
    var resources: LintResources
    var facts: LintFacts
    var terms: (any TermReference)?
    var options: RuleOptions
    /// The record's section texts, decoded once and shared by every rule.
    var text: LintRecordText
}

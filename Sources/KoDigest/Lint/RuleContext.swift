/// What a rule may consult besides the record.
struct RuleContext: Sendable {
    /// What every record's context shares, behind one reference: making a context for a record
    /// then retains one object, not every lexicon of the resources.
    final class Shared: Sendable {
        let resources: LintResources
        let facts: LintFacts
        let terms: (any TermReference)?

        init(resources: LintResources, facts: LintFacts, terms: (any TermReference)?) {
            self.resources = resources
            self.facts = facts
            self.terms = terms
        }
    }

    let shared: Shared
    var options: RuleOptions
    /// The record's section texts, decoded once and shared by every rule.
    var text: LintRecordText

    var resources: LintResources { shared.resources }
    var facts: LintFacts { shared.facts }
    var terms: (any TermReference)? { shared.terms }

    init(shared: Shared, options: RuleOptions, text: LintRecordText) {
        self.shared = shared
        self.options = options
        self.text = text
    }

    init(resources: LintResources, facts: LintFacts, terms: (any TermReference)?, options: RuleOptions, text: LintRecordText) {
        self.init(shared: Shared(resources: resources, facts: facts, terms: terms), options: options, text: text)
    }
}

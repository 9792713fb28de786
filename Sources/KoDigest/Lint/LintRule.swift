/// One rule's check of one record. Rules hold no per-record state; everything they need comes in
/// through the context, so the linter can run them on many files at once.
protocol LintRule: Sendable {
    var description: RuleDescription { get }
    func check(_ record: Record, _ context: RuleContext) -> [RuleHit]
}

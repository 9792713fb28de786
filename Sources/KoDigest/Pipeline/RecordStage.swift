/// One step of the per-record work (extract terms, lint, …). Stages run in parallel on different
/// files, so a stage holds only immutable state built before the pass starts.
public protocol RecordStage: Sendable {
    /// Short name for progress and timing reports (`terms`, `lint`).
    var name: String { get }
    func process(_ record: inout Record)
}

/// Corpus-wide state built record by record and merged associatively, so that files can be
/// processed in parallel and their partial results combined in input order.
public protocol CorpusObserver: Sendable {
    init()
    mutating func observe(_ record: Record)
    mutating func merge(_ other: Self)
}

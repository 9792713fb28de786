/// Output formats of `kodigest diff`.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// For people at a terminal (colour only when asked for).
    case text
    /// For programs; always complete, never elided.
    case json
    /// For pull-request comments: a summary table, then details in `<details>` blocks.
    case markdown
}

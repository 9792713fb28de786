/// When `kodigest diff` exits with 1.
public enum DiffFailPolicy: String, CaseIterable, Sendable {
    /// Any difference in content (records, findings, glossary, tool or pipeline).
    case differences
    /// Only error findings of the new run that the old run lacked; everything else exits 0.
    case newErrors = "new-errors"
}

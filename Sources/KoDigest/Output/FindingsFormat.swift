/// The output formats of `kodigest lint`.
public enum FindingsFormat: String, CaseIterable, Sendable {
    case text, json, sarif
}

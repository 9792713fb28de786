/// Output formats of `kodigest glossary`.
public enum GlossaryFormat: String, CaseIterable, Sendable {
    case tsv, csv, json, tbx
}

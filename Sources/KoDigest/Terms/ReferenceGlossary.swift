import Foundation

/// The curated reference glossary with the look-ups the extractor needs.
public struct ReferenceGlossary: Sendable {
    public private(set) var entries: [ReferenceEntry] = []
    /// English key (and the key without spaces) → entry index.
    private var byKey: [String: Int] = [:]
    /// Abbreviation key → the indices of the entries that list it, in file order.
    private var byAbbr: [String: [Int]] = [:]
    /// Korean form → entry indices.
    private var byForm: [WordKey: [Int]] = [:]
    /// Last word of a multiword form → the forms.
    private var multiwordByLast: [WordKey: [String]] = [:]
    /// Each entry's English content tokens in Korean word order (`EnglishTokens.koOrder`).
    private var koOrders: [[String]] = []

    public init(entries: [ReferenceEntry] = []) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            let k = EnglishTokens.key(e.en)
            byKey[k] = i
            let compact = k.replacingOccurrences(of: " ", with: "")
            if byKey[compact] == nil { byKey[compact] = i }
            for a in e.abbreviations { byAbbr[EnglishTokens.abbrKey(a), default: []].append(i) }
            for f in e.forms {
                byForm[WordKey(f), default: []].append(i)
                let ws = f.split(separator: " ")
                if ws.count > 1, let last = ws.last { multiwordByLast[WordKey(String(last)), default: []].append(f) }
            }
            koOrders.append(EnglishTokens.koOrder(e.en))
        }
    }

    /// Reads `reference.tsv` (header `en abbr ko variants note`).
    public static func load(_ path: String) throws -> ReferenceGlossary {
        var entries: [ReferenceEntry] = []
        for (line, row) in try DataFile.table(path) {
            guard let en = row["en"], !en.isEmpty, let ko = row["ko"], !ko.isEmpty else {
                throw DataFile.LoadError(file: path, line: line, message: "a row needs `en` and `ko`")
            }
            let split: (String?) -> [String] = { ($0 ?? "").split(separator: ";").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty } }
            let forms = [ko] + split(row["variants"]).filter { $0 != ko }
            entries.append(ReferenceEntry(en: en, abbreviations: split(row["abbr"]), ko: ko, forms: forms,
                                          note: row["note"] ?? "", line: line))
        }
        return ReferenceGlossary(entries: entries)
    }

    public func entry(forEnglish en: String) -> ReferenceEntry? {
        let k = EnglishTokens.key(en)
        // a key is ASCII letters, digits and spaces: dropping the spaces needs no Foundation search
        if let i = byKey[k] ?? byKey[TermText.removingSpaces(k)] { return entries[i] }
        return nil
    }

    /// The entry of an abbreviation listed for one concept only.
    public func entry(forAbbreviation a: String) -> ReferenceEntry? {
        guard let found = byAbbr[EnglishTokens.abbrKey(a)], found.count == 1 else { return nil }
        return entries[found[0]]
    }

    /// Abbreviation key → the English of every entry that lists it, in file order (TTS:
    /// text-to-speech, test-time scaling).
    var expansions: [String: [String]] { byAbbr.mapValues { $0.map { entries[$0].en } } }

    func entries(withForm form: String) -> [ReferenceEntry] {
        (byForm[WordKey(form)] ?? []).map { entries[$0] }
    }

    /// The entries with the Korean form `form`, each with its English tokens in Korean order.
    func renderings(ofForm form: String) -> [(entry: ReferenceEntry, koOrder: [String])] {
        (byForm[WordKey(form)] ?? []).map { (entries[$0], koOrders[$0]) }
    }

    func multiwordForms(endingWith word: String) -> [String] { multiwordByLast[WordKey(word)] ?? [] }
}

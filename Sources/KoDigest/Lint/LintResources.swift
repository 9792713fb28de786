import Foundation

/// The word lists the lint rules read from `Glossary/lexicons/`, loaded once before a run.
public struct LintResources: Sendable {
    /// A boilerplate phrase, the title-word prefixes that excuse it, and what it counts (everyday
    /// phrases that honest summaries use too count less than 1).
    public struct Phrase: Sendable, Equatable {
        public var text: String
        public var excusedBy: [String]
        public var weight: Double = 1
        /// `text` as scalar values, for the scanners.
        var scalars: [UInt32] { text.unicodeScalars.map(\.value) }
    }

    /// Title tokens that look like names but are field-wide acronyms (lower-case).
    public var commonAcronyms: Set<String> = []
    /// English function words skipped in titles (lower-case).
    public var titleStopwords: Set<String> = []
    /// General title words that count 0.3 in title coverage (lower-case, singular).
    public var titleCommonWords: Set<String> = []
    /// Particles and endings stripped from eojeols, longest first.
    public var koreanEndings: [String] = []
    /// English word → Korean renderings.
    public var englishToKorean: [String: [String]] = [:]
    public var boilerplate: [Phrase] = []
    /// Textbook model and technique names, lower-case.
    public var textbookEntities: [String] = []
    /// What each textbook name counts (1 unless the list gives less for an everyday word).
    public var textbookWeights: [Double] = []
    public var templateVocabulary: [String] = []
    var placeholderPatterns: [CompiledPattern] = []
    /// Scalar forms of the lists above, built once at load time.
    var boilerplateScalars: [[UInt32]] = []
    var templateScalars: [[UInt32]] = []
    var textbookScalars: [[UInt32]] = []
    var endingScalars: [[UInt32]] = []
    /// Boilerplate, template and textbook phrases in one index, so the off-topic rule scans a
    /// summary once for all of them; ids are those lists' positions, offset by `templateBase` and
    /// `textbookBase`.
    var phraseIndex = PhraseIndex()
    var templateBase = 0
    var textbookBase = 0
    /// Ids from `placeholderBase` on are the required literals of the placeholder patterns
    /// (`RequiredLiterals`), lower-cased like the text the index scans: a summary with none of them
    /// cannot match, unless some pattern has no literals known (`placeholderAlways`).
    var placeholderBase = 0
    var placeholderAlways = false
    /// `textbookEntities` as a set, for the entity check.
    var textbookSet: Set<String> = []
    /// `englishToKorean` renderings that can be an eojeol opening (2–6 Hangul syllables, NFC), as scalars.
    var renderingOpenings: [String: [[UInt32]]] = [:]
    /// `koreanEndings` by the index of their last Hangul syllable (0: none ends there), longest first.
    var endingBucketOf: [UInt16] = []
    var endingBuckets: [[[UInt32]]] = [[]]
    /// Listed abbreviations as NFC scalars, for comparing ASCII text without building strings.
    var abbreviationKeys: [[UInt32]] = [] {
        didSet {
            packedAbbreviationKeys = Set(abbreviationKeys.compactMap { Self.packed($0[...]) })
            unpackedAbbreviationKeys = abbreviationKeys.filter { Self.packed($0[...]) == nil }
        }
    }
    /// `abbreviationKeys` that `packed` packs, as their codes (one set look-up, not a comparison
    /// with each key), and the others.
    private(set) var packedAbbreviationKeys: Set<UInt64> = []
    private(set) var unpackedAbbreviationKeys: [[UInt32]] = []
    /// All placeholder patterns as one alternation: one regex pass tells whether any of them matches.
    var placeholderAny: CompiledPattern?
    /// Abbreviation (as written, singular) → its standard expansions, each as lower-case words.
    public var abbreviations: [String: [[String]]] = [:] {
        didSet { abbreviationsAreLatin = abbreviations.keys.allSatisfy { $0.unicodeScalars.contains { LintText.isASCIILetter($0.value) } } }
    }
    /// Abbreviation → its first standard expansion as listed, for messages.
    public var standardForms: [String: String] = [:]
    /// Every listed abbreviation has a Latin letter, so a parenthesis without one cannot hold a listed abbreviation.
    private(set) var abbreviationsAreLatin = true

    public init() {}

    /// Loads every lexicon from `glossaryDirectory/lexicons`. A missing folder is an error; a missing
    /// file leaves its list empty (the rules that need it then find less); so is a bad line.
    public static func load(glossaryDirectory: String) throws -> LintResources {
        let dir = glossaryDirectory + "/lexicons/"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DataFile.LoadError(file: dir, message: "no lexicons folder: pass the Glossary directory (--glossary)")
        }
        func lines(_ name: String) throws -> [(line: Int, text: String)] {
            let path = dir + name + ".txt"
            guard FileManager.default.fileExists(atPath: path) else { return [] }
            return try DataFile.lines(path)
        }
        var r = LintResources()
        r.commonAcronyms = Set(try lines("common-acronyms").map { $0.text.lowercased() })
        r.titleStopwords = Set(try lines("title-stopwords").map { $0.text.lowercased() })
        r.titleCommonWords = Set(try lines("title-common-words").map { $0.text.lowercased() })
        r.koreanEndings = try lines("korean-endings").map(\.text).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        r.englishToKorean = try DataFile.wordRenderings(dir + "en-ko-words.txt")
        r.boilerplate = try lines("offtopic-boilerplate").map { entry in
            let cells = entry.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let excused = cells.count > 1 ? cells[1].split(separator: "|").map { String($0).lowercased() } : []
            guard cells.count < 3 || Double(cells[2]) != nil else {
                throw DataFile.LoadError(file: dir + "offtopic-boilerplate.txt", line: entry.line, message: "expected PHRASE[<TAB>title-words[<TAB>weight]]")
            }
            return Phrase(text: LintText.collapseSpaces(cells[0].lowercased()), excusedBy: excused, weight: cells.count > 2 ? Double(cells[2]) ?? 1 : 1)
        }
        for entry in try lines("abbreviations") {
            let cells = entry.text.split(separator: "\t", maxSplits: 1).map(String.init)
            guard cells.count == 2 else {
                throw DataFile.LoadError(file: dir + "abbreviations.txt", line: entry.line, message: "expected ABBREVIATION<TAB>expansion|expansion")
            }
            r.abbreviations[cells[0]] = cells[1] == "-" ? [] : cells[1].split(separator: "|").map { LintResources.words(String($0)) }
            if cells[1] != "-" { r.standardForms[cells[0]] = cells[1].split(separator: "|").first.map(String.init) }
        }
        let textbook = try lines("textbook-entities").map { entry in
            let cells = entry.text.split(separator: "\t").map(String.init)
            guard cells.count == 1 || (cells.count == 2 && Double(cells[1]) != nil) else {
                throw DataFile.LoadError(file: dir + "textbook-entities.txt", line: entry.line, message: "expected NAME[<TAB>weight]")
            }
            return (cells[0].lowercased(), cells.count == 2 ? Double(cells[1]) ?? 1 : 1)
        }
        r.textbookEntities = textbook.map(\.0)
        r.textbookWeights = textbook.map(\.1)
        r.templateVocabulary = try lines("offtopic-template").map { $0.text.lowercased() }
        r.placeholderPatterns = try lines("placeholder-names").map { entry in
            do {
                return try CompiledPattern(entry.text)
            } catch {
                throw DataFile.LoadError(file: dir + "placeholder-names.txt", line: entry.line, message: "bad regular expression: \(entry.text)")
            }
        }
        r.boilerplateScalars = r.boilerplate.map(\.scalars)
        r.templateScalars = r.templateVocabulary.map { $0.unicodeScalars.map(\.value) }
        r.textbookScalars = r.textbookEntities.map { $0.unicodeScalars.map(\.value) }
        r.endingScalars = r.koreanEndings.map { $0.unicodeScalars.map(\.value) }
        r.buildIndexes()
        return r
    }

    /// Derives the scan structures of the lists above; `load` calls it last.
    mutating func buildIndexes() {
        phraseIndex = PhraseIndex()
        for p in boilerplateScalars { phraseIndex.add(p) }
        templateBase = phraseIndex.phrases.count
        for p in templateScalars { phraseIndex.add(p) }
        textbookBase = phraseIndex.phrases.count
        for p in textbookScalars { phraseIndex.add(p) }
        placeholderBase = phraseIndex.phrases.count
        placeholderAlways = false
        for pattern in placeholderPatterns {
            let literals = RequiredLiterals.of(pattern.source) ?? []
            let scanned = literals.compactMap(LintResources.asScanned)
            guard !literals.isEmpty, scanned.count == literals.count,
                  scanned.allSatisfy({ $0.count >= RequiredLiterals.minLength }) else {
                placeholderAlways = true
                continue
            }
            for l in scanned { phraseIndex.add(l) }
        }
        textbookSet = Set(textbookEntities)
        renderingOpenings = englishToKorean.mapValues { list in
            list.map { ICU.nfc($0).unicodeScalars.map(\.value) }
                .filter { (2...6).contains($0.count) && $0.allSatisfy(LintText.isHangulSyllable) }
        }
        endingBucketOf = [UInt16](repeating: 0, count: 11172)
        endingBuckets = [[]]
        for e in endingScalars {
            // an ending whose last scalar is no Hangul syllable never ends an eojeol
            guard let last = e.last, LintText.isHangulSyllable(last) else { continue }
            let syllable = Int(last - 0xAC00)
            if endingBucketOf[syllable] == 0 {
                endingBucketOf[syllable] = UInt16(endingBuckets.count)
                endingBuckets.append([])
            }
            endingBuckets[Int(endingBucketOf[syllable])].append(e)
        }
        abbreviationKeys = abbreviations.keys.sorted().map { ICU.nfc($0).unicodeScalars.map(\.value) }
        placeholderAny = placeholderPatterns.isEmpty ? nil
            : try? CompiledPattern(placeholderPatterns.map { "(?:" + $0.source + ")" }.joined(separator: "|"))
    }
}

extension LintResources {
    /// `literal` as it appears in the lower-cased, space-collapsed summary the phrase index scans, or
    /// nil when that is not sure: only ASCII and Hangul syllables lower-case one to one everywhere.
    static func asScanned(_ literal: [UInt32]) -> [UInt32]? {
        guard literal.allSatisfy({ $0 < 0x80 || LintText.isHangulSyllable($0) }) else { return nil }
        // collapsing also drops spaces at either end: they may be the summary's first or last
        return LintText.collapseSpaces(literal.map { LintText.lowercaseOneToOne($0) ?? $0 })
    }

    /// Up to eight scalars from U+0001 to U+007F packed a byte each; nil for any other text. No byte
    /// is 0, so texts of different lengths get different codes.
    static func packed(_ v: ArraySlice<UInt32>) -> UInt64? {
        guard v.count <= 8 else { return nil }
        var code: UInt64 = 0
        for c in v {
            guard c &- 1 < 0x7F else { return nil }
            code = code << 8 | UInt64(c)
        }
        return code
    }
}

extension LintResources {
    static let expansionStopwords: Set<String> = ["of", "from", "with", "the", "a", "an", "for", "and", "to", "in", "on", "by", "via"]

    /// Lower-case content words of an expansion, split on spaces, hyphens and slashes.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
            .map(String.init).filter { !$0.isEmpty && !expansionStopwords.contains($0) }
    }

    /// The standard expansions of `abbreviation` (as listed, or with a plural `s`), if listed.
    public func expansions(of abbreviation: String) -> [[String]]? { listed(abbreviation, in: abbreviations) }

    /// The first standard expansion of `abbreviation` as listed (`chain of thought`), if listed.
    public func standardForm(of abbreviation: String) -> String? { listed(abbreviation, in: standardForms) }

    private func listed<T>(_ abbreviation: String, in table: [String: T]) -> T? {
        if let e = table[abbreviation] { return e }
        if abbreviation.count > 2, abbreviation.hasSuffix("s") { return table[String(abbreviation.dropLast())] }
        return nil
    }
}

import Foundation

/// The signals of one record, computed once.
struct OffTopicAnalysis {
    struct Signal {
        var name: String
        var value: Double
        var detail: String
    }

    struct Verdict {
        var score: Double
        var flagged: Bool
        var signals: [Signal]
    }

    var names: [String] = []
    var namesFound: [String] = []
    var contentWords: [(word: String, weight: Double, covered: Bool)] = []
    var boilerplate: [String] = []
    var textbook: [String] = []
    /// What the boilerplate phrases and textbook names found count (their lexicon weights summed).
    var boilerplateWeight = 0.0
    var textbookWeight = 0.0
    var template: [String] = []
    var placeholders: [String] = []
    /// The first specific name outside parentheses (one is enough for the no-entity signal).
    var entity: String?
    /// The summary's scalars.
    private var summaryScalars: [UInt32] = []
    /// The title without math and macros (`cleanTitle`).
    private var title = ""
    /// Which title-side signals have been read (`readNames`, `readCoverage`, `readEntity`).
    private(set) var namesRead = false, coverageRead = false, entityRead = false
    /// The summary's eojeols, made for the first of names and coverage that needs them.
    private var eojeols: SummaryEojeols?

    /// Every signal of `record`.
    init(record: Record, resources: LintResources, text: LintRecordText? = nil) {
        self.init(vocabularyOf: record, resources: resources, text: text)
        analyzeTitle(of: record, resources: resources)
    }

    /// Whether a vocabulary signal fired: the verdict needs one, so without it the title side (names,
    /// coverage, entities) need not be read.
    var isGeneric: Bool { !boilerplate.isEmpty || !textbook.isEmpty || template.count >= 2 || !placeholders.isEmpty }

    /// The vocabulary signals only (boilerplate, textbook, template, placeholder); `analyzeTitle`
    /// adds the others.
    init(vocabularyOf record: Record, resources: LintResources, text: LintRecordText? = nil) {
        title = Self.cleanTitle(record.title)
        // the summary is read on scalars only: decoded once (shared with the other rules), then
        // lower-cased and collapsed in one pass
        summaryScalars = (text ?? LintRecordText(record)).summaryScalars
        let collapsed = LintText.lowercasedCollapsingSpaces(summaryScalars)
        // boilerplate, template and textbook vocabulary: one pass of the phrase index over the summary
        let index = resources.phraseIndex
        var found = [Bool](repeating: false, count: resources.textbookBase)
        var spans: [(Int, Int, Int)] = []
        var mayHavePlaceholder = resources.placeholderAlways
        index.forEachMatch(in: collapsed) { id, start in
            if id < resources.textbookBase { found[id] = true; return }
            if id >= resources.placeholderBase { mayHavePlaceholder = true; return }
            let end = start + index.phrases[id].count
            if (start == 0 || !LintText.isASCIIAlnum(collapsed[start - 1])) && (end >= collapsed.count || !LintText.isASCIIAlnum(collapsed[end])) {
                spans.append((start, end, id - resources.textbookBase))
            }
        }
        // the title is lower-cased only when a phrase or name found needs it (most summaries have neither)
        let title = self.title
        var lowered: String?
        func titleLower() -> String {
            if let lowered { return lowered }
            let l = title.lowercased()
            lowered = l
            return l
        }
        var titleWords: [String]?
        for (k, p) in resources.boilerplate.enumerated() where found[k] {
            if !p.excusedBy.isEmpty {
                let words = titleWords ?? Self.titleWords(titleLower())
                titleWords = words
                if p.excusedBy.contains(where: { e in words.contains { $0.hasPrefix(e) } }) { continue }
            }
            boilerplate.append(p.text)
            boilerplateWeight += p.weight
        }
        let names = spans.isEmpty ? [] : Self.textbookNames(spans, titleLower: titleLower(), resources: resources)
        textbook = names.map(\.0)
        textbookWeight = names.reduce(0) { $0 + $1.1 }
        for (k, t) in resources.templateVocabulary.enumerated() where found[resources.templateBase + k] {
            template.append(t)
        }
        // The regexes run only where their required literals were found; then one pass of all the
        // patterns together first, since nearly always none matches.
        if mayHavePlaceholder {
            let summary = record.summaryText
            if resources.placeholderAny?.matches(summary) ?? true {
                for p in resources.placeholderPatterns { if let m = p.firstMatch(in: summary) { placeholders.append(m.text) } }
            }
        }
    }

    /// The runs of ASCII letters and digits of the lower-cased title, as the excuses of boilerplate
    /// phrases read it (characters that are one ASCII letter or digit).
    static func titleWords(_ titleLower: String) -> [String] {
        // an ASCII title without CR (nearly all) is split on bytes: there a character is a byte
        guard titleLower.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else {
            return titleLower.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
        }
        return titleLower.utf8.split(whereSeparator: { !LintText.isASCIIAlnum(UInt32($0)) }).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Adds the title-side signals: names, coverage of title words, entities.
    mutating func analyzeTitle(of record: Record, resources: LintResources) {
        readNames(resources)
        readCoverage(resources)
        readEntity(resources)
    }

    /// Adds the names of the title and those the summary mentions (as written or transliterated).
    mutating func readNames(_ resources: LintResources) {
        namesRead = true
        // lower-cased exactly as `String.lowercased()`, per scalar
        let lowerScalars = LintText.lowercased(summaryScalars)
        let squeezed = lowerScalars.filter { !Self.isSqueezedOut($0) }
        var hangul = eojeols ?? SummaryEojeols(summaryScalars)
        defer { eojeols = hangul }
        names = Self.nameTokens(title, resources)
        for n in names {
            if Self.nameFound(n, lower: lowerScalars, squeezed: squeezed, resources: resources) {
                namesFound.append(n)
            } else {
                let e = Skeleton.englishCodes(n)
                if e.count >= 4 && hangul.transliterates(e, resources) { namesFound.append(n) }
            }
        }
    }

    /// Adds the title's content words (other than its names: `readNames` first) and whether the
    /// summary renders each.
    mutating func readCoverage(_ resources: LintResources, corpus: (any TermReference)? = nil) {
        coverageRead = true
        let latin = SummaryStems(summaryScalars)
        var hangul = eojeols ?? SummaryEojeols(summaryScalars)
        defer { eojeols = hangul }
        var nameParts: Set<String> = []
        for n in names { for p in n.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == " " }) { nameParts.insert(p.lowercased()) } }
        for w in Self.latinWords(title) where w.count >= 3 {
            let l = w.lowercased()
            if resources.titleStopwords.contains(l) || (nameParts.contains(l) && l != "video") { continue }
            let s = Self.stem(w)
            let stem = Array(s.utf8)
            var covered = latin.contains(stem) || (stem.count >= 5 && latin.containsPrefix5(of: stem))
            if !covered {
                let renderings = (resources.renderingOpenings[s] ?? []) + (resources.renderingOpenings[l] ?? [])
                covered = renderings.contains { hangul.opens(with: $0) }
            }
            if !covered, let r = corpus?.corpusRendering(ofWord: l) {
                covered = hangul.opens(with: r.unicodeScalars.map(\.value))
            }
            if !covered {
                let e = Skeleton.englishCodes(w)
                if e.count >= 5 { covered = hangul.transliterates(e, resources) }
            }
            let weight = resources.titleCommonWords.contains(s) || resources.titleCommonWords.contains(l) ? 0.3 : 1.0
            contentWords.append((w, weight, covered))
        }
        // hyphenated compounds read as one loanword (Fact-Checkers → 팩트체커)
        for compound in Self.hyphenCompounds(title) {
            let e = Skeleton.englishCodes(compound)
            guard e.count >= 5 && hangul.transliterates(e, resources) else { continue }
            let parts = Set(compound.split(separator: "-").map { $0.lowercased() })
            for k in contentWords.indices where parts.contains(contentWords[k].word.lowercased()) { contentWords[k].covered = true }
        }
    }

    /// Adds the first specific name of the summary, for the no-entity signal.
    mutating func readEntity(_ resources: LintResources) {
        entityRead = true
        entity = Self.firstEntity(summaryScalars, resources)
    }

    /// The highest score the record can still reach: the signals read so far, and for each title-side
    /// signal not yet read the largest value it can take. Below the threshold, the verdict is known
    /// without reading the rest of the title.
    func bestScore(_ options: RuleOptions) -> Double {
        var best = score(options, details: false).score
        if !namesRead { best += max(0, options.double("weightNameMissing", 1.5), -options.double("weightNameFound", 3)) }
        // coverage is w·(1−c)·k − b·c·k with c, k in [0, 1]
        if !coverageRead { best += max(0, options.double("weightCoverage", 3), -options.double("weightCoverageBonus", 1)) }
        // an entity not yet read counts as missing in `score`: its largest value
        if !entityRead { best += max(0, options.double("weightNoEntity", 1)) - options.double("weightNoEntity", 1) }
        return best
    }

    /// The signals and their sum; `details: false` leaves the details empty, for a score that is only compared.
    func score(_ options: RuleOptions, details: Bool = true) -> Verdict {
        func detail(_ text: @autoclosure () -> String) -> String { details ? text() : "" }
        var signals: [Signal] = []
        if !names.isEmpty {
            if namesFound.isEmpty {
                signals.append(Signal(name: "name-missing", value: options.double("weightNameMissing", 1.5),
                                      detail: detail(names.prefix(3).joined(separator: ", ") + " not in the summary")))
            } else {
                signals.append(Signal(name: "name-found", value: -options.double("weightNameFound", 3), detail: detail(namesFound[0])))
            }
        }
        let total = contentWords.reduce(0) { $0 + $1.weight }
        if total > 0 {
            let coveredWeight = contentWords.filter(\.covered).reduce(0) { $0 + $1.weight }
            let c = coveredWeight / total
            let confidence = min(1, total / 2)
            let value = options.double("weightCoverage", 3) * (1 - c) * confidence - options.double("weightCoverageBonus", 1) * c * confidence
            let found = contentWords.filter(\.covered).count
            signals.append(Signal(name: "coverage", value: value, detail: detail("\(found) of \(contentWords.count) title words rendered")))
        }
        let g = boilerplateWeight + options.double("textbookFactor", 0.5) * textbookWeight
        if g > 0 {
            // a short summary has room for few phrases: the saturation shrinks with its length (one
            // phrase per `boilerplateCharsPerHit` scalars, at least two phrases)
            let perHit = max(1, options.double("boilerplateCharsPerHit", 60))
            let saturation = min(max(1, options.double("boilerplateSaturation", 6)), max(2, Double(summaryScalars.count) / perHit))
            let value = options.double("weightBoilerplate", 5) * min(1, g / saturation)
            signals.append(Signal(name: "boilerplate", value: value, detail: detail((boilerplate.prefix(3) + textbook.prefix(3)).joined(separator: ", "))))
        }
        if template.count >= 2 {
            signals.append(Signal(name: "template", value: options.double("weightTemplate", 4) * min(1, Double(template.count) / 4),
                                  detail: detail(template.prefix(4).joined(separator: ", "))))
        }
        if !placeholders.isEmpty {
            signals.append(Signal(name: "placeholder", value: options.double("weightPlaceholder", 2), detail: placeholders[0]))
        }
        if entity == nil {
            signals.append(Signal(name: "no-entity", value: options.double("weightNoEntity", 1), detail: "no specific model or dataset named"))
        }
        let score = signals.reduce(0) { $0 + $1.value }
        return Verdict(score: score, flagged: isGeneric && score >= options.double("threshold", 5.5), signals: signals)
    }
}

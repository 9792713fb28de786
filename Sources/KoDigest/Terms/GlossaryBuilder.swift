import Foundation

/// Collects the terms of records (after `TermExtractor`) into a corpus glossary. Add records in
/// input order; builders of consecutive parts merge in order.
///
/// The builder keeps aggregates, not sightings, so its size grows with the distinct terms and
/// not with the corpus: one bucket per English key (terms with English) and one per written
/// abbreviation and Korean (terms with an abbreviation only, whose concept is known only at
/// `build`, from the corpus expansion the Korean renders). Merging is associative: counts add,
/// dates take min/max, the example with the smaller input position wins.
public struct GlossaryBuilder: Sendable {
    /// Everything `build` needs from the sightings of one bucket.
    struct Bucket: Sendable {
        var enForms: [String: Int] = [:]
        var abbrs: [String: Int] = [:]
        var kos: [String: Int] = [:]
        var count = 0
        /// Records with a sighting in this bucket.
        var records = 0
        var first: String? = nil
        var last: String? = nil
        /// The first sighting.
        var example: Example? = nil

        /// One sighting; `example` is asked for only by the bucket's first. A mismatched gloss
        /// passes no Korean: it is not a rendering of the concept.
        mutating func add(en: String, abbr: String, ko: String, newRecord: Bool, date: String?,
                          example: () -> Example) {
            enForms[en.isEmpty ? abbr : en, default: 0] += 1
            if !abbr.isEmpty { abbrs[abbr, default: 0] += 1 }
            if !ko.isEmpty { kos[ko, default: 0] += 1 }
            count += 1
            if newRecord { records += 1 }
            if let d = date {
                if first.map({ d < $0 }) ?? true { first = d }
                if last.map({ d > $0 }) ?? true { last = d }
            }
            if self.example == nil { self.example = example() }
        }

        mutating func merge(_ o: Bucket, offset: Int) {
            for (k, v) in o.enForms { enForms[k, default: 0] += v }
            for (k, v) in o.abbrs { abbrs[k, default: 0] += v }
            for (k, v) in o.kos { kos[k, default: 0] += v }
            count += o.count
            records += o.records
            if let d = o.first, first.map({ d < $0 }) ?? true { first = d }
            if let d = o.last, last.map({ d > $0 }) ?? true { last = d }
            if let e = o.example, example.map({ e.position + offset < $0.position }) ?? true {
                var kept = e.cut()
                kept.position += offset
                example = kept
            }
        }
    }

    /// A bucket's first sighting: its position in input order, record id and the sentence around
    /// its term. The sentence is cut when a merge keeps the example: each file's builder sees most
    /// concepts first, and most of those lose to an earlier file's.
    struct Example: Sendable {
        var position: Int
        var record: String
        var place: Place

        enum Place: Sendable {
            /// The term's scalar range in its section's text.
            case term(section: String, start: Int, end: Int)
            case sentence(String)
        }

        var text: String {
            switch place {
            case .sentence(let text): return text
            case let .term(section, start, end): return GlossaryBuilder.sentence(in: section, start, end)
            }
        }

        /// The example with its sentence cut, holding on to no more of the section.
        func cut() -> Example { Example(position: position, record: record, place: .sentence(text)) }
    }

    /// A bucket name: an English key, or an abbreviation as written with its Korean (English empty).
    struct BucketID: Hashable, Sendable, Comparable {
        var enKey: String
        var abbr = ""
        var ko = ""
        static func < (a: BucketID, b: BucketID) -> Bool { (a.enKey, a.abbr, a.ko) < (b.enKey, b.abbr, b.ko) }
    }

    var buckets: [BucketID: Bucket] = [:]
    /// Records whose sightings fall in several buckets that `build` may join (an abbreviation
    /// bucket, or English keys of one `spelling`): bucket set → records. Needed to count such a
    /// record once.
    var overlaps: [[BucketID]: Int] = [:]
    /// Sightings added so far (input positions of the next builder's sightings start here).
    var sightings = 0

    public init() {}

    public mutating func add(_ record: Record) {
        var touched: [BucketID] = []
        for t in record.terms {
            let en = t.en ?? "", abbr = t.abbr ?? ""
            guard !(en.isEmpty && abbr.isEmpty) else { continue }
            let ko = t.kind == .enEn ? "" : (t.ko ?? "")
            let id = en.isEmpty ? BucketID(enKey: "", abbr: abbr, ko: ko) : BucketID(enKey: EnglishTokens.key(en))
            let position = sightings
            sightings += 1
            if !en.isEmpty && id.enKey.isEmpty { continue }
            let firstInRecord = !touched.contains(id)
            if firstInRecord { touched.append(id) }
            // in place: a copy taken out of the table would copy its dictionaries on first write
            buckets[id, default: Bucket()].add(en: en, abbr: abbr, ko: t.match == .mismatch ? "" : ko,
                                               newRecord: firstInRecord, date: record.date) {
                let place: Example.Place = t.section < record.sections.count
                    ? .term(section: record.sections[t.section].text, start: t.start, end: t.end) : .sentence("")
                return Example(position: position, record: record.id, place: place)
            }
        }
        if touched.count >= 2 && (touched.contains(where: { $0.enKey.isEmpty })
            || Set(touched.map { GlossaryBuilder.spelling($0.enKey) }).count < touched.count) {
            overlaps[touched.sorted(), default: 0] += 1
        }
    }

    /// What the spellings of one English key have in common: no spaces (`multi-modal` and
    /// `multimodal`, `trade-off` and `tradeoff`), and -ize for -ise in every word (`tokeniser`,
    /// `optimisation`; `noise` becomes `noize` too, which only ever meets itself).
    static func spelling(_ key: String) -> String {
        // every British ending has "is" in it: a key without one only loses its spaces
        guard zip(key.utf8, key.utf8.dropFirst()).contains(where: { $0 == UInt8(ascii: "i") && $1 == UInt8(ascii: "s") }) else {
            return TermText.removingSpaces(key)
        }
        var words = key.split(separator: " ").map(String.init)
        for (i, w) in words.enumerated() {
            for (british, american) in britishEndings where w.hasSuffix(british) {
                words[i] = String(w.dropLast(british.count)) + american
                break
            }
        }
        return words.joined()
    }

    static let britishEndings = [("isation", "ization"), ("isations", "izations"), ("iser", "izer"), ("isers", "izers"),
                                 ("ised", "ized"), ("ising", "izing"), ("ise", "ize")]

    /// How far an example reaches to either side of its term, in scalars: further than any real
    /// sentence, so only a run-on line without sentence ends (garbled input) is cut.
    static let exampleReach = 300

    /// The sentence around `start..<end`: from the previous sentence end (`.`, `!`, `?` before a
    /// space, which covers `다.` and `요.`) or line break to the next one, without a list bullet,
    /// and at most `exampleReach` scalars to either side of the term (marked `…` where cut).
    static func sentence(in section: String, _ start: Int, _ end: Int) -> String {
        let sc = UTF8Scalars.array(section)
        return start >= 0 && end <= sc.count && start < end ? sentence(sc, start, end) : ""
    }

    static func sentence(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        func endsSentence(_ i: Int) -> Bool {
            (sc[i] == "." || sc[i] == "!" || sc[i] == "?" || sc[i] == "。") && (i + 1 == sc.count || TermText.isSpace(sc[i + 1]))
        }
        let first = max(0, start - exampleReach), last = min(sc.count, end + exampleReach)
        var a = start
        while a > first && sc[a - 1] != "\n" && !endsSentence(a - 1) { a -= 1 }
        let cutBefore = a == first && a > 0 && sc[a - 1] != "\n" && !endsSentence(a - 1)
        var b = end
        while b < last && sc[b] != "\n" {
            b += 1
            if endsSentence(b - 1) { break }
        }
        let cutAfter = b == last && b < sc.count && sc[b] != "\n" && !endsSentence(b - 1)
        while a < start && (TermText.isSpace(sc[a]) || ((sc[a] == "-" || sc[a] == "*" || sc[a] == "•") && a + 1 < sc.count && TermText.isSpace(sc[a + 1]))) {
            a += 1
        }
        let text = TermText.trimWhitespaces(TermText.string(sc[a..<b]))
        return (cutBefore ? "…" : "") + text + (cutAfter ? "…" : "")
    }

    public mutating func merge(_ other: GlossaryBuilder) {
        // in place, as in `add`: a bucket taken out of the table would copy its dictionaries
        for (id, b) in other.buckets { buckets[id, default: Bucket()].merge(b, offset: sightings) }
        for (k, v) in other.overlaps { overlaps[k, default: 0] += v }
        sightings += other.sightings
    }

    /// Groups the sightings by concept (English key; an abbreviation alone joins the concept of
    /// the corpus expansion its Korean renders; keys of one `spelling` are one concept)
    /// and keeps the concepts with a Korean rendering.
    public func build(knowledge: TermKnowledge) -> Glossary {
        var (acc, conceptOf) = concepts(knowledge)
        let renamed = GlossaryBuilder.joinSpellings(&acc)
        conceptOf = conceptOf.mapValues { renamed[$0] ?? $0 }
        // a record with sightings in several buckets of one concept counts once
        for (ids, n) in overlaps {
            var per: [String: Int] = [:]
            for id in ids { if let k = conceptOf[id] { per[k, default: 0] += 1 } }
            for (k, m) in per where m >= 2 { acc[k]?.records -= (m - 1) * n }
        }
        let concepts = acc.compactMap { key, bucket in
            bucket.kos.isEmpty ? nil : GlossaryBuilder.concept(key, bucket, knowledge: knowledge)
        }
        return Glossary(concepts: Glossary.sorted(concepts))
    }

    /// The buckets merged by concept key, and the key of each bucket: an abbreviation's sightings
    /// count under the form of the expansion its Korean renders, else under the abbreviation.
    private func concepts(_ knowledge: TermKnowledge) -> (buckets: [String: Bucket], conceptOf: [BucketID: String]) {
        var conceptOf: [BucketID: String] = [:]
        var acc: [String: Bucket] = [:]
        for (id, b) in buckets {
            var key = id.enKey, bucket = b
            if id.enKey.isEmpty {
                let en = knowledge.expansion(id.abbr, renderedBy: id.ko.split(separator: " ").map(String.init))?.en ?? ""
                key = en.isEmpty ? EnglishTokens.abbrKey(id.abbr) : EnglishTokens.key(en)
                guard !key.isEmpty else { continue }
                if !en.isEmpty { bucket.enForms = [en: b.count] }
            }
            conceptOf[id] = key
            acc[key, default: Bucket()].merge(bucket, offset: 0)
        }
        return (acc, conceptOf)
    }

    /// Joins the keys of one English term spelled in several ways into one concept, named by the
    /// spelling seen most; a tie goes to the last in code-point order (tradeoff before trade off,
    /// -ize before -ise). Returns the new name of each joined key.
    private static func joinSpellings(_ acc: inout [String: Bucket]) -> [String: String] {
        var spellings: [String: [String]] = [:]
        for key in acc.keys { spellings[spelling(key), default: []].append(key) }
        var renamed: [String: String] = [:]
        for keys in spellings.values.map({ $0.sorted(by: >) }) where keys.count >= 2 {
            let name = keys.max { acc[$0]!.count < acc[$1]!.count }!
            for key in keys where key != name {
                acc[name]!.merge(acc.removeValue(forKey: key)!, offset: 0)
                renamed[key] = name
            }
        }
        return renamed
    }

    /// The glossary entry of one concept: its renderings by count, the preferred one, and whether
    /// a second rendering is common enough to be a conflict.
    private static func concept(_ key: String, _ a: Bucket, knowledge: TermKnowledge) -> GlossaryConcept {
        let byCount: ([String: Int]) -> [(String, Int)] = { d in
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        let variants = byCount(a.kos).map { GlossaryConcept.Variant(ko: $0.0, count: $0.1) }
        let entry = knowledge.reference.entry(forEnglish: key)
        let majority = GlossaryBuilder.majority(variants, key: key, entry: entry, knowledge: knowledge)
        let squash: (String) -> String = { $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "") }
        var conflict = false
        if variants.count >= 2, let second = variants.first(where: { $0.ko != majority }) {
            conflict = second.count >= max(2, a.count / 5) && squash(second.ko) != squash(majority)
                && !(entry?.forms.contains(second.ko) ?? false && entry?.forms.contains(majority) ?? false)
        }
        let departs = entry.map { !$0.forms.contains(majority) } ?? false
        return GlossaryConcept(
            key: key, en: byCount(a.enForms)[0].0, abbr: byCount(a.abbrs).map(\.0),
            preferred: entry?.ko ?? majority, variants: variants, count: a.count, records: a.records,
            firstDate: a.first, lastDate: a.last, exampleID: a.example?.record ?? "", exampleText: a.example?.text ?? "",
            conflict: conflict, reference: entry?.ko, departs: departs)
    }

    /// The most frequent rendering; a tie goes to a form the reference glossary accepts, then to
    /// the form whose words render more of the English (a cut fragment renders less), then to the
    /// form the corpus writes more often, and only then to code-point order.
    static func majority(_ variants: [GlossaryConcept.Variant], key: String, entry: ReferenceEntry?, knowledge: TermKnowledge) -> String {
        let top = variants.filter { $0.count == variants[0].count }
        if top.count == 1 { return top[0].ko }
        if let entry, let f = top.first(where: { entry.forms.contains($0.ko) }) { return f.ko }
        let E = EnglishTokens.koOrder(key)
        func rank(_ ko: String) -> (Int, Int) {
            let words = ko.split(separator: " ").map(String.init)
            let covered = knowledge.link(words, E).allTokens.count
            let seen = words.map { knowledge.counts[$0] }.min() ?? 0
            return (covered, seen)
        }
        var best = top[0]
        var bestRank = rank(best.ko)
        for v in top.dropFirst() {
            let r = rank(v.ko)
            if r > bestRank { best = v; bestRank = r }
        }
        return best.ko
    }
}

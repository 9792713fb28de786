import Foundation

/// Collects the terms of records (after `TermExtractor`) into a corpus glossary. Add records in
/// input order; builders of consecutive parts merge in order.
///
/// The builder keeps aggregates, not sightings, so its size grows with the distinct terms and
/// not with the corpus: one bucket per English key (terms with English) and one per written
/// abbreviation (terms with an abbreviation only, whose concept is known only at `build`, from
/// the corpus expansion). Merging is associative: counts add, dates take min/max, the example
/// with the smaller input position wins.
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
        /// The first sighting: its position in input order, record id and gloss text.
        var example: (position: Int, record: String, text: String)? = nil

        mutating func merge(_ o: Bucket, offset: Int) {
            for (k, v) in o.enForms { enForms[k, default: 0] += v }
            for (k, v) in o.abbrs { abbrs[k, default: 0] += v }
            for (k, v) in o.kos { kos[k, default: 0] += v }
            count += o.count
            records += o.records
            if let d = o.first, first.map({ d < $0 }) ?? true { first = d }
            if let d = o.last, last.map({ d > $0 }) ?? true { last = d }
            if let e = o.example, example.map({ e.position + offset < $0.position }) ?? true {
                example = (e.position + offset, e.record, e.text)
            }
        }
    }

    /// A bucket name: an English key, or an abbreviation as written (English empty).
    struct BucketID: Hashable, Sendable, Comparable {
        var enKey: String
        var abbr: String
        static func < (a: BucketID, b: BucketID) -> Bool { (a.enKey, a.abbr) < (b.enKey, b.abbr) }
    }

    var buckets: [BucketID: Bucket] = [:]
    /// Records whose sightings fall in several buckets, one of them an abbreviation bucket that
    /// `build` may join with another: bucket set → records. Needed to count such a record once.
    var overlaps: [[BucketID]: Int] = [:]
    /// Sightings added so far (input positions of the next builder's sightings start here).
    var sightings = 0

    public init() {}

    public mutating func add(_ record: Record) {
        var touched: [BucketID] = []
        var scalars: [Int: [Unicode.Scalar]] = [:]
        for t in record.terms {
            let en = t.en ?? "", abbr = t.abbr ?? ""
            guard !(en.isEmpty && abbr.isEmpty) else { continue }
            let id = en.isEmpty ? BucketID(enKey: "", abbr: abbr) : BucketID(enKey: EnglishTokens.key(en), abbr: "")
            let position = sightings
            sightings += 1
            if !en.isEmpty && id.enKey.isEmpty { continue }
            var text = ""
            if t.section < record.sections.count {
                let sc = scalars[t.section] ?? Array(record.sections[t.section].text.unicodeScalars)
                scalars[t.section] = sc
                if t.start >= 0 && t.end <= sc.count && t.start < t.end {
                    text = TermText.string(sc[t.start..<t.end])
                }
            }
            let ko = t.kind == .enEn ? "" : (t.ko ?? "")
            var b = buckets[id] ?? Bucket()
            b.enForms[en.isEmpty ? abbr : en, default: 0] += 1
            if !abbr.isEmpty { b.abbrs[abbr, default: 0] += 1 }
            if !ko.isEmpty { b.kos[ko, default: 0] += 1 }
            b.count += 1
            if !touched.contains(id) {
                touched.append(id)
                b.records += 1
            }
            if let d = record.date {
                if b.first.map({ d < $0 }) ?? true { b.first = d }
                if b.last.map({ d > $0 }) ?? true { b.last = d }
            }
            if b.example == nil { b.example = (position, record.id, text) }
            buckets[id] = b
        }
        if touched.count >= 2 && touched.contains(where: { $0.enKey.isEmpty }) {
            overlaps[touched.sorted(), default: 0] += 1
        }
    }

    public mutating func merge(_ other: GlossaryBuilder) {
        for (id, b) in other.buckets {
            if var mine = buckets[id] {
                mine.merge(b, offset: sightings)
                buckets[id] = mine
            } else {
                var moved = Bucket()
                moved.merge(b, offset: sightings)
                buckets[id] = moved
            }
        }
        for (k, v) in other.overlaps { overlaps[k, default: 0] += v }
        sightings += other.sightings
    }

    /// Groups the sightings by concept (English key; an abbreviation alone joins the concept of
    /// its corpus expansion) and keeps the concepts with a Korean rendering.
    public func build(knowledge: TermKnowledge) -> Glossary {
        var conceptOf: [BucketID: String] = [:]
        var acc: [String: Bucket] = [:]
        for (id, b) in buckets {
            var key = id.enKey
            if id.enKey.isEmpty {
                // the abbreviation's sightings count under its expansion's form
                let en = knowledge.expansion(id.abbr) ?? ""
                key = en.isEmpty ? EnglishTokens.abbrKey(id.abbr) : EnglishTokens.key(en)
                guard !key.isEmpty else { continue }
                var renamed = b
                if !en.isEmpty {
                    renamed.enForms = [en: b.count]
                }
                conceptOf[id] = key
                acc[key, default: Bucket()].merge(renamed, offset: 0)
            } else {
                conceptOf[id] = key
                acc[key, default: Bucket()].merge(b, offset: 0)
            }
        }
        // a record with sightings in several buckets of one concept counts once
        for (ids, n) in overlaps {
            var per: [String: Int] = [:]
            for id in ids { if let k = conceptOf[id] { per[k, default: 0] += 1 } }
            for (k, m) in per where m >= 2 { acc[k]?.records -= (m - 1) * n }
        }
        let byCount: ([String: Int]) -> [(String, Int)] = { d in
            d.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        var concepts: [GlossaryConcept] = []
        for (key, a) in acc where !a.kos.isEmpty {
            let variants = byCount(a.kos).map { GlossaryConcept.Variant(ko: $0.0, count: $0.1) }
            let entry = knowledge.reference.entry(forEnglish: key)
            let majority = variants[0].ko
            let squash: (String) -> String = { $0.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "-", with: "") }
            var conflict = false
            if variants.count >= 2 {
                let second = variants[1]
                conflict = second.count >= max(2, a.count / 5) && squash(second.ko) != squash(majority)
                    && !(entry?.forms.contains(second.ko) ?? false && entry?.forms.contains(majority) ?? false)
            }
            let departs = entry.map { !$0.forms.contains(majority) } ?? false
            concepts.append(GlossaryConcept(
                key: key, en: byCount(a.enForms)[0].0, abbr: byCount(a.abbrs).map(\.0),
                preferred: entry?.ko ?? majority, variants: variants, count: a.count, records: a.records,
                firstDate: a.first, lastDate: a.last, exampleID: a.example?.record ?? "", exampleText: a.example?.text ?? "",
                conflict: conflict, reference: entry?.ko, departs: departs))
        }
        return Glossary(concepts: Glossary.sorted(concepts))
    }
}

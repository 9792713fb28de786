import Foundation

/// Collects the terms of records (after `TermExtractor`) into a corpus glossary. Add records in
/// input order; builders of consecutive parts merge in order.
public struct GlossaryBuilder: Sendable {
    struct Sighting: Sendable {
        var en: String
        var abbr: String
        var ko: String
        var record: String
        var date: String?
        var text: String
    }

    var sightings: [Sighting] = []

    public init() {}

    public mutating func add(_ record: Record) {
        for t in record.terms {
            let en = t.en ?? "", abbr = t.abbr ?? ""
            guard !(en.isEmpty && abbr.isEmpty) else { continue }
            var text = ""
            if t.section < record.sections.count {
                let sc = Array(record.sections[t.section].text.unicodeScalars)
                if t.start >= 0 && t.end <= sc.count && t.start < t.end {
                    text = String(String.UnicodeScalarView(sc[t.start..<t.end]))
                }
            }
            sightings.append(Sighting(en: en, abbr: abbr, ko: t.kind == .enEn ? "" : (t.ko ?? ""), record: record.id,
                                      date: record.date, text: text))
        }
    }

    public mutating func merge(_ other: GlossaryBuilder) { sightings.append(contentsOf: other.sightings) }

    /// Groups the sightings by concept (English key; an abbreviation alone joins the concept of
    /// its corpus expansion) and keeps the concepts with a Korean rendering.
    public func build(knowledge: TermKnowledge) -> Glossary {
        struct Acc {
            var enForms: [String: Int] = [:]
            var abbrs: [String: Int] = [:]
            var kos: [String: Int] = [:]
            var count = 0
            var records = Set<String>()
            var first: String? = nil
            var last: String? = nil
            var example: (String, String)? = nil
        }
        var acc: [String: Acc] = [:]
        for s in sightings {
            var en = s.en
            if en.isEmpty { en = knowledge.expansion(s.abbr) ?? "" }
            let key = en.isEmpty ? EnglishTokens.abbrKey(s.abbr) : EnglishTokens.key(en)
            guard !key.isEmpty else { continue }
            var a = acc[key] ?? Acc()
            a.enForms[en.isEmpty ? s.abbr : en, default: 0] += 1
            if !s.abbr.isEmpty { a.abbrs[s.abbr, default: 0] += 1 }
            if !s.ko.isEmpty { a.kos[s.ko, default: 0] += 1 }
            a.count += 1
            a.records.insert(s.record)
            if let d = s.date {
                if a.first.map({ d < $0 }) ?? true { a.first = d }
                if a.last.map({ d > $0 }) ?? true { a.last = d }
            }
            if a.example == nil { a.example = (s.record, s.text) }
            acc[key] = a
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
                preferred: entry?.ko ?? majority, variants: variants, count: a.count, records: a.records.count,
                firstDate: a.first, lastDate: a.last, exampleID: a.example?.0 ?? "", exampleText: a.example?.1 ?? "",
                conflict: conflict, reference: entry?.ko, departs: departs))
        }
        return Glossary(concepts: Glossary.sorted(concepts))
    }
}

import Foundation

/// ok / partial / mismatch for an extracted term (TERMS_ALGO.md §7).
extension TermKnowledge {
    func judge(kind: TermKind, ko: String, en: String, abbr: String, beyond: Bool) -> (GlossMatch, String) {
        if !en.isEmpty && !abbr.isEmpty && kind != .enKo && !Abbreviation.matches(short: abbr, long: en)
            && !Abbreviation.matches(short: abbr, long: en.replacingOccurrences(of: "-", with: " ")) {
            return (.mismatch, "the abbreviation does not fit the expansion")
        }
        if kind == .enEn { return (.ok, "") }
        let target = !en.isEmpty ? en : (expansion(abbr) ?? "")
        if ko.isEmpty || target.isEmpty { return (.ok, "") }
        let E = EnglishTokens.koOrder(target)
        let kwords = ko.split(separator: " ").map(String.init)
        let links = link(kwords, E)
        let linked = links.allTokens
        let unlinked = kwords.enumerated().filter { !links.has($0.offset) && TermText.hasHangul($0.element)
            && !TermKnowledge.bridgeWords.contains($0.element) }.map(\.element)
        if linked.isEmpty, let entry = referenceEntry(en: target, abbr: "") {
            let compact = ko.replacingOccurrences(of: " ", with: "")
            if !entry.forms.contains(where: { compact.contains($0.replacingOccurrences(of: " ", with: "")) }) {
                return (.mismatch, "the reference glossary renders \(entry.en) as \(entry.ko)")
            }
        }
        if linked.isEmpty && !E.isEmpty {
            let knownOther = unlinked.filter { bestEnglish($0).0 >= TermKnowledge.otherDice }
            if !knownOther.isEmpty {
                let what = knownOther.map { "\($0)=\(bestEnglish($0).1 ?? "")" }.joined(separator: " ")
                return (.mismatch, "the Korean renders other words: \(what)")
            }
        }
        if (kind == .koEn || kind == .koAbbr) && beyond { return (.partial, "covered words lie beyond the Korean span") }
        let missing = E.filter { !linked.contains($0) }
        var capacity = unlinked.count
        for (i, w) in kwords.enumerated() where links.has(i) && links[i].count == 1 && TermText.hangulCount(w) >= 3 {
            let mine = links[i]
            if !pieces(w).contains(where: { p in mine.contains { LoanwordSkeleton.similarity(korean: p, english: $0) >= TermKnowledge.tauTranslit } }) {
                capacity += 1
            }
        }
        if missing.count > capacity && !linked.isEmpty {
            return (.partial, "no Korean for: " + missing.joined(separator: " "))
        }
        return (.ok, "")
    }
}

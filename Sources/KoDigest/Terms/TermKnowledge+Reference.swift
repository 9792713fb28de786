extension TermKnowledge {
    /// The terms stage's own verdict on the Korean side alone (no abbreviation), for lint rules.
    public func judgeKoreanSide(kind: TermKind, ko: String, en: String) -> (match: GlossMatch, reason: String) {
        let (match, reason) = judge(kind: kind, ko: ko, en: en, abbr: "", beyond: false)
        return (match, reason)
    }
}

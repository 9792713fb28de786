/// One record's section texts in the forms the rules scan, decoded once per record and shared by
/// every rule, so no rule decodes, blanks or splits a section again. Offsets are Unicode scalars.
struct LintRecordText: Sendable {
    struct SectionText: Sendable {
        /// The section text as scalar values.
        var scalars: [UInt32]
        /// `scalars` with every URL replaced by spaces of the same length (`LintText.blankingURLs`);
        /// the same storage as `scalars` when the section has no URL.
        var blanked: [UInt32]
        /// Line ranges split on LF; valid for both arrays (blanking never touches a LF).
        var lines: [Range<Int>]
        /// The kinds of scalar in `scalars` (a superset of those in `blanked`).
        var kinds: LintText.ScalarKinds
    }

    var sections: [SectionText]

    init(_ record: Record) {
        sections = record.sections.map { section in
            var kinds: LintText.ScalarKinds = []
            let scalars = LintText.scalars(section.text, kinds: &kinds)
            return SectionText(scalars: scalars, blanked: LintText.blankingURLs(scalars), lines: LintText.lines(scalars), kinds: kinds)
        }
    }

    /// All sections joined by LF: the scalars of `Record.summaryText`.
    var summaryScalars: [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(sections.reduce(0) { $0 + $1.scalars.count + 1 })
        for (k, s) in sections.enumerated() {
            if k > 0 { out.append(0x0A) }
            out.append(contentsOf: s.scalars)
        }
        return out
    }
}

/// One paper of a digest: what the parser read, normalized, with its terms and findings.
public struct Record: Sendable, Equatable, Codable {
    /// arXiv id without a version suffix, e.g. `2408.12599`.
    public var id: String
    /// `YYYY-MM-DD`, from the digest header or else from a `YYYY/MM/DD.md` path.
    public var date: String?
    public var title: String
    public var url: String
    public var thumbnail: String?
    /// nil when the digest shows `Vote: -` or no vote line.
    public var votes: Int?
    /// In order, repeated names removed.
    public var authors: [String]
    public var sections: [Section]
    public var terms: [Term]
    public var findings: [Finding]
    public var source: Source

    public init(
        id: String, date: String?, title: String, url: String, thumbnail: String?, votes: Int?,
        authors: [String], sections: [Section], terms: [Term] = [], findings: [Finding] = [], source: Source
    ) {
        self.id = id
        self.date = date
        self.title = title
        self.url = url
        self.thumbnail = thumbnail
        self.votes = votes
        self.authors = authors
        self.sections = sections
        self.terms = terms
        self.findings = findings
        self.source = source
    }

    /// All section texts joined by newlines, for rules that look at the summary as a whole.
    public var summaryText: String { sections.map(\.text).joined(separator: "\n") }
}

/// A labelled part of a summary (`**What's New**: …`), or the whole bullet list of a 2023 record.
public struct Section: Sendable, Equatable, Codable {
    /// nil for the unlabelled bullet lists of 2023.
    public var label: String?
    /// Normalized Korean text with its glosses.
    public var text: String
    /// `text` without the parenthetical glosses that kodigest extracted as terms.
    public var textPlain: String
    /// 1-based line of the digest where the section starts.
    public var line: Int = 0
    /// 1-based column (in Unicode scalars) of the line where `text` starts.
    public var column: Int = 1
    /// Where each line of `text` starts in the source; not part of the record's JSON.
    public var anchors: [Anchor] = []
    /// Source lines of this section whose mojibake the normalizer repaired (for the encoding rule).
    public var repairedLines: [Int] = []

    public init(label: String?, text: String, textPlain: String? = nil, line: Int = 0, column: Int = 1) {
        self.label = label
        self.text = text
        self.textPlain = textPlain ?? text
        self.line = line
        self.column = column
    }

    enum CodingKeys: String, CodingKey {
        case label, text
        case textPlain = "text_plain"
    }
}

/// Where a record came from. Two runs over differently encoded copies differ only here.
public struct Source: Sendable, Equatable, Codable {
    public var file: String
    /// 1-based line of the record's `###` header.
    public var line: Int = 0
    /// The detected encoding, e.g. `UTF-8`, `UTF-16LE`, `EUC-KR`.
    public var encoding: String
    /// SHA-256 of the file's bytes, hex.
    public var sha256: String

    public init(file: String, line: Int, encoding: String, sha256: String) {
        self.file = file
        self.line = line
        self.encoding = encoding
        self.sha256 = sha256
    }
}

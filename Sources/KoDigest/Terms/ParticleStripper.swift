/// Strips a trailing particle (josa), copula or plural 들 form from a word, when the corpus shows
/// the remaining stem as a word of its own (`모델들` → `모델`, `최신의` → `최신`, but not `정확도`).
struct ParticleStripper: Sendable {
    typealias Result = (stem: String, particle: String)

    /// Longest first.
    let particles: [String]

    init(particles: [String]) {
        self.particles = Array(Set(particles)).sorted { a, b in
            a.unicodeScalars.count != b.unicodeScalars.count ? a.unicodeScalars.count > b.unicodeScalars.count : a < b
        }
    }

    private static let afterConsonant: Set<String> = ["이", "은", "을", "과", "으로", "이나", "이랑", "이며", "이고", "이다", "입니다",
                                                      "이라는", "이란", "이라고", "이라", "이자"]
    private static let afterVowel: Set<String> = ["가", "는", "를", "와", "나", "랑", "며", "고", "다", "라는", "란", "라고", "라", "자"]

    /// Whether the allomorph `p` can follow a syllable ending in `last` (이/가, 은/는, 을/를, 과/와, 으로/로).
    static func allomorphFits(_ last: Unicode.Scalar, _ p: String) -> Bool {
        let j = TermText.jong(last)
        if afterConsonant.contains(p) || p.hasPrefix("으로") || p.hasPrefix("과") { return j > 0 }
        if afterVowel.contains(p) || p.hasPrefix("와") || p.hasPrefix("는") || p.hasPrefix("를") { return j == 0 }
        if p.hasPrefix("로") { return j == 0 || j == 8 }
        return true
    }

    /// cnt(x) + Σ cnt(x + particle).
    func family(_ x: String, _ counts: [String: Int]) -> Int {
        var total = counts[x] ?? 0
        for p in particles { total += counts[x + p] ?? 0 }
        return total
    }

    /// (stem, particle); particle empty when nothing is stripped.
    func strip(_ w: String, counts: [String: Int]) -> (stem: String, particle: String) {
        let sc = Array(w.unicodeScalars)
        guard let last = sc.last, TermText.isHangul(last) else { return (w, "") }
        var fwCache: Int? = nil
        let cw = counts[w] ?? 0
        for p in particles {
            let pn = p.unicodeScalars.count
            guard sc.count > pn, TermText.hasSuffix(w, p) else { continue }
            let stemScalars = sc[..<(sc.count - pn)]
            let stemLast = stemScalars[stemScalars.endIndex - 1]
            let stem = String(String.UnicodeScalarView(stemScalars))
            if TermText.isHangul(stemLast) {
                if !ParticleStripper.allomorphFits(stemLast, p) { continue }
                let syllables = stemScalars.filter(TermText.isHangul).count
                if syllables < 2 && !TermText.hasLatin(stem) { continue }
                let fw = fwCache ?? (family(w, counts) - cw)
                fwCache = fw
                let fs = family(stem, counts) - cw
                if fs > fw && fs >= 2 { return (stem, p) }
            } else if stemLast.properties.isAlphabetic || TermText.isDigit(stemLast) || stemLast == ")" || stemLast == "-" || stemLast == "+" {
                return (stem, p)
            }
        }
        return (w, "")
    }
}

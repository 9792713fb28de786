/// Strips a trailing particle (josa), copula or plural 들 form from a word, when the corpus shows
/// the remaining stem as a word of its own (`모델들` → `모델`, `최신의` → `최신`, but not `정확도`).
struct ParticleStripper: Sendable {
    typealias Result = (stem: String, particle: String)

    /// Longest first.
    let particles: [String]
    private let particleScalars: [[Unicode.Scalar]]

    init(particles: [String]) {
        self.particles = Array(Set(particles)).sorted { a, b in
            let (m, n) = (UTF8Scalars.count(a), UTF8Scalars.count(b))
            return m != n ? m > n : a < b
        }
        self.particleScalars = self.particles.map { Array($0.unicodeScalars) }
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
    func family(_ x: String, _ counts: TokenCounts) -> Int {
        if counts.hasFamilies { return counts.family(x) }
        var total = counts[x]
        for p in particles { total += counts[x + p] }
        return total
    }

    func strip(_ w: String, counts: [String: Int]) -> (stem: String, particle: String) {
        var c = TokenCounts(counts)
        c.computeFamilies(particles: particles)
        return strip(w, counts: c)
    }

    /// (stem, particle); particle empty when nothing is stripped.
    func strip(_ w: String, counts: TokenCounts) -> (stem: String, particle: String) {
        guard let l = w.unicodeScalars.last, TermText.isHangul(l) else { return (w, "") }
        let sc = UTF8Scalars.array(w)
        var fwCache: Int? = nil
        let cw = counts[w]
        for (pi, ps) in particleScalars.enumerated() {
            let pn = ps.count
            guard sc.count > pn, sc[(sc.count - pn)...].elementsEqual(ps) else { continue }
            let p = particles[pi]
            let stemScalars = sc[..<(sc.count - pn)]
            let stemLast = stemScalars[stemScalars.endIndex - 1]
            if TermText.isHangul(stemLast) {
                if !ParticleStripper.allomorphFits(stemLast, p) { continue }
                var syllables = 0, latin = false
                for s in stemScalars {
                    if TermText.isHangul(s) { syllables += 1 } else if TermText.isLatin(s) { latin = true }
                }
                if syllables < 2 && !latin { continue }
                let stem = TermText.string(stemScalars)
                let fw = fwCache ?? (family(w, counts) - cw)
                fwCache = fw
                let fs = family(stem, counts) - cw
                if fs > fw && fs >= 2 { return (stem, p) }
            } else if stemLast.properties.isAlphabetic || TermText.isDigit(stemLast) || stemLast == ")" || stemLast == "-" || stemLast == "+" {
                return (TermText.string(stemScalars), p)
            }
        }
        return (w, "")
    }
}

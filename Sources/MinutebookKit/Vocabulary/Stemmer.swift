import Foundation

/// Word endings, cut the two ways minutebook needs.
///
/// - `porter`: the stem FTS5's `porter` tokenizer stores and searches (M. F. Porter, 1980, as SQLite
///   implements it), so "prosecute", "prosecutions" and "prosecuting" are all `prosecut`. Everything that
///   must agree with what a search matched uses it: snippet highlights, the exact-phrase check, "asked
///   before?" and "did you mean".
/// - `singular`: plurals only ("hubs" → "hub", "agencies" → "agency"), for topic terms, which name things:
///   a topic for "police" must not catch "policing".
///
/// Both take a word as `Tokenizer` makes it (lower case).
public enum Stemmer {
    // MARK: Porter

    /// The porter stem of a folded word. Words shorter than 3 bytes or longer than 64 are kept, as FTS5 keeps them;
    /// bytes that are not ASCII count as consonants.
    public static func porter(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            guard bytes.count >= 3 && bytes.count <= 64 else { return String(decoding: bytes, as: UTF8.self) }
            var buffer = Array(bytes)
            buffer.reserveCapacity(bytes.count + 1)
            porter(&buffer)
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    /// The porter stem of a folded word's bytes, in place (kept as it is outside 3 to 64 bytes).
    static func porter(bytes w: inout [UInt8]) {
        guard w.count >= 3 && w.count <= 64 else { return }
        porter(&w)
    }

    /// The porter algorithm in place, on a word of 3 to 64 bytes.
    static func porter(_ w: inout [UInt8]) {
        step1a(&w)
        if step1b(&w) && !step1b2(&w) {
            let last = w[w.count - 1]
            if !isVowel(last, afterConsonant: false), last != c("l"), last != c("s"), last != c("z"), w.count > 1, last == w[w.count - 2] {
                w.removeLast()
            } else if measure(w[...], is: 1), endsCVC(w[...]) {
                w.append(c("e"))
            }
        }
        // 1c: y → i after a vowel somewhere before it.
        if w.count > 1, w[w.count - 1] == c("y"), hasVowel(w[..<(w.count - 1)]) { w[w.count - 1] = c("i") }
        if w.count >= 2 {
            replace(&w, step2, when: { measure($0, over: 0) })
            replace(&w, step3, when: { measure($0, over: 0) })
            replace(&w, step4, when: { stem in measure(stem, over: 1) })
        }
        // 5a: a final e goes after a long stem, or a short one not ending consonant-vowel-consonant.
        if w.count > 1, w[w.count - 1] == c("e") {
            let stem = w[..<(w.count - 1)]
            if measure(stem, over: 1) || (measure(stem, is: 1) && !endsCVC(stem)) { w.removeLast() }
        }
        // 5b: ll → l after a long stem.
        if w.count > 1, w[w.count - 1] == c("l"), w[w.count - 2] == c("l"), measure(w[..<(w.count - 1)], over: 1) { w.removeLast() }
    }

    private static func c(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

    private static func isVowel(_ byte: UInt8, afterConsonant: Bool) -> Bool {
        switch byte {
        case 97, 101, 105, 111, 117: true  // a e i o u
        case 121: afterConsonant  // y after a consonant
        default: false
        }
    }

    /// The end of the first vowel-consonant sequence of `stem` (searching from `start`), or nil.
    private static func vowelConsonant(_ stem: ArraySlice<UInt8>, from start: Int, previousConsonant: Bool) -> Int? {
        var consonant = previousConsonant
        var i = start
        while i < stem.endIndex {
            consonant = !isVowel(stem[i], afterConsonant: consonant)
            i += 1
            if !consonant { break }
        }
        guard !consonant else { return nil }
        while i < stem.endIndex {
            consonant = !isVowel(stem[i], afterConsonant: consonant)
            i += 1
            if consonant { return i }
        }
        return nil
    }

    /// Porter's m (the count of vowel-consonant sequences) is more than `count` (0 or 1).
    private static func measure(_ stem: ArraySlice<UInt8>, over count: Int) -> Bool {
        guard let first = vowelConsonant(stem, from: stem.startIndex, previousConsonant: false) else { return false }
        return count == 0 || vowelConsonant(stem, from: first, previousConsonant: true) != nil
    }

    /// Porter's m is exactly `count` (1).
    private static func measure(_ stem: ArraySlice<UInt8>, is count: Int) -> Bool {
        guard let first = vowelConsonant(stem, from: stem.startIndex, previousConsonant: false) else { return false }
        return vowelConsonant(stem, from: first, previousConsonant: true) == nil
    }

    /// Porter's *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    private static func endsCVC(_ stem: ArraySlice<UInt8>) -> Bool {
        guard let last = stem.last, last != c("w"), last != c("x"), last != c("y") else { return false }
        var mask = 0
        var consonant = false
        for byte in stem {
            consonant = !isVowel(byte, afterConsonant: consonant)
            mask = (mask << 1 | (consonant ? 1 : 0)) & 7
        }
        return mask == 5
    }

    /// Porter's *v*: the stem has a vowel.
    private static func hasVowel(_ stem: ArraySlice<UInt8>) -> Bool {
        for i in stem.indices where isVowel(stem[i], afterConsonant: i > stem.startIndex) { return true }
        return false
    }

    @inline(__always)
    private static func hasSuffix(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        guard w.count > suffix.count else { return false }
        let start = w.count - suffix.count
        for i in 0..<suffix.count where w[start + i] != suffix[i] { return false }
        return true
    }

    /// 1a: sses → ss, ies → i, s → "" (not after s).
    private static func step1a(_ w: inout [UInt8]) {
        guard w[w.count - 1] == c("s") else { return }
        if w[w.count - 2] == c("e") {
            if (w.count > 4 && w[w.count - 4] == c("s") && w[w.count - 3] == c("s")) || (w.count > 3 && w[w.count - 3] == c("i")) {
                w.removeLast(2)
            } else {
                w.removeLast()
            }
        } else if w[w.count - 2] != c("s") {
            w.removeLast()
        }
    }

    private static let eed = Array("eed".utf8), ed = Array("ed".utf8), ing = Array("ing".utf8)
    private static let step1b2Endings = [Array("at".utf8), Array("bl".utf8), Array("iz".utf8)]

    /// 1b: eed → ee (m > 0); ed, ing → "" after a vowel. True when ed or ing went.
    private static func step1b(_ w: inout [UInt8]) -> Bool {
        guard w.count >= 2 else { return false }
        if hasSuffix(w, eed) {
            if measure(w[..<(w.count - 3)], over: 0) { w.removeLast() }
            return false
        }
        for suffix in [ed, ing] where hasSuffix(w, suffix) {
            guard hasVowel(w[..<(w.count - suffix.count)]) else { return false }
            w.removeLast(suffix.count)
            return true
        }
        return false
    }

    /// After 1b: at → ate, bl → ble, iz → ize. True when one applied.
    private static func step1b2(_ w: inout [UInt8]) -> Bool {
        guard w.count >= 2 else { return false }
        for suffix in step1b2Endings where hasSuffix(w, suffix) {
            w.append(c("e"))
            return true
        }
        return false
    }

    private typealias Rule = (suffix: [UInt8], replacement: [UInt8], condition: Condition)
    private enum Condition { case plain, sOrT }

    private static func rules(_ pairs: [(String, String)], sOrT: Set<String> = []) -> [Rule] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8), sOrT.contains($0.0) ? .sOrT : .plain) }
    }

    /// The first rule whose suffix the word has decides; it applies when its stem meets `when`.
    private static func replace(_ w: inout [UInt8], _ rules: [Rule], when: (ArraySlice<UInt8>) -> Bool) {
        guard w.count >= 2 else { return }
        for rule in rules where hasSuffix(w, rule.suffix) {
            let stem = w[..<(w.count - rule.suffix.count)]
            if rule.condition == .sOrT, !(stem.last == c("s") || stem.last == c("t")) { return }
            if when(stem) {
                w.removeLast(rule.suffix.count)
                w += rule.replacement
            }
            return
        }
    }

    /// In SQLite's order: where two suffixes end alike, the one listed first is tried first.
    private static let step2 = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"),
        ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])
    private static let step3 = rules([
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"),
    ])
    private static let step4 = rules(
        [
            ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""), ("ement", ""),
            ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
        ], sOrT: ["ion"])

    // MARK: Singular

    /// Lower case, English plurals folded: "Hubs" → "hub", "agencies" → "agency", "classes" → "class";
    /// "us", "is" and "ss" endings kept ("status", "crisis", "class").
    public static func singular<S: StringProtocol>(_ word: S) -> String {
        var w = UTF8Text.isASCII(word) && !word.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? String(word) : word.lowercased()
        let count = w.utf8.count
        if count > 4, w.hasSuffix("ies") {
            w.removeLast(3); w += "y"
        } else if count > 4, w.hasSuffix("sses") {
            w.removeLast(2)
        } else if count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        return w
    }

    /// `singular` on the first `count` lower-case bytes of `w`, in place; returns the new count.
    @inline(__always)
    static func singular(_ w: UnsafeMutablePointer<UInt8>, count n: Int) -> Int {
        guard n > 3, w[n - 1] == 115 else {  // s
            return n
        }
        let b2 = w[n - 2]
        if n > 4, b2 == 101, w[n - 3] == 105 {  // ies → y
            w[n - 3] = 121
            return n - 2
        }
        if n > 4, b2 == 101, w[n - 3] == 115, w[n - 4] == 115 { return n - 2 }  // sses → ss
        if b2 == 115 || b2 == 117 || b2 == 105 { return n }  // ss, us, is
        return n - 1
    }
}

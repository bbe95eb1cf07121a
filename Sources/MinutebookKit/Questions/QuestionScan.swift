import Foundation

/// Fast byte-level text checks for the question readers, with the same results as the Foundation calls
/// they stand in for (`trimmingCharacters(in: .whitespaces)`, `contains`, case-insensitive `range(of:)`).
///
/// Foundation's searches compare composed character sequences and fold case with full Unicode rules,
/// so a byte search gives the same answer only when the text holds nothing but ASCII and a few inert
/// characters (punctuation with no case, no decomposition and no combining behaviour). Any other text
/// goes to Foundation, so results never differ.
enum QuestionScan {
    // MARK: - White space

    /// `text.trimmingCharacters(in: .whitespaces)`: white space (tab and Unicode category Zs) off both ends.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let string = String(text)
        return withBytes(string) { bytes in
            guard let first = bytes.first, let last = bytes.last,
                  first == 0x20 || first == 0x09 || first >= 0x80 || last == 0x20 || last == 0x09 || last >= 0x80 else { return string }
            var start = 0
            var end = bytes.count
            while start < end {
                let (scalar, length) = scalarAt(bytes, start)
                guard isWhitespace(scalar) else { break }
                start += length
            }
            while end > start {
                var begin = end - 1
                while begin > start, bytes[begin] & 0xC0 == 0x80 { begin -= 1 }
                guard isWhitespace(scalarAt(bytes, begin).0) else { break }
                end = begin
            }
            if start == 0 && end == bytes.count { return string }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    @inline(__always) private static func isWhitespace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar == 0x20 || scalar == 0x09 }
        return Unicode.Scalar(scalar).map { CharacterSet.whitespaces.contains($0) } ?? false
    }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always) private static func scalarAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    // MARK: - Plain text

    /// Non-ASCII characters common in minutes that no Foundation or ICU comparison treats as anything but
    /// themselves: no case, no decomposition to ASCII, not combining. (No-break space, £, ·, en and em dash,
    /// curly quotes, bullet, ellipsis, euro.)
    private static func isInert(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0, 0xA3, 0xB7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x20AC: return true
        default: return false
        }
    }

    /// ASCII and inert characters only: byte searches agree with Foundation's and ICU's.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        // Eight ASCII bytes at a time.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
        }
        while index < count {
            if bytes[index] < 0x80 { index += 1; continue }
            let (scalar, length) = scalarAt(bytes, index)
            guard isInert(scalar) else { return false }
            index += length
        }
        return true
    }

    /// Runs `body` over the UTF-8 of `text`.
    @inline(__always) static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// Whether `needle` occurs in `bytes`; with `lowered`, ASCII letters of `bytes` are compared in lower case
    /// (`needle` must then be lower case).
    @inline(__always) static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, lowered: Bool = false) -> Bool {
        let n = needle.count
        guard n > 0 else { return true }
        guard bytes.count >= n else { return false }
        return needle.withUnsafeBufferPointer { needle in
            let first = needle[0]
            let firstUpper = lowered && first >= 0x61 && first <= 0x7A ? first - 0x20 : first
            var index = 0
            let limit = bytes.count - n
            while index <= limit {
                let byte = bytes[index]
                if byte == first || byte == firstUpper {
                    var k = 1
                    while k < n {
                        var b = bytes[index + k]
                        if lowered && b >= 0x41 && b <= 0x5A { b += 0x20 }
                        if b != needle[k] { break }
                        k += 1
                    }
                    if k == n { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether `needle` (ASCII) occurs in `bytes`, byte for byte.
    static func find(_ needle: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.utf8.withContiguousStorageIfAvailable { needle in
            guard !needle.isEmpty else { return true }
            guard bytes.count >= needle.count else { return false }
            let first = needle[0]
            for index in 0...(bytes.count - needle.count) where bytes[index] == first {
                var k = 1
                while k < needle.count, bytes[index + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        } ?? find(Array(needle.utf8), in: bytes)
    }

    // MARK: - Foundation stand-ins

    /// `text.contains(needle)` as Foundation answers it, for an ASCII `needle`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        let answer: Bool? = withBytes(text) { buffer in
            guard isPlain(buffer) else { return nil }
            return find(needle, in: buffer)
        }
        return answer ?? text.contains(needle)
    }

    /// `text.contains("http://") || text.contains("https://") || text.contains("www.")` as Foundation answers it.
    static func mayHoldLink(_ text: String) -> Bool {
        // One pass: finds a link start, and makes sure the text is plain (see `isPlain`).
        let answer: Bool? = withBytes(text) { bytes in
            var found = false
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawPointer(bytes.baseAddress)
            while index < count {
                // Skip eight bytes at a time while they are ASCII with no "w" and no ":" (every link start has one).
                if let raw, index + 8 <= count {
                    let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if chunk & 0x8080_8080_8080_8080 == 0 && !hasByte(chunk, 0x77) && !hasByte(chunk, 0x3A) {
                        index += 8
                        continue
                    }
                }
                let b = bytes[index]
                if b >= 0x80 {
                    let (scalar, length) = scalarAt(bytes, index)
                    guard isInert(scalar) else { return nil }
                    index += length
                    continue
                }
                if !found {
                    if b == 0x3A, index + 3 <= count, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F {
                        // "://" after "http" or "https"
                        let http = index >= 4 && bytes[index - 4] == 0x68 && bytes[index - 3] == 0x74 && bytes[index - 2] == 0x74
                            && bytes[index - 1] == 0x70
                        let https = index >= 5 && bytes[index - 5] == 0x68 && bytes[index - 4] == 0x74 && bytes[index - 3] == 0x74
                            && bytes[index - 2] == 0x70 && bytes[index - 1] == 0x73
                        found = http || https
                    } else if b == 0x77, index + 4 <= count, bytes[index + 1] == 0x77, bytes[index + 2] == 0x77, bytes[index + 3] == 0x2E {
                        found = true   // "www."
                    }
                }
                index += 1
            }
            return found
        }
        return answer ?? (text.contains("http://") || text.contains("https://") || text.contains("www."))
    }

    /// Whether one of the eight bytes of `chunk`, all ASCII, is `byte`.
    @inline(__always) private static func hasByte(_ chunk: UInt64, _ byte: UInt8) -> Bool {
        let x = chunk ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// `text.trimmingCharacters(in: CharacterSet(charactersIn: "."))`: full stops off both ends.
    static func trimmingFullStops<S: StringProtocol>(_ text: S) -> String {
        let utf8 = String(text).utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] == 0x2E { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x2E { end = utf8.index(before: end) }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// `text.range(of: needle, options: .caseInsensitive) != nil` as Foundation answers it, for a lower-case ASCII `needle`.
    static func containsIgnoringCase(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        let answer: Bool? = withBytes(text) { buffer in
            guard isPlain(buffer) else { return nil }
            return find(bytes, in: buffer, lowered: true)
        }
        return answer ?? (text.range(of: needle, options: .caseInsensitive) != nil)
    }
}

/// Words a text must contain for a question pattern to have any chance of matching it, checked in one
/// pass over the bytes before the (costly) regular expression runs.
///
/// Each word is matched exactly, byte for byte, so a case-sensitive pattern that needs a literal word can
/// only match a text the word is found in. A gate that says no is always right; one that says yes just
/// lets the pattern decide.
enum QuestionWords {
    /// Every word a gate can ask for; a text's words are a bit set over this list.
    static let all: [String] = [
        // The offices that answer (see `RespondentRecognizer.office`): each alternative contains one of these.
        "Constable", "DCC", "ACC", "Commissioner", "PCC", "PFCC", "PCVC", "Officer", "Treasurer", "Executive",
        "Policy", "Head", "Director", "Superintendent", "Supt", "Insp",
        // Verbs of asking (`AskerRecognizer.askingVerbs`).
        "asked", "queried", "questioned", "enquired", "inquired", "sought", "requested", "wished", "wanted",
        "challenged", "pressed", "probed",
        // Askers.
        "Cllr", "Councillor", "ember", "Panel", "Chair",
        // "question", "Questions", "query", "queries".
        "uestion", "uer",
        // "in response to", "in reply to", "in answer to".
        "response", "reply", "answer",
        // Verbs that start an answer mid-sentence (`RespondentRecognizer.midSentenceVerbs`).
        "said", "reported", "replied", "responded", "explained", "advised", "confirmed", "stated", "informed",
        "commented", "indicated",
    ]

    /// The words' bytes one after another, with where each starts and how long it is, and for each hash of
    /// three bytes (`hash`) the words that may start with them.
    private static let table: (bytes: [UInt8], starts: [Int], lengths: [Int], byTrigram: [UInt64]) = {
        var bytes: [UInt8] = [], starts: [Int] = [], lengths: [Int] = []
        var byTrigram = [UInt64](repeating: 0, count: 1 << hashBits)
        precondition(all.count <= 64)
        for (index, word) in all.enumerated() {
            let utf8 = Array(word.utf8)
            precondition(utf8.count >= 3)
            starts.append(bytes.count)
            lengths.append(utf8.count)
            bytes += utf8
            byTrigram[hash(utf8[0], utf8[1], utf8[2])] |= 1 << UInt64(index)
        }
        return (bytes, starts, lengths, byTrigram)
    }()

    private static let hashBits = 12

    @inline(__always) private static func hash(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let key = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
        return Int((key &* 0x9E37_79B1) >> UInt32(32 - hashBits))
    }

    static func mask(_ words: [String]) -> UInt64 {
        words.reduce(0) { mask, word in
            guard let index = all.firstIndex(of: word) else { fatalError("Unknown gate word \(word)") }
            return mask | (1 << UInt64(index))
        }
    }

    /// Every office (`RespondentRecognizer.office`) contains one of these.
    static let office = mask(["Constable", "DCC", "ACC", "Commissioner", "PCC", "PFCC", "PCVC", "Officer", "Treasurer", "Executive",
                              "Policy", "Head", "Director", "Superintendent", "Supt", "Insp"])
    /// Every verb of asking (`AskerRecognizer.askingVerbs`) contains one of these.
    static let askingVerbs = mask(["asked", "queried", "questioned", "enquired", "inquired", "sought", "requested", "wished", "wanted",
                                   "challenged", "pressed", "probed"])

    /// The words of `all` found in `text`, as a bit set.
    static func found(in text: String) -> UInt64 {
        let table = self.table
        return QuestionScan.withBytes(text) { buffer in
            table.bytes.withUnsafeBufferPointer { words in
                table.byTrigram.withUnsafeBufferPointer { byTrigram in
                    table.starts.withUnsafeBufferPointer { starts in
                        table.lengths.withUnsafeBufferPointer { lengths in
                            var found: UInt64 = 0
                            let count = buffer.count
                            var index = 0
                            while index + 2 < count {
                                var candidates = byTrigram[hash(buffer[index], buffer[index + 1], buffer[index + 2])]
                                if candidates != 0 {
                                    candidates &= ~found
                                    while candidates != 0 {
                                        let word = candidates.trailingZeroBitCount
                                        candidates &= candidates - 1
                                        let length = lengths[word]
                                        guard index + length <= count else { continue }
                                        let start = starts[word]
                                        var k = 0
                                        while k < length, buffer[index + k] == words[start + k] { k += 1 }
                                        if k == length { found |= 1 << UInt64(word) }
                                    }
                                }
                                index += 1
                            }
                            return found
                        }
                    }
                }
            }
        }
    }
}

/// What a text must hold before a pattern is tried on it.
struct QuestionGate: Sendable {
    /// Each mask names words of which the text must contain at least one.
    var allOf: [UInt64] = []
    /// The text must start with one of these, byte for byte (for anchored patterns).
    var prefixes: [[UInt8]] = []

    init() {}

    init(_ groups: [String]...) {
        allOf = groups.map(QuestionWords.mask)
    }

    init(masks: UInt64...) {
        allOf = masks
    }

    func startingWith(_ prefixes: [String]) -> QuestionGate {
        var gate = self
        gate.prefixes = prefixes.map { Array($0.utf8) }
        return gate
    }

    /// Whether the pattern may match `text`, whose gate words are `words` (computed when nil).
    func admits(_ text: String, words: UInt64? = nil) -> Bool {
        if !prefixes.isEmpty {
            let starts = QuestionScan.withBytes(text) { buffer in
                prefixes.contains { prefix in
                    prefix.count <= buffer.count && zip(prefix, buffer).allSatisfy { $0 == $1 }
                }
            }
            guard starts else { return false }
        }
        guard !allOf.isEmpty else { return true }
        let found = words ?? QuestionWords.found(in: text)
        return allOf.allSatisfy { found & $0 != 0 }
    }
}

/// What a case-insensitive pattern needs: one of `words` (lower case ASCII), in any case. Text that is not
/// plain (see `QuestionScan.isPlain`) is always let through, as Unicode case folding may match it.
struct CaseInsensitiveGate: Sendable {
    let words: [[UInt8]]
    /// For an anchored pattern, the ASCII letters its first character can be, in either case (nil: any).
    let firstLetters: [UInt8]?

    init(_ words: [String], startingWithOneOf firstLetters: String? = nil) {
        self.words = words.map { Array($0.lowercased().utf8) }
        self.firstLetters = firstLetters.map { Array($0.lowercased().utf8) + Array($0.uppercased().utf8) }
    }

    func admits(_ text: String) -> Bool {
        QuestionScan.withBytes(text) { buffer in
            // Only an ASCII letter matches an ASCII letter without regard to case, so an ASCII first byte must be one of them.
            if let firstLetters, let first = buffer.first, first < 0x80, !firstLetters.contains(first) { return false }
            guard QuestionScan.isPlain(buffer) else { return true }
            return words.contains { QuestionScan.find($0, in: buffer, lowered: true) }
        }
    }
}

/// Runs of words a pattern cannot match without: the text must hold, for one of `sequences`, consecutive
/// words (maximal runs of `[A-Za-z0-9_]`) separated by white space only, each one of the words listed for
/// its place. A pattern whose every match starts a word at `\b` or after white space and puts only `\s+`
/// between these words (and ends each of them at `\s` or `\b`) matches only text this gate admits.
///
/// Only plain text (see `QuestionScan.isPlain`) is judged: in it the regex's `\w` is `[A-Za-z0-9_]` and
/// its `\s` is among the separators counted here. Any other text is let through.
struct TokenGate: Sendable {
    /// The distinct words of the gate (lower case when case-insensitive), one after another.
    private let wordBytes: [UInt8]
    private let wordStarts: [Int]
    private let wordLengths: [Int]
    /// For each first byte, the words (bits) starting with it.
    private let byFirstByte: [UInt64]
    /// Each sequence as its places, each place the words (bits) allowed there.
    private let sequences: [[UInt64]]
    private let caseInsensitive: Bool

    /// `sequences`: each a list of places, each place the words allowed there.
    init(_ sequences: [[[String]]], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        var words: [String] = []
        var bytes: [UInt8] = [], starts: [Int] = [], lengths: [Int] = []
        var byFirstByte = [UInt64](repeating: 0, count: 256)
        func id(_ word: String) -> Int {
            let word = caseInsensitive ? word.lowercased() : word
            if let index = words.firstIndex(of: word) { return index }
            precondition(words.count < 64 && !word.isEmpty && word.utf8.allSatisfy(Self.isWordByte), "Bad gate word \(word)")
            words.append(word)
            starts.append(bytes.count)
            lengths.append(word.utf8.count)
            bytes += word.utf8
            byFirstByte[Int(word.utf8.first!)] |= 1 << UInt64(words.count - 1)
            return words.count - 1
        }
        self.sequences = sequences.map { places in
            precondition(!places.isEmpty && places.count <= 4)
            return places.map { place in place.reduce(UInt64(0)) { $0 | 1 << UInt64(id($1)) } }
        }
        wordBytes = bytes
        wordStarts = starts
        wordLengths = lengths
        self.byFirstByte = byFirstByte
    }

    @inline(__always) private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
    }

    /// For each byte: 1 a word byte, 2 white space, 3 the first byte of a no-break space, 0 anything else.
    private static let classes: [UInt8] = (0...255).map { (b: Int) -> UInt8 in
        let byte = UInt8(b)
        if isWordByte(byte) { return 1 }
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F) { return 2 }
        return byte == 0xC2 ? 3 : 0
    }

    func admits(_ text: String) -> Bool {
        QuestionScan.withBytes(text) { bytes in
            guard QuestionScan.isPlain(bytes) else { return true }
            return wordBytes.withUnsafeBufferPointer { wordBytes in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    Self.classes.withUnsafeBufferPointer { classes in
                        scan(bytes, wordBytes, byFirstByte, classes)
                    }
                }
            }
        }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ wordBytes: UnsafeBufferPointer<UInt8>, _ byFirstByte: UnsafeBufferPointer<UInt64>,
                      _ classes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ci = caseInsensitive
        // The last four words: which gate words each is, and whether white space alone joins it to the one before.
        var masks: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var joins: (Bool, Bool, Bool, Bool) = (false, false, false, false)
        var seen = 0
        var onlySpace = false
        var index = 0
        let count = bytes.count
        while index < count {
            let kind = classes[Int(bytes[index])]
            if kind != 1 {
                if kind == 2 {
                    index += 1
                } else if kind == 3, index + 1 < count, bytes[index + 1] == 0xA0 {
                    index += 2   // no-break space
                } else {
                    onlySpace = false
                    index += 1
                }
                continue
            }
            let start = index
            while index < count, classes[Int(bytes[index])] == 1 { index += 1 }
            let length = index - start
            var first = bytes[start]
            if ci && first >= 0x41 && first <= 0x5A { first += 0x20 }
            var mask: UInt64 = 0
            var candidates = byFirstByte[Int(first)]
            while candidates != 0 {
                let word = candidates.trailingZeroBitCount
                candidates &= candidates - 1
                guard wordLengths[word] == length else { continue }
                let offset = wordStarts[word]
                var k = 1
                while k < length {
                    var c = bytes[start + k]
                    if ci && c >= 0x41 && c <= 0x5A { c += 0x20 }
                    if c != wordBytes[offset + k] { break }
                    k += 1
                }
                if k == length { mask |= 1 << UInt64(word) }
            }
            let joined = onlySpace && seen > 0
            masks = (masks.1, masks.2, masks.3, mask)
            joins = (joins.1, joins.2, joins.3, joined)
            seen += 1
            onlySpace = true
            guard mask != 0 else { continue }
            for places in sequences {
                let n = places.count
                guard n <= seen else { continue }
                // Place p of an n-word sequence is the word n - 1 - p back.
                var ok = true
                for p in 0..<n {
                    let back = n - 1 - p
                    let m: UInt64, j: Bool
                    switch back {
                    case 0: (m, j) = (masks.3, joins.3)
                    case 1: (m, j) = (masks.2, joins.2)
                    case 2: (m, j) = (masks.1, joins.1)
                    default: (m, j) = (masks.0, joins.0)
                    }
                    if m & places[p] == 0 || (p > 0 && !j) { ok = false; break }
                }
                if ok { return true }
            }
        }
        return false
    }
}

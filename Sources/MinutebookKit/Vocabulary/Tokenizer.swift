import Foundation

/// The words of a text as the index sees them: SQLite FTS5's `unicode61` tokenizer with `remove_diacritics 2`,
/// the tokenizer under the porter stemmer of `passages_fts` and `questions_fts` (see `IndexSchema`).
///
/// One definition for every part that must agree with the index: the query parser (which words a query has),
/// the exact-phrase check, the snippet highlighter, "asked before?" and topic term matching (`WordTokenizer`).
///
/// - A word is a run of letters (L*), numbers (N*) and private-use characters (Co): "Clare's" is `clare`, `s`;
///   "co-opted" is `co`, `opted`; "T/ACC" is `t`, `acc`; "2019-20" is `2019`, `20`; "5th" is one word.
/// - Letters are lower-cased, and Latin letters lose their accents ("Łódź" → `łodz`, "résumé" → `resume`,
///   "İstanbul" → `istanbul`); other scripts keep theirs ("Ελλάδα" → `ελλάδα`). A combining accent
///   (U+0300–U+0331) inside a word is dropped, as FTS5 drops it; other combining marks end a word.
///
/// FTS5's tables date from Unicode 6.1: characters added to Unicode since then, and a few case-folding
/// oddities (`ſ`, `µ`, final `ς`, which FTS5 folds to `s`, `μ`, `σ` and this does too) are the known edges;
/// `TokenizerTests` checks this against FTS5 itself.
public enum Tokenizer {
    /// The words of `text`, folded as FTS5 folds them (not stemmed: see `Stemmer.porter`).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Calls `body` with the UTF-8 bytes of each word of `text`, folded, in order: `words` without a String a word.
    /// On bytes: ASCII is folded in place, other scalars through `fold`.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        text.withUTF8 { bytes in
            var word: [UInt8] = []
            word.reserveCapacity(64)
            func flush() {
                word.withUnsafeBufferPointer(body)
                word.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isASCIIWordByte(byte) {
                        word.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
                    } else if !word.isEmpty {
                        flush()
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
                index += length
                if isWordScalar(scalar) || (!word.isEmpty && isDiacritic(scalar)) {
                    if let folded = fold(scalar) { UTF8.encode(folded) { word.append($0) } }
                } else if !word.isEmpty {
                    flush()
                }
            }
            if !word.isEmpty { flush() }
        }
    }

    /// The byte ranges of the words of UTF-8 `bytes`, as written (not folded).
    static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 5)
        forEachWordRange(bytes) { range, _ in
            ranges.append(range)
            return true
        }
        return ranges
    }

    /// Calls `body` with the byte range of each word of UTF-8 `bytes`, as written (not folded), and whether the
    /// word is all ASCII; stops when `body` returns false.
    @inline(__always)
    static func forEachWordRange(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, _ ascii: Bool) -> Bool) {
        var start = -1
        var ascii = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 1
            let isWord: Bool
            if byte < 0x80 {
                isWord = isASCIIWordByte(byte)
            } else {
                let (scalar, scalarLength) = UTF8Bytes.scalar(at: index, in: bytes)
                length = scalarLength
                isWord = isWordScalar(scalar) || (start >= 0 && isDiacritic(scalar))
                if isWord { ascii = false }
            }
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                guard body(start..<index, ascii) else { return }
                start = -1
                ascii = true
            }
            index += length
        }
        if start >= 0 { _ = body(start..<bytes.count, ascii) }
    }

    /// ASCII letters and digits.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
    }

    /// Whether a scalar starts or continues a word: a letter, a number or a private-use character.
    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// The combining accents FTS5 lets continue a word, and then drops ("cafe\u{301}" is `cafe`).
    @inline(__always)
    static func isDiacritic(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0x300 && value <= 0x331 else { return false }
        return diacriticMask & (UInt64(1) << UInt64(value - 0x300)) != 0
    }

    /// U+0300–U+0304, U+0306–U+030C, U+030F, U+0311, U+031B, U+0323–U+0328, U+032D, U+032E, U+0330, U+0331.
    private static let diacriticMask: UInt64 = {
        var mask: UInt64 = 0
        for value in [
            0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x309, 0x30A, 0x30B, 0x30C, 0x30F, 0x311, 0x31B,
            0x323, 0x324, 0x325, 0x326, 0x327, 0x328, 0x32D, 0x32E, 0x330, 0x331,
        ] {
            mask |= UInt64(1) << UInt64(value - 0x300)
        }
        return mask
    }()

    /// Case folds where FTS5 differs from lower-casing.
    private static let caseFolds: [UInt32: Unicode.Scalar] = [
        0xB5: "\u{3BC}", 0x17F: "s", 0x3C2: "\u{3C3}", 0x3D0: "\u{3B2}", 0x3D1: "\u{3B8}", 0x3D5: "\u{3C6}", 0x3D6: "\u{3C0}",
        0x3F0: "\u{3BA}", 0x3F1: "\u{3C1}", 0x3F5: "\u{3B5}", 0x1E9E: "\u{DF}",
    ]

    /// A word scalar as FTS5 stores it: lower case, a Latin letter without its accents; nil for an accent it drops.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if scalar.isASCII {
            let v = scalar.value
            return v >= 65 && v <= 90 ? Unicode.Scalar(UInt8(v + 32)) : scalar
        }
        if isDiacritic(scalar) { return nil }
        if let folded = caseFolds[scalar.value] { return folded }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        // A Latin letter with accents: its base letter ("é" → "e", "ǖ" → "u", "i̇" → "i").
        guard lower.value >= 0xC0 && lower.value < 0x2000 else { return lower }
        let decomposed = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
        if let base = decomposed.first, base.isASCII, decomposed.count > 1,
            decomposed.dropFirst().allSatisfy({ $0.value >= 0x300 && $0.value < 0x370 })
        {
            return base
        }
        return lower
    }
}

import Foundation

/// Fast byte-level checks on text for the ingest hot paths. Foundation's `contains`, `lowercased` and
/// `trimmingCharacters` bridge through CFString on Linux and cost thousands of instructions a call.
enum UTF8Text {
    /// Whether `text` contains `needle` (ASCII, case-sensitive).
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard !pin.isEmpty, hay.count >= pin.count else { return pin.isEmpty }
                // memchr for the first byte, memcmp for the rest: libc's, many bytes at a time.
                let base = UnsafeRawPointer(hay.baseAddress!)
                let last = hay.count - pin.count
                var offset = 0
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(pin[0]), last - offset + 1) else { return false }
                    let at = UnsafeRawPointer(found) - base
                    if memcmp(base + at, pin.baseAddress!, pin.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Whether `text` holds `word` (lower-case ASCII) as a whole word, or with an "s" after it when `orPlural`:
    /// "minute" in "Minutes of the meeting" but not in "minuted" or "minuteman". Case-sensitive: pass lower-case text.
    static func containsWord(_ text: String, _ word: String, orPlural: Bool = false) -> Bool {
        var text = text
        var word = word
        return text.withUTF8 { hay in
            word.withUTF8 { pin in
                guard !pin.isEmpty, hay.count >= pin.count else { return false }
                @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
                    (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57) || byte >= 0x80
                }
                var i = 0
                while i <= hay.count - pin.count {
                    if hay[i] == pin[0], i == 0 || !isWordByte(hay[i - 1]) {
                        var j = 1
                        while j < pin.count && hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count {
                            var end = i + j
                            if orPlural, end < hay.count, hay[end] == 115 { end += 1 }
                            if end == hay.count || !isWordByte(hay[end]) { return true }
                        }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// Whether `text` contains any of `needles`.
    static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        needles.contains { contains(text, $0) }
    }

    /// Whether `text` equals `expected` ignoring ASCII case (expected given in lowercase).
    static func equalsIgnoringCase(_ text: some StringProtocol, _ expected: String) -> Bool {
        let a = text.utf8, b = expected.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { lower($0) == $1 }
    }

    /// Whether `text` starts with `prefix` ignoring ASCII case (prefix given in lowercase).
    static func hasPrefixIgnoringCase(_ text: some StringProtocol, _ prefix: String) -> Bool {
        let a = text.utf8, b = prefix.utf8
        guard a.count >= b.count else { return false }
        return zip(a, b).allSatisfy { lower($0) == $1 }
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// `text.count <= limit` without counting Characters when the bytes decide it: there are never more Characters
    /// than bytes, and as many when every byte is ASCII (a line holds no "\r\n").
    static func characterCount(_ text: String, atMost limit: Int) -> Bool {
        if text.utf8.count <= limit { return true }
        var text = text
        let plain = text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x80 || byte == 13 { return false }
            return true
        }
        return plain ? false : text.count <= limit
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// `text` without the scalars `removing` takes at either end: Foundation's `trimmingCharacters(in:)` (which
    /// trims scalar by scalar) without its bridge to NSString.
    static func trimmed<S: StringProtocol>(_ text: S, removing: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !removing($0) }), let last = scalars.lastIndex(where: { !removing($0) }) else { return "" }
        return String(Substring(Substring(text).unicodeScalars[first...last]))
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
        return String(text[first...last])
    }
}

/// Helpers over raw UTF-8 bytes of valid strings, for the parsing hot paths.
enum UTF8Bytes {
    /// Whether `bytes` contains the pair `a`, `b`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ a: UInt8, _ b: UInt8) -> Bool {
        guard bytes.count >= 2 else { return false }
        for i in 0..<(bytes.count - 1) where bytes[i] == a && bytes[i + 1] == b { return true }
        return false
    }

    /// The scalar starting at byte `i` (a lead byte) of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar<C: RandomAccessCollection>(at i: C.Index, in bytes: C) -> (Unicode.Scalar, Int) where C.Element == UInt8, C.Index == Int {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32
        let length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar whose last byte is just before `end`, and its length in bytes.
    static func scalar<C: RandomAccessCollection>(endingBefore end: Int, in bytes: C) -> (Unicode.Scalar, Int) where C.Element == UInt8, C.Index == Int {
        var start = end - 1
        while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes)
    }

    /// A scalar that is always a Character of its own, whatever is next to it, and canonically equal only to itself:
    /// ASCII, Latin-1 and Latin Extended letters, general punctuation (dashes, quotes, bullets), currency signs,
    /// arrows, box drawing, geometric shapes, dingbats and private-use glyphs. Combining marks, joiners, prepended
    /// concatenation marks, Hangul, emoji modifiers and singleton decompositions (U+0387, U+2126…) are not plain.
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0xA0...0x24F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF,
            0x2500...0x27BF, 0xE000...0xF8FF:
            return true
        default:
            return false
        }
    }

    /// `Character.isUppercase` of a one-scalar Character.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 65 && scalar.value <= 90 : Character(scalar).isUppercase
    }

    /// `Character.isNumber` of a one-scalar Character.
    @inline(__always)
    static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 48 && scalar.value <= 57 : Character(scalar).isNumber
    }

    /// The bytes `from..<to` without leading and trailing spaces and tabs, as a String.
    static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var a = from, b = to
        while a < b, bytes[a] == 32 || bytes[a] == 9 { a += 1 }
        while b > a, bytes[b - 1] == 32 || bytes[b - 1] == 9 { b -= 1 }
        return a == b ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }
}

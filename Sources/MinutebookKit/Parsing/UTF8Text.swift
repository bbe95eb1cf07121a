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
                let first = pin[0]
                var i = 0
                let last = hay.count - pin.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < pin.count && hay[i + j] == pin[j] { j += 1 }
                        if j == pin.count { return true }
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

    /// Whether every byte is ASCII.
    static func isASCII(_ text: some StringProtocol) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 32 && $0 != 9 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 32 && $0 != 9 })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
        return String(text[first...last])
    }
}

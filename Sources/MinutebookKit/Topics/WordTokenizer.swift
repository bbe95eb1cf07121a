import Foundation

/// A word of running text, folded for matching.
public struct Word: Equatable, Sendable {
    /// Lowercased, apostrophes dropped, plural folded: "Hubs" → "hub", "agencies" → "agency", "MASHs" → "mash".
    public var folded: String
    /// Written in capitals, as an acronym is ("MASH", "MASHs", "FGM").
    public var capitalised: Bool
}

/// Splits text into words the way topic terms are matched: on anything that is not a letter or digit
/// (so "multi-agency" is two words and "smashed" never contains "mash"), apostrophes dropped inside words.
/// Works on UTF-8 bytes, decoding scalars only where text is not ASCII: this runs over every passage at ingest.
public enum WordTokenizer {
    public static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.utf8.count / 5)
        forEachWord(in: text) { folded, capitalised in
            words.append(Word(folded: String(decoding: folded, as: UTF8.self), capitalised: capitalised))
        }
        return words
    }

    /// Calls `body` with each word's folded UTF-8 bytes (valid only during the call) and whether it is capitalised,
    /// as `words` makes them. Works on UTF-8 bytes, decoding a scalar only where a byte is not ASCII.
    @inline(__always)
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var text = text
        text.withUTF8 { src in
            let n = src.count
            // Invariant: capacity >= count + bytes left in `src`, so the ASCII path needs no check.
            var capacity = n + 16
            var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            defer { buffer.deallocate() }
            var count = 0
            var letters = 0
            var lowercase = 0
            var lastLowerS = false
            var i = 0
            while i < n {
                let b = src[i]
                if b < 0x80 {
                    i += 1
                    if b >= 97 && b <= 122 {
                        buffer[count] = b; count += 1; letters += 1; lowercase += 1; lastLowerS = b == 115
                        continue
                    } else if b >= 65 && b <= 90 {
                        buffer[count] = b + 32; count += 1; letters += 1; lastLowerS = false
                        continue
                    } else if b >= 48 && b <= 57 {
                        buffer[count] = b; count += 1; lastLowerS = false
                        continue
                    } else if b == 39, count > 0 {
                        continue        // an apostrophe inside a word: "Clare's" → "clares"
                    }
                } else {
                    let (scalar, length) = UTF8Bytes.scalar(at: i, in: src)
                    i += length
                    if scalar.value == 0x2019, count > 0 {
                        continue        // ’
                    } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        if scalar.properties.isLowercase { lowercase += 1 }
                        if scalar.properties.isAlphabetic { letters += 1 }
                        lastLowerS = false
                        let mapping = scalar.properties.lowercaseMapping.utf8
                        if count + mapping.count + (n - i) > capacity {
                            capacity = 2 * (count + mapping.count + (n - i)) + 16
                            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                            bigger.update(from: buffer, count: count)
                            buffer.deallocate()
                            buffer = bigger
                        }
                        for byte in mapping { buffer[count] = byte; count += 1 }
                        continue
                    }
                }
                // A word ends.
                if count > 0 {
                    let capitalised = letters > 0 && (lowercase == 0 || (lowercase == 1 && lastLowerS && letters > 2))
                    count = foldPlural(buffer, count: count)
                    body(UnsafeBufferPointer(start: buffer, count: count), capitalised)
                    count = 0
                    letters = 0
                    lowercase = 0
                    lastLowerS = false
                }
            }
            if count > 0 {
                let capitalised = letters > 0 && (lowercase == 0 || (lowercase == 1 && lastLowerS && letters > 2))
                count = foldPlural(buffer, count: count)
                body(UnsafeBufferPointer(start: buffer, count: count), capitalised)
            }
        }
    }

    /// `foldPlural` on the first `count` bytes of `w`; returns the new count.
    @inline(__always)
    static func foldPlural(_ w: UnsafeMutablePointer<UInt8>, count n: Int) -> Int {
        guard n > 3, w[n - 1] == 115 else {                                   // s
            return n
        }
        let b2 = w[n - 2]
        if n > 4, b2 == 101, w[n - 3] == 105 {                                // ies → y
            w[n - 3] = 121
            return n - 2
        }
        if n > 4, b2 == 101, w[n - 3] == 115, w[n - 4] == 115 { return n - 2 } // sses → ss
        if b2 == 115 || b2 == 117 || b2 == 105 { return n }                   // ss, us, is
        return n - 1
    }

    /// Lowercase and fold English plurals, so a term matches its plural.
    public static func fold<S: StringProtocol>(_ word: S) -> String {
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
}

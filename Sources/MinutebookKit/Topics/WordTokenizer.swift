import Foundation

/// A word of running text, folded for matching.
public struct Word: Equatable, Sendable {
    /// Lowercased, apostrophes dropped, plural folded: "Hubs" → "hub", "agencies" → "agency", "MASHs" → "mash".
    public var folded: String
    /// Written in capitals, as an acronym is ("MASH", "MASHs", "FGM").
    public var capitalised: Bool
}

/// Splits text into words the way topic terms are matched: `Tokenizer`'s words (so "multi-agency" is two words
/// and "smashed" never contains "mash"), except that an apostrophe inside a word is dropped and joins it
/// ("Clare's" → "clares"), and plurals are folded (`Stemmer.singular`).
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
                        continue  // an apostrophe inside a word: "Clare's" → "clares"
                    }
                } else {
                    let (scalar, length) = UTF8Bytes.scalar(at: i, in: src)
                    i += length
                    if scalar.value == 0x2019, count > 0 {
                        continue  // ’
                    } else if Tokenizer.isWordScalar(scalar) || (count > 0 && Tokenizer.isDiacritic(scalar)) {
                        guard let folded = Tokenizer.fold(scalar) else { continue }  // an accent FTS5 drops
                        if scalar.properties.isLowercase { lowercase += 1 }
                        if scalar.properties.isAlphabetic { letters += 1 }
                        lastLowerS = false
                        let mapping = String(folded).utf8
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
                    count = Stemmer.singular(buffer, count: count)
                    body(UnsafeBufferPointer(start: buffer, count: count), capitalised)
                    count = 0
                    letters = 0
                    lowercase = 0
                    lastLowerS = false
                }
            }
            if count > 0 {
                let capitalised = letters > 0 && (lowercase == 0 || (lowercase == 1 && lastLowerS && letters > 2))
                count = Stemmer.singular(buffer, count: count)
                body(UnsafeBufferPointer(start: buffer, count: count), capitalised)
            }
        }
    }
}

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
/// Works on Unicode scalars with an ASCII fast path: this runs over every passage at ingest.
public enum WordTokenizer {
    public static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity(text.utf8.count / 5)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32)
        var letters = 0
        var lowercase = 0
        var lastLowerS = false
        func close() {
            guard !buffer.isEmpty else { return }
            let capitalised = letters > 0 && (lowercase == 0 || (lowercase == 1 && lastLowerS && letters > 2))
            foldPlural(&buffer)
            words.append(Word(folded: String(decoding: buffer, as: UTF8.self), capitalised: capitalised))
            buffer.removeAll(keepingCapacity: true)
            letters = 0
            lowercase = 0
            lastLowerS = false
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if b >= 97 && b <= 122 {
                    buffer.append(b); letters += 1; lowercase += 1; lastLowerS = b == 115
                } else if b >= 65 && b <= 90 {
                    buffer.append(b + 32); letters += 1; lastLowerS = false
                } else if b >= 48 && b <= 57 {
                    buffer.append(b); lastLowerS = false
                } else if b == 39, !buffer.isEmpty {
                    continue        // an apostrophe inside a word: "Clare's" → "clares"
                } else {
                    close()
                }
            } else if v == 0x2019, !buffer.isEmpty {
                continue            // ’
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if scalar.properties.isLowercase { lowercase += 1 }
                if scalar.properties.isAlphabetic { letters += 1 }
                lastLowerS = false
                buffer.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                close()
            }
        }
        close()
        return words
    }

    /// `fold`'s plural rule on lowercase UTF-8 bytes, without making a String first.
    static func foldPlural(_ w: inout [UInt8]) {
        let n = w.count
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n >= count else { return false }
            return suffix.withUTF8Buffer { s in (0..<count).allSatisfy { w[n - count + $0] == s[$0] } }
        }
        // Counted in characters in `fold`; equal to bytes for ASCII, and a non-ASCII word only differs in a rare edge.
        if n > 4, ends("ies") {
            w.removeLast(3); w.append(121)                           // y
        } else if n > 4, ends("sses") {
            w.removeLast(2)
        } else if n > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            w.removeLast()
        }
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

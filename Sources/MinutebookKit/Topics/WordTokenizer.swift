import Foundation

/// A word of running text: as written, and folded for matching.
public struct Word: Equatable, Sendable {
    /// As written, apostrophes removed ("Clare's" → "Clares").
    public var original: Substring
    /// Lowercased, plural folded: "Hubs" → "hub", "agencies" → "agency", "MASHs" → "mash".
    public var folded: String
}

/// Splits text into words the way topic terms are matched: on anything that is not a letter or digit
/// (so "multi-agency" is two words and "smashed" never contains "mash"), apostrophes dropped inside words.
public enum WordTokenizer {
    public static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        var hasApostrophe = false
        func close(at end: String.Index) {
            guard let s = start else { return }
            var original = text[s..<end]
            while let last = original.last, last == "'" || last == "’" { original = original.dropLast() }
            if !original.isEmpty {
                let raw = hasApostrophe ? Substring(original.filter { $0 != "'" && $0 != "’" }) : original
                words.append(Word(original: raw, folded: fold(raw)))
            }
            start = nil
            hasApostrophe = false
        }
        while index < text.endIndex {
            let c = text[index]
            if c.isLetter || c.isNumber {
                if start == nil { start = index }
            } else if (c == "'" || c == "’"), start != nil {
                hasApostrophe = true
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
        return words
    }

    /// Lowercase and fold English plurals, so a term matches its plural.
    public static func fold<S: StringProtocol>(_ word: S) -> String {
        var w = word.lowercased()
        let count = w.count
        if count > 4, w.hasSuffix("ies") {
            w.removeLast(3); w += "y"
        } else if count > 4, w.hasSuffix("sses") {
            w.removeLast(2)
        } else if count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        return w
    }

    /// An acronym as written: all capitals, optionally a plural "s" ("MASH", "MASHs").
    static func isCapitalised(_ original: Substring) -> Bool {
        var letters = original
        if letters.count > 2, letters.last == "s" { letters = letters.dropLast() }
        return letters.allSatisfy { $0.isUppercase || $0.isNumber } && letters.contains(where: \.isLetter)
    }
}

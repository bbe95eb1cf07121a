import Foundation

/// Splits prose into sentences at `.`, `?` and `!` followed by a capital, a digit or a quote,
/// without breaking after common abbreviations ("Cllr.", "Supt.", "e.g.", "Qtr.") or initials.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "cllr", "supt", "insp", "sgt", "det", "dr", "mr", "mrs", "ms", "st", "no", "nos", "qtr", "vs", "etc",
        "e.g", "i.e", "eg", "ie", "approx", "para", "paras", "ref", "cf", "dept", "govt", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ch", "p", "pp", "vol", "fig", "co", "ltd",
        "inc", "rt", "hon", "cc", "acc", "dcc", "col", "gen", "capt", "prof", "rev", "cllrs",
    ]

    public static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        let chars = Array(text)
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "?" || c == "!" {
                var end = i + 1
                while end < chars.count, "\"'”’)]".contains(chars[end]) { end += 1 }
                if end < chars.count, chars[end] == " " {
                    var next = end
                    while next < chars.count, chars[next] == " " { next += 1 }
                    if next < chars.count, startsSentence(chars[next]), !(c == "." && isAbbreviation(chars, dotAt: i)) {
                        let sentence = String(chars[start..<end]).trimmingCharacters(in: .whitespaces)
                        if !sentence.isEmpty { sentences.append(sentence) }
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        let tail = String(chars[start...]).trimmingCharacters(in: .whitespaces)
        if !tail.isEmpty { sentences.append(tail) }
        return sentences
    }

    private static func startsSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "\"'“‘([£".contains(c)
    }

    private static func isAbbreviation(_ chars: [Character], dotAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, chars[j].isLetter || chars[j] == "." { j -= 1 }
        let word = String(chars[(j + 1)..<index]).lowercased()
        if word.count == 1, chars[index - 1].isUppercase { return true }   // an initial: "J. Smith"
        return abbreviations.contains(word)
    }
}

import Foundation

/// Splits prose into sentences at `.`, `?` and `!` followed by a capital, a digit or a quote,
/// without breaking after common abbreviations ("Cllr.", "Supt.", "e.g.", "Qtr.") or initials.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "cllr", "supt", "insp", "sgt", "det", "dr", "mr", "mrs", "ms", "st", "no", "nos", "qtr", "vs", "etc",
        "e.g", "i.e", "eg", "ie", "approx", "para", "paras", "ref", "cf", "dept", "govt", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ch", "p", "pp", "vol", "fig", "co", "ltd",
        "inc", "rt", "hon", "cc", "acc", "dcc", "col", "gen", "capt", "prof", "rev", "cllrs", "cyng", "cty",
    ]

    public static func split(_ text: String) -> [String] {
        // A block is cut into sentences by several readers in turn: the last texts cut on this thread are kept.
        let recent = RecentWork.onThisThread.splits
        if let known = recent.value(for: text) { return known }
        let sentences = cutting(text)
        recent.keep(sentences, for: text)
        return sentences
    }

    private static func cutting(_ text: String) -> [String] {
        var sentences: [String] = []
        let bytes = Array(text.utf8)
        let n = bytes.count
        var start = 0
        var i = 0
        func emit(_ from: Int, _ to: Int) {
            var a = from, b = to
            while a < b, bytes[a] == 32 { a += 1 }
            while b > a, bytes[b - 1] == 32 { b -= 1 }
            if a < b { sentences.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
        }
        while i < n {
            let c = bytes[i]
            if c == 46 || c == 63 || c == 33 {  // . ? !
                var end = i + 1
                while end < n {
                    let b = bytes[end]
                    if b == 34 || b == 39 || b == 41 || b == 93 { end += 1; continue }  // " ' ) ]
                    if b == 0xE2, end + 2 < n, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 {
                        end += 3; continue  // ” ’
                    }
                    break
                }
                if end < n, bytes[end] == 32 {
                    var next = end
                    while next < n, bytes[next] == 32 { next += 1 }
                    if next < n, startsSentence(bytes, next), !(c == 46 && isAbbreviation(bytes, dotAt: i) && !opensSentence(bytes, next)) {
                        emit(start, end)
                        start = next
                        i = next
                        continue
                    }
                }
            }
            i += 1
        }
        emit(start, n)
        return sentences
    }

    /// A capital, a digit, an opening quote or bracket, or a pound sign.
    private static func startsSentence(_ bytes: [UInt8], _ at: Int) -> Bool {
        let b = bytes[at]
        if b < 0x80 { return (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 34 || b == 39 || b == 40 || b == 91 }
        var decoder = UTF8()
        var iterator = bytes[at...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.value == 0x201C || scalar.value == 0x2018 || scalar.value == 0xA3
            || scalar.properties.isUppercase || scalar.properties.numericType != nil
    }

    /// Words that open a sentence and are never a name: after "bands A and B." they start the next sentence, where
    /// a single capital before the full stop would otherwise read as an initial ("J. Smith").
    static let sentenceOpeners: Set<String> = [
        "the", "he", "she", "it", "they", "this", "these", "those", "there", "we", "his", "her", "their", "its", "in", "an",
        "however", "members",
    ]

    private static func opensSentence(_ bytes: [UInt8], _ at: Int) -> Bool {
        var end = at
        while end < bytes.count, isASCIILetter(bytes[end]), end - at < 10 { end += 1 }
        guard end > at, end == bytes.count || !isASCIILetter(bytes[end]) else { return false }
        // "J. A. Smith": a second initial is no sentence.
        if end - at == 1, end < bytes.count, bytes[end] == 46 { return false }
        return sentenceOpeners.contains(String(decoding: bytes[at..<end].map(UTF8Text.lower), as: UTF8.self))
    }

    private static func isAbbreviation(_ bytes: [UInt8], dotAt index: Int) -> Bool {
        var j = index - 1
        while j >= 0, isASCIILetter(bytes[j]) || bytes[j] == 46 { j -= 1 }
        let word = bytes[(j + 1)..<index]
        // An initial: "J. Smith" — but not the last letter of "A&E." or "R&D.", which end a sentence like any word.
        if word.count == 1, let only = word.first, only >= 65 && only <= 90 { return j < 0 || bytes[j] != 38 }
        // Initials run together: "Councillor C.J. Manod".
        if word.count >= 3, word.count % 2 == 1,
            word.enumerated().allSatisfy({ offset, byte in offset % 2 == 0 ? (byte >= 65 && byte <= 90) : byte == 46 })
        {
            return true
        }
        guard !word.isEmpty, word.count <= 8 else { return false }
        return abbreviations.contains(String(decoding: word.map(UTF8Text.lower), as: UTF8.self))
    }

    @inline(__always) private static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
}

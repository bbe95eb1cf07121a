import Foundation

/// Where a question's (or an answer's) text lies in a passage of its item: the passage and the UTF-8 bytes it covers,
/// counted from 1 as SQLite's `substr` counts a BLOB's. `question_rows` stores this instead of the text, which the
/// passage holds already; the view `questions` reads it back (`IndexSchema.registerQuestionSpans`).
struct QuestionSpan: Equatable, Sendable {
    /// A passage of the item, as written: its id, its first line and its text.
    struct Passage: Sendable {
        var id: Int64
        var line: Int
        var utf8: [UInt8]

        init(id: Int64, line: Int, text: String) {
            self.id = id
            self.line = line
            utf8 = Array(text.utf8)
        }
    }

    var passageID: Int64
    /// The first byte, from 1.
    var start: Int
    /// In bytes.
    var length: Int

    /// How many passages either side of the question's own are looked in. On the benchmark corpus every text found
    /// anywhere in its item is within 16 passages of its question's line, nearly all in that passage or the next.
    static let reach = 16

    /// Where `text` lies whole in the passages of its item (in reading order) nearest to `line`, the question's first
    /// line: that line's passage first, then the next, the one before, and so on, `reach` either side (so an item of
    /// thousands of passages and questions costs no more a question than a short one); the first occurrence in the
    /// first passage that holds it. Nil for an empty text or one none of them holds (labels such as "Q:" taken off,
    /// or an answer over several passages): it is then stored as it is.
    static func locate(_ text: String, line: Int, in passages: [Passage]) -> QuestionSpan? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, !passages.isEmpty else { return nil }
        // The last passage starting at or before the line (the first one when none does).
        var low = 0, high = passages.count
        while low < high {
            let middle = (low + high) / 2
            if passages[middle].line <= line { low = middle + 1 } else { high = middle }
        }
        let anchor = max(0, low - 1)
        for distance in 0...reach {
            for index in distance == 0 ? [anchor] : [anchor + distance, anchor - distance] where passages.indices.contains(index) {
                if let offset = firstOffset(of: needle, in: passages[index].utf8) {
                    return QuestionSpan(passageID: passages[index].id, start: offset + 1, length: needle.count)
                }
            }
        }
        return nil
    }

    /// The index of the first occurrence of `needle` in `haystack`.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                let first = n[0], count = n.count
                var i = 0
                while i <= h.count - count {
                    if h[i] == first && memcmp(h.baseAddress! + i, n.baseAddress!, count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}

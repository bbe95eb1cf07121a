import Foundation

/// Where a question's (or an answer's) text lies in a passage of its item: the passage and the UTF-8 bytes it covers,
/// counted from 1 as SQLite's `substr` counts a BLOB's. `question_rows` stores this instead of the text, which the
/// passage holds already; the view `questions` reads it back (`IndexSchema.registerQuestionSpans`).
struct QuestionSpan: Equatable, Sendable {
    /// A passage of the item, as written: its id and its text.
    struct Passage: Sendable {
        var id: Int64
        var utf8: [UInt8]

        init(id: Int64, text: String) {
            self.id = id
            utf8 = Array(text.utf8)
        }
    }

    var passageID: Int64
    /// The first byte, from 1.
    var start: Int
    /// In bytes.
    var length: Int

    /// The first of `passages` whose text holds `text` whole, and where (its first occurrence); nil for an empty
    /// text or one no passage holds (labels such as "Q:" taken off, or an answer over several passages).
    static func locate(_ text: String, in passages: [Passage]) -> QuestionSpan? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return nil }
        for passage in passages {
            if let offset = firstOffset(of: needle, in: passage.utf8) {
                return QuestionSpan(passageID: passage.id, start: offset + 1, length: needle.count)
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

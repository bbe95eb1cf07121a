import Foundation

/// Tells Welsh text from English, for bilingual minutes: Welsh panels publish each paragraph in both languages (side
/// by side in two columns, or the Welsh paragraph then the English one). The question readers understand English;
/// a Welsh paragraph that repeats an English one is neither a second question nor the end of the first, but it is
/// still a passage, indexed and searchable.
///
/// The test is a share of words (`Vocabulary.welshFunctionWords`, and `welshMinuteWords` for labels and titles
/// such as "Cwestiwn 1 – y Cynghorydd …"): Welsh when at least one word in ten is one of them and they outnumber
/// English function words (`Vocabulary.englishFunctionWords`) more than two to one. A word ending in "'r" ("i'r",
/// "Swyddfa'r") or holding ŵ or ŷ counts as Welsh. English text that names a Welsh place or body stays English.
enum Welsh {
    /// How much of a block is looked at: a Welsh paragraph is Welsh from its first words.
    static let prefixBytes = 400

    static func isWelsh(_ text: String) -> Bool {
        let sample = QuestionText.prefix(text, prefixBytes)
        var welsh = 0
        var english = 0
        var words = 0
        for word in sample.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "'’"))
            guard !trimmed.isEmpty else { continue }
            words += 1
            if Vocabulary.welshFunctionWords.contains(trimmed) || Vocabulary.welshMinuteWords.contains(trimmed) || trimmed.hasSuffix("'r")
                || trimmed.hasSuffix("’r") || trimmed.contains("ŵ") || trimmed.contains("ŷ")
            {
                welsh += 1
            } else if Vocabulary.englishFunctionWords.contains(trimmed) {
                english += 1
            }
        }
        return welsh >= 1 && welsh > english * 2 && welsh * 10 >= words
    }
}

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

    /// Read scalar by scalar, words cut as `Character.isLetter` cuts them (a letter, or a combining mark after one,
    /// continues a word; an apostrophe too): the questions extractor asks it of every block, so no `String` is made
    /// but of each word, and no Foundation search runs.
    /// Each counted word: true for a Welsh one (`Vocabulary.welshFunctionWords`, `welshMinuteWords`), false for an
    /// English function word: one lookup a word.
    private static let counted: [String: Bool] = {
        var words: [String: Bool] = [:]
        for word in Vocabulary.englishFunctionWords { words[word] = false }
        for word in Vocabulary.welshFunctionWords.union(Vocabulary.welshMinuteWords) { words[word] = true }
        return words
    }()

    static func isWelsh(_ text: String) -> Bool {
        var welsh = 0
        var english = 0
        var words = 0
        var word = ""
        var welshLetter = false
        var hasApostrophe = false
        func endWord() {
            defer {
                word = ""
                welshLetter = false
                hasApostrophe = false
            }
            // Apostrophes at either end are not part of the word ("'r" stays: its "r" is a letter).
            if hasApostrophe {
                var trimmed = Substring(word)
                while let first = trimmed.first, first == "'" || first == "’" { trimmed = trimmed.dropFirst() }
                while let last = trimmed.last, last == "'" || last == "’" { trimmed = trimmed.dropLast() }
                guard !trimmed.isEmpty else { return }
                if trimmed.count < word.count { word = String(trimmed) }
                if word.hasSuffix("'r") || word.hasSuffix("’r") { welshLetter = true }
            }
            words += 1
            switch welshLetter ? true : counted[word] {
            case true?: welsh += 1
            case false?: english += 1
            case nil: break
            }
        }
        for scalar in QuestionText.prefix(text, prefixBytes).unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 97 && value <= 122 {
                    word.unicodeScalars.append(scalar)
                } else if value == 39 {
                    word.unicodeScalars.append(scalar)
                    hasApostrophe = true
                } else if value >= 65 && value <= 90 {
                    word.unicodeScalars.append(Unicode.Scalar(value + 32)!)
                } else if !word.isEmpty {
                    endWord()
                }
                continue
            }
            if value == 0x2019 {
                word.unicodeScalars.append(scalar)
                hasApostrophe = true
                continue
            }
            // Dashes, quotation marks, the pound sign and a no-break space, common in English minutes, end a word
            // without a look at the scalar's properties.
            if value == 0x2013 || value == 0x2014 || value == 0x201C || value == 0x201D || value == 0x2018 || value == 0xA3 || value == 0xA0 {
                if !word.isEmpty { endWord() }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || (!word.isEmpty && properties.generalCategory == .nonspacingMark) {
                // ŵ and ŷ, either case: Welsh letters.
                if value == 0x175 || value == 0x177 || value == 0x174 || value == 0x176 { welshLetter = true }
                // The same written as w or y and a combining circumflex.
                if value == 0x302, let last = word.unicodeScalars.last, last == "w" || last == "y" { welshLetter = true }
                word += properties.lowercaseMapping
            } else if !word.isEmpty {
                endWord()
            }
        }
        if !word.isEmpty { endWord() }
        return welsh >= 1 && welsh > english * 2 && welsh * 10 >= words
    }
}

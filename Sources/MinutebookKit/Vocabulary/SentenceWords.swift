import Foundation

/// A sentence cut into words, for matching `Vocabulary` phrases without regular expressions.
///
/// A word is a run of letters and digits, with `'`, `’`, `-` and `/` kept inside it ("Victims'", "co-opted",
/// "T/ACC"); `&` is a word of its own. Each word remembers the punctuation just before it, so a reader can
/// tell "Noting the rise, asked …" (a lead-in ending at the comma) from a run of words.
struct SentenceWords {
    struct Word {
        /// Lower case, curly apostrophes made straight.
        var lower: String
        var range: Range<String.Index>
        /// Starts with a capital letter (or a digit).
        var capitalised: Bool
        /// The punctuation between this word and the one before it, if any: `,` `;` `:` `(` `)` `-` `"`.
        var punctuationBefore: Character?
    }

    let text: String
    let words: [Word]

    init(_ text: String) {
        self.text = text
        var words: [Word] = []
        let scalars = text.unicodeScalars
        @inline(__always) func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let v = scalar.value
                return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            }
            return Tokenizer.isWordScalar(scalar)
        }
        var index = scalars.startIndex
        var pendingPunctuation: Character?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                let start = index
                var end = scalars.index(after: index)
                var hasCurly = false
                while end < scalars.endIndex {
                    let c = scalars[end]
                    if isWordScalar(c) { end = scalars.index(after: end); continue }
                    if c == "'" || c == "’" || c == "-" || c == "/" {
                        let next = scalars.index(after: end)
                        if next < scalars.endIndex, isWordScalar(scalars[next]) {
                            if c == "’" { hasCurly = true }
                            end = next
                            continue
                        }
                        // "Victims' Commissioner": a closing apostrophe after an s belongs to the word.
                        let previous = scalars[scalars.index(before: end)]
                        if c == "'" || c == "’", previous == "s" || previous == "S" {
                            if c == "’" { hasCurly = true }
                            end = next
                        }
                    }
                    break
                }
                let raw = text[start..<end]
                var lower = raw.lowercased()
                if hasCurly { lower = lower.replacingOccurrences(of: "’", with: "'") }
                let first = scalars[start]
                let capitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) || (first.value >= 0x30 && first.value <= 0x39)
                    : first.properties.isUppercase
                words.append(Word(lower: lower, range: start..<end, capitalised: capitalised, punctuationBefore: pendingPunctuation))
                pendingPunctuation = nil
                index = end
            } else {
                if scalar == "&" {
                    words.append(Word(lower: "&", range: index..<scalars.index(after: index), capitalised: false, punctuationBefore: pendingPunctuation))
                    pendingPunctuation = nil
                } else if ",;:()\"“”–—-".unicodeScalars.contains(scalar) {
                    // The strongest break wins: a comma after a closing bracket is still a break.
                    if pendingPunctuation == nil || scalar == "," || scalar == ";" { pendingPunctuation = Character(scalar) }
                }
                index = scalars.index(after: index)
            }
        }
        self.words = words
    }

    var count: Int { words.count }

    subscript(_ index: Int) -> Word { words[index] }

    func lower(_ index: Int) -> String? { index < words.count ? words[index].lower : nil }

    /// Whether `phrase` (lower-case words) stands at `index`; commas and full stops inside it are ignored
    /// ("Police, Fire and Crime Commissioner", "Cllr. Hayes").
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].lower != word {
            return false
        }
        return true
    }

    /// The longest of `phrases` that stands at `index`: its length in words.
    func longestMatch(_ phrases: PhraseList, at index: Int) -> Int? {
        guard index < words.count, let candidates = phrases.byFirstWord[words[index].lower] else { return nil }
        for phrase in candidates where matches(phrase, at: index) { return phrase.count }
        return nil
    }

    /// The first place at or after `index` where one of `phrases` stands.
    func firstMatch(_ phrases: PhraseList, from index: Int = 0) -> (at: Int, length: Int)? {
        var position = index
        while position < words.count {
            if let length = longestMatch(phrases, at: position) { return (position, length) }
            position += 1
        }
        return nil
    }

    /// The text from word `index` to the end of the sentence.
    func text(from index: Int) -> String {
        index < words.count ? String(text[words[index].range.lowerBound...]) : ""
    }

    /// The text of words `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(text[words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound])
    }

    /// The text before word `index`, without trailing spaces and commas.
    func text(before index: Int) -> String {
        guard index < words.count else { return text }
        return String(text[..<words[index].range.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—\t"))
    }
}

/// Phrases as word arrays, grouped by their first word, longest first: a lookup per word of a sentence.
struct PhraseList: Sendable {
    let byFirstWord: [String: [[String]]]

    init(_ phrases: [String]) {
        var groups: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            groups[first, default: []].append(words)
        }
        byFirstWord = groups.mapValues { $0.sorted { $0.count > $1.count } }
    }
}

extension Vocabulary {
    /// Phrase lists as word arrays, made once.
    enum Lists {
        /// Each office phrase, grouped by first word, longest first.
        static let offices: [String: [(words: [String], office: Vocabulary.Office)]] = Dictionary(
            grouping: Vocabulary.offices.flatMap { office in office.phrases.map { ($0.split(separator: " ").map(String.init), office) } },
            by: { $0.0[0] }
        ).mapValues { $0.sorted { $0.words.count > $1.words.count } }
        static let memberTitles = PhraseList(Array(Vocabulary.memberTitles.keys))
        static let pluralMemberTitles = PhraseList(Vocabulary.pluralMemberTitles)
        static let oneMemberLeads = PhraseList(Vocabulary.oneMemberLeads)
        static let memberNouns = PhraseList(Vocabulary.memberNouns)
        static let membersLeads = PhraseList(Vocabulary.membersLeads.filter { !$0.isEmpty })
        static let membersNouns = PhraseList(Vocabulary.membersNouns)
        static let chair = PhraseList(Vocabulary.chairPhrases)
        static let pronouns = PhraseList(Vocabulary.memberPronouns)
        static let asking = PhraseList(Vocabulary.askingVerbs)
        static let points = PhraseList(Vocabulary.pointVerbs)
        static let midSentenceAnswers = PhraseList(Vocabulary.midSentenceAnswerVerbs)
        static let passiveNotAnswer = PhraseList(Vocabulary.passiveNotAnswer)
        static let passiveAsking = PhraseList(Vocabulary.passiveAsking)
        static let responseLeads = PhraseList(Vocabulary.responseLeads)
        static let questionNouns = Set(Vocabulary.questionNouns)
        static let directed = PhraseList(Vocabulary.directedAsking)
        static let impersonalQuestionSubjects = PhraseList(Vocabulary.impersonalQuestionSubjects)
        static let impersonalQuestionVerbs = PhraseList(Vocabulary.impersonalQuestionVerbs)
        static let itWasVerbs = PhraseList(Vocabulary.itWasVerbs)
        static let impersonalPointSubjects = PhraseList(Vocabulary.impersonalPointSubjects)
        static let impersonalPointVerbs = PhraseList(Vocabulary.impersonalPointVerbs)
        static let deferring = PhraseList(Vocabulary.deferringPhrases)
        static let noInformation = PhraseList(Vocabulary.noInformationPhrases)
        static let continuation = PhraseList(Vocabulary.continuationLeads)
    }
}

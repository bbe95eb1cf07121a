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
        /// The number `PhraseStarts` gives the word when a phrase of the vocabulary starts with it, else -1.
        var phraseStart = -1
        /// The sets of words the readers ask about that hold this word.
        var flags: PhraseStarts.Flags = []
    }

    let text: String
    let words: [Word]

    /// `text` cut into words. The readers ask about the same sentence several times over (who speaks, whether
    /// it asks, answers, defers …), so the last sentences cut on this thread are kept and reused.
    init(_ text: String) {
        let recent = RecentWork.onThisThread.sentences
        if let cut = recent.value(for: text) {
            self = cut
            return
        }
        self.init(cutting: text)
        recent.keep(self, for: self.text)
    }

    /// On UTF-8 bytes: the scalar view's index checks cost most of the time when every sentence is cut.
    private init(cutting original: String) {
        var text = original
        text.makeContiguousUTF8()
        self.text = text
        let utf8 = text.utf8
        var words: [Word] = []
        // Room for the words at once: growing the array copies every word made so far.
        words.reserveCapacity(utf8.count / 4 + 1)
        text.withUTF8 { bytes in
            @inline(__always) func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
                if scalar.isASCII {
                    let v = scalar.value
                    return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
                }
                return Tokenizer.isWordScalar(scalar)
            }
            @inline(__always) func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var i = 0
            var pendingPunctuation: Character?
            while i < bytes.count {
                let (scalar, length) = UTF8Bytes.scalar(at: i, in: bytes)
                if isWordScalar(scalar) {
                    let start = i
                    var end = i + length
                    var hasCurly = false
                    var ascii = length == 1
                    while end < bytes.count {
                        let (c, cLength) = UTF8Bytes.scalar(at: end, in: bytes)
                        if isWordScalar(c) { end += cLength; ascii = ascii && cLength == 1; continue }
                        if c == "'" || c == "’" || c == "-" || c == "/" {
                            let next = end + cLength
                            if next < bytes.count {
                                let (n, nLength) = UTF8Bytes.scalar(at: next, in: bytes)
                                if isWordScalar(n) {
                                    if c == "’" { hasCurly = true; ascii = false }
                                    end = next + nLength
                                    ascii = ascii && nLength == 1
                                    continue
                                }
                            }
                            // "Victims' Commissioner": a closing apostrophe after an s belongs to the word.
                            let previous = bytes[end - 1]
                            if c == "'" || c == "’", previous == UInt8(ascii: "s") || previous == UInt8(ascii: "S") {
                                if c == "’" { hasCurly = true; ascii = false }
                                end = next
                            }
                        }
                        break
                    }
                    var lower: String
                    var known: (number: Int, flags: PhraseStarts.Flags)
                    if ascii {
                        known = PhraseStarts.lookUp(lowering: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                        lower = String(unsafeUninitializedCapacity: end - start) { buffer in
                            for k in start..<end { buffer[k - start] = UTF8Text.lower(bytes[k]) }
                            return end - start
                        }
                    } else {
                        lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
                        if hasCurly { lower = lower.replacingOccurrences(of: "’", with: "'") }
                        known = PhraseStarts.lookUp(lower)
                    }
                    // Notes written in the present tense ("RB asks whether …", "MH says that …"): the verb is read
                    // as the past tense the vocabulary lists.
                    if ascii, end - start >= 4, bytes[end - 1] == UInt8(ascii: "s"), let past = Vocabulary.presentTense[lower] {
                        lower = past
                        known = PhraseStarts.lookUp(past)
                    }
                    // A scanned print's OCR slips ("lt was asked", "0PCC", "Cornmissioner"): read as the words they are.
                    let folded = bytes[start] | 0x20
                    if ascii, known.number < 0, folded == UInt8(ascii: "l") || folded == UInt8(ascii: "c") || bytes[start] == UInt8(ascii: "0"),
                        let fixed = Vocabulary.ocrSlips[lower]
                    {
                        lower = fixed
                        known = PhraseStarts.lookUp(fixed)
                    }
                    let capitalised =
                        scalar.isASCII
                        ? (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                        : scalar.properties.isUppercase
                    words.append(
                        Word(
                            lower: lower, range: index(start)..<index(end), capitalised: capitalised, punctuationBefore: pendingPunctuation,
                            phraseStart: known.number, flags: known.flags))
                    pendingPunctuation = nil
                    i = end
                } else {
                    if scalar == "&" {
                        words.append(
                            Word(
                                lower: "&", range: index(i)..<index(i + 1), capitalised: false, punctuationBefore: pendingPunctuation,
                                phraseStart: PhraseStarts.lookUp("&").number, flags: PhraseStarts.lookUp("&").flags))
                        pendingPunctuation = nil
                    } else if Self.isPunctuation(scalar) {
                        // The strongest break wins: a comma after a closing bracket is still a break.
                        if pendingPunctuation == nil || scalar == "," || scalar == ";" { pendingPunctuation = Character(scalar) }
                    }
                    i += length
                }
            }
        }
        self.words = words
    }

    /// `,` `;` `:` `(` `)` `"` `“` `”` `–` `—` `-`: the punctuation a word remembers before it.
    @inline(__always)
    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", "(", ")", "\"", "“", "”", "–", "—", "-", "|": return true
        default: return false
        }
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
        guard index < words.count else { return nil }
        let start = words[index].phraseStart
        if start >= 0 {
            for phrase in phrases.byStart[start] where matches(phrase, at: index) { return phrase.count }
            return nil
        }
        guard phrases.hasUnnumbered, let candidates = phrases.byFirstWord[words[index].lower] else { return nil }
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
        return UTF8Text.trimmed(text[..<words[index].range.lowerBound]) {
            switch $0 {
            case " ", ",", ";", ":", "-", "–", "—", "\t": return true
            default: return false
            }
        }
    }
}

/// Values worked out from texts on one thread, kept for the texts asked about again: reading a document asks about
/// each sentence several times, one after the other, and cuts each block into sentences more than once.
///
/// Direct-mapped: a text has one slot, found by a quick hash of its bytes, and a newer text for the same slot
/// takes it. A hit is checked byte for byte (String's == also takes "é" and "e" + U+0301 as one text), so the
/// table only ever saves work.
final class RecentTable<Value> {
    private var slots: [(key: String, value: Value)?]
    private let mask: Int

    init(slotCount: Int) {
        slots = Array(repeating: nil, count: slotCount)
        mask = slotCount - 1
    }

    func value(for text: String) -> Value? {
        var text = text
        return text.withUTF8 { bytes in
            guard let (key, value) = slots[slot(bytes)] else { return nil }
            var kept = key
            let same = kept.withUTF8 { keptBytes in
                keptBytes.count == bytes.count && (bytes.isEmpty || memcmp(keptBytes.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
            return same ? value : nil
        }
    }

    func keep(_ value: Value, for text: String) {
        var key = text
        let index = key.withUTF8 { slot($0) }
        slots[index] = (key, value)
    }

    /// A quick hash of `bytes` (eight at a time), as a slot number.
    private func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash) & mask
    }
}

/// This thread's tables of recent work, without locks: sentences cut into words (`SentenceWords`) and texts cut
/// into sentences (`SentenceSplitter`).
final class RecentWork {
    let sentences = RecentTable<SentenceWords>(slotCount: 1024)
    let splits = RecentTable<[String]>(slotCount: 256)

    /// This thread's tables, made on first use and released when the thread ends.
    static var onThisThread: RecentWork {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<RecentWork>.fromOpaque(pointer).takeUnretainedValue()
        }
        let work = RecentWork()
        pthread_setspecific(key, Unmanaged.passRetained(work).toOpaque())
        return work
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<RecentWork>.fromOpaque(pointer).release() }
        }
        return key
    }()
}

/// Phrases as word arrays, grouped by their first word, longest first: a lookup per word of a sentence.
struct PhraseList: Sendable {
    let byFirstWord: [String: [[String]]]
    /// The groups of `byFirstWord` by the number `PhraseStarts` gives their first word: found without hashing the word.
    let byStart: [[[String]]]
    /// Some first word has no number in `PhraseStarts` (none, unless a list is made of phrases it does not read):
    /// such a list also looks words up by name.
    let hasUnnumbered: Bool

    init(_ phrases: [String]) {
        var groups: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            groups[first, default: []].append(words)
        }
        byFirstWord = groups.mapValues { $0.sorted { $0.count > $1.count } }
        (byStart, hasUnnumbered) = PhraseStarts.numbered(byFirstWord)
    }
}

/// Every word a phrase of the vocabulary starts with, numbered, and the words of the sets the readers test word by
/// word, flagged. A sentence's words are looked up here once, when it is cut (`SentenceWords.Word.phraseStart`,
/// `flags`); a phrase list then finds the phrases starting at a word by its number, and a reader asks a word's
/// flags, where a lookup by name would hash the word again for every list and every reader that asks.
enum PhraseStarts {
    static let numbers: [String: Int] = {
        let lists: [[String]] = [
            Vocabulary.offices.flatMap(\.phrases), Array(Vocabulary.memberTitles.keys), Vocabulary.pluralMemberTitles,
            Vocabulary.oneMemberLeads, Vocabulary.memberNouns, Vocabulary.membersLeads, Vocabulary.membersNouns,
            Vocabulary.chairPhrases, Vocabulary.memberPronouns, Vocabulary.askingVerbs, Vocabulary.pointVerbs,
            Vocabulary.midSentenceAnswerVerbs, Vocabulary.passiveNotAnswer, Vocabulary.passiveAsking, Vocabulary.responseLeads,
            Vocabulary.directedAsking, Vocabulary.impersonalQuestionSubjects, Vocabulary.impersonalQuestionVerbs,
            Vocabulary.itWasVerbs, Vocabulary.impersonalPointSubjects, Vocabulary.impersonalPointVerbs,
            Vocabulary.deferringPhrases, Vocabulary.noInformationPhrases, Vocabulary.continuationLeads, Vocabulary.toldSubjects,
        ]
        var numbers: [String: Int] = [:]
        for phrase in lists.joined() {
            guard let first = phrase.split(separator: " ").first.map(String.init), numbers[first] == nil else { continue }
            numbers[first] = numbers.count
        }
        return numbers
    }()

    /// The sets of words the readers ask about word by word, as flags a word is given when its sentence is cut.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// `SentenceReader.speakerWords`
        static let speaker = Flags(rawValue: 1)
        /// `SentenceReader.notPersonWords`
        static let notPerson = Flags(rawValue: 2)
        /// `SentenceReader.adverbs`
        static let adverb = Flags(rawValue: 4)
        /// `Vocabulary.questionNouns`
        static let questionNoun = Flags(rawValue: 8)
        /// `Vocabulary.dataNouns`
        static let dataNoun = Flags(rawValue: 16)
        /// `OfficeHolders.cueWords`
        static let officeHolderCue = Flags(rawValue: 32)
    }

    private static let flagged: [(words: Set<String>, flag: Flags)] = [
        (SentenceReader.speakerWords, .speaker), (SentenceReader.notPersonWords, .notPerson), (SentenceReader.adverbs, .adverb),
        (Vocabulary.Lists.questionNouns, .questionNoun), (Vocabulary.dataNouns, .dataNoun), (OfficeHolders.cueWords, .officeHolderCue),
    ]

    /// The number (`numbers`, -1 for none) and the flags of the word whose UTF-8 bytes, ASCII letters lower-cased,
    /// are `bytes`: looked up in an open-addressed table of the words' bytes, without hashing a String.
    @inline(__always)
    static func lookUp(lowering bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, flags: Flags) {
        var hash = FNV1a()
        for byte in bytes { hash.add(UTF8Text.lower(byte)) }
        let table = Self.table
        var slot = Int(truncatingIfNeeded: hash.value) & table.mask
        while true {
            let entry = table.entries[slot]
            if entry.length < 0 { return (-1, []) }
            if entry.hash == hash.value, entry.length == bytes.count {
                var same = true
                for k in 0..<bytes.count where table.bytes[entry.offset + k] != UTF8Text.lower(bytes[k]) {
                    same = false
                    break
                }
                if same { return (entry.number, entry.flags) }
            }
            slot = (slot + 1) & table.mask
        }
    }

    /// `lookUp` of a word already lower-cased.
    static func lookUp(_ lower: String) -> (number: Int, flags: Flags) {
        if let known = lower.utf8.withContiguousStorageIfAvailable({ lookUp(lowering: $0) }) { return known }
        return (numbers[lower] ?? -1, flagged.reduce(into: Flags()) { if $1.words.contains(lower) { $0.insert($1.flag) } })
    }

    private struct Table {
        struct Entry {
            var hash: UInt64 = 0
            var offset = 0
            /// -1 for an empty slot.
            var length = -1
            var number = -1
            var flags: Flags = []
        }
        var entries: [Entry]
        var bytes: [UInt8] = []
        var mask: Int
    }

    /// The words numbered or flagged, as an open-addressed table at most a quarter full.
    private static let table: Table = {
        var words: [String: (number: Int, flags: Flags)] = numbers.mapValues { ($0, []) }
        for (set, flag) in flagged {
            for word in set { words[word, default: (-1, [])].flags.insert(flag) }
        }
        var size = 16
        while size < words.count * 4 { size *= 2 }
        var table = Table(entries: Array(repeating: Table.Entry(), count: size), mask: size - 1)
        for (word, known) in words {
            let hash = FNV1a.hash(word.utf8.map(UTF8Text.lower))
            var slot = Int(truncatingIfNeeded: hash) & table.mask
            while table.entries[slot].length >= 0 { slot = (slot + 1) & table.mask }
            table.entries[slot] = Table.Entry(hash: hash, offset: table.bytes.count, length: word.utf8.count, number: known.number, flags: known.flags)
            table.bytes += word.utf8
        }
        return table
    }()

    /// `groups` by the number of their first word, and whether some first word has none.
    static func numbered<Group>(_ groups: [String: [Group]]) -> ([[Group]], Bool) {
        var byStart = [[Group]](repeating: [], count: numbers.count)
        var unnumbered = false
        for (first, group) in groups {
            if let number = numbers[first] { byStart[number] = group } else { unnumbered = true }
        }
        return (byStart, unnumbered)
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
        /// `offices` by the number `PhraseStarts` gives the first word (every office's is numbered).
        static let officesByStart = PhraseStarts.numbered(offices).0
        static let memberTitles = PhraseList(Array(Vocabulary.memberTitles.keys))
        static let pluralMemberTitles = PhraseList(Vocabulary.pluralMemberTitles)
        static let oneMemberLeads = PhraseList(Vocabulary.oneMemberLeads)
        static let memberNouns = PhraseList(Vocabulary.memberNouns)
        static let membersLeads = PhraseList(Vocabulary.membersLeads.filter { !$0.isEmpty })
        static let membersNouns = PhraseList(Vocabulary.membersNouns)
        static let chair = PhraseList(Vocabulary.chairPhrases)
        static let readersOut = PhraseList(Vocabulary.chairPhrases + Vocabulary.readersOut)
        static let submittedQuestionVerbs = PhraseList(Vocabulary.submittedQuestionVerbs)
        static let questionReceivers = PhraseList(Vocabulary.questionReceivers)
        static let publicSenders = PhraseList(Vocabulary.publicSenders)
        static let askedLeads = PhraseList(Vocabulary.askedLeads)
        static let pronouns = PhraseList(Vocabulary.memberPronouns)
        static let asking = PhraseList(Vocabulary.askingVerbs)
        static let points = PhraseList(Vocabulary.pointVerbs)
        static let midSentenceAnswers = PhraseList(Vocabulary.midSentenceAnswerVerbs)
        static let passiveNotAnswer = PhraseList(Vocabulary.passiveNotAnswer)
        static let passiveAsking = PhraseList(Vocabulary.passiveAsking)
        static let responseLeads = PhraseList(Vocabulary.responseLeads)
        static let questionNouns = Set(Vocabulary.questionNouns)
        static let directed = PhraseList(Vocabulary.directedAsking)
        static let handOverVerbs = Set(Vocabulary.handOverVerbs)
        static let impersonalQuestionSubjects = PhraseList(Vocabulary.impersonalQuestionSubjects)
        static let impersonalQuestionVerbs = PhraseList(Vocabulary.impersonalQuestionVerbs)
        static let itWasVerbs = PhraseList(Vocabulary.itWasVerbs)
        static let impersonalPointSubjects = PhraseList(Vocabulary.impersonalPointSubjects)
        static let impersonalPointVerbs = PhraseList(Vocabulary.impersonalPointVerbs)
        static let deferring = PhraseList(Vocabulary.deferringPhrases)
        static let noInformation = PhraseList(Vocabulary.noInformationPhrases)
        static let continuation = PhraseList(Vocabulary.continuationLeads)
        static let toldSubjects = PhraseList(Vocabulary.toldSubjects)
    }
}

/// The matching behind `SpeakerRecognizer`: one pass over a passage's UTF-8 that, wherever an office can start,
/// tries its forms and then the words that must follow. It reads the text as ICU's regular expressions did —
/// `\b` and `\s` as ICU defines them, lengths counted in Unicode scalars — so it finds what the regex found.
struct SpeechScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// An office followed by a verb of speech: which office, where its name is written, and whether that
    /// name contains one of `SpeakerRecognizer.cheapMarkers`.
    struct Match {
        var officeIndex: Int
        var office: Range<Int>
        var titleHasMarker: Bool
    }

    /// Every office followed by a verb of speech, leftmost first, not overlapping.
    func officesSpeaking() -> [Match] {
        let startsOffice = Self.startsOffice
        var found: [Match] = []
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80, startsOffice[Int(byte)], startsWord(at: position), let speaking = officeSpeaking(at: position) {
                found.append(speaking.match)
                position = speaking.end
            } else {
                position += 1
            }
        }
        return found
    }

    // MARK: - The pattern, piece by piece

    /// One form of an office with its optional characters decided, in the order the regex tries them.
    struct Candidate {
        var officeIndex: Int
        var title: [UInt8]
        var name: SpeakerRecognizer.NameWords?
        var titleHasMarker: Bool
    }

    /// The candidates for each ASCII byte an office can start with, in the regex's order.
    static let formsByFirstByte: [[Candidate]] = {
        var table = [[Candidate]](repeating: [], count: 128)
        for (index, office) in SpeakerRecognizer.offices.enumerated() {
            for form in office.forms {
                for title in spellings(Array(form.title.utf8)) {
                    let marked = SpeakerRecognizer.cheapMarkers.contains { UTF8Text.contains(String(decoding: title, as: UTF8.self), $0) }
                    table[Int(title[0])].append(Candidate(officeIndex: index, title: title, name: form.name, titleHasMarker: marked))
                }
            }
        }
        return table
    }()
    static let startsOffice = formsByFirstByte.map { !$0.isEmpty }

    /// "Supt.?" → ["Supt.", "Supt"]: each `?` makes the character before it optional, present tried first.
    static func spellings(_ title: [UInt8]) -> [[UInt8]] {
        guard let mark = title.firstIndex(of: UInt8(ascii: "?")) else { return [title] }
        let head = title[..<(mark - 1)]
        let optional = title[mark - 1]
        let rest = spellings(Array(title[(mark + 1)...]))
        return rest.map { head + [optional] + $0 } + rest.map { head + $0 }
    }

    /// An office written at `start` and followed by a verb of speech: the match and where its verb ends.
    func officeSpeaking(at start: Int) -> (match: Match, end: Int)? {
        for candidate in Self.formsByFirstByte[Int(bytes[start])] where hasLiteral(candidate.title, at: start) {
            func speaking(_ officeEnd: Int) -> (match: Match, end: Int)? {
                guard let end = speechEnd(afterOffice: officeEnd) else { return nil }
                return (Match(officeIndex: candidate.officeIndex, office: start..<officeEnd, titleHasMarker: candidate.titleHasMarker), end)
            }
            let titleEnd = start + candidate.title.count
            guard let words = candidate.name else {
                if let found = speaking(titleEnd) { return found }
                continue
            }
            // `Name(?: Name)?`: a name word, then perhaps a second, which is tried first.
            guard let first = nameWordEnd(words, at: titleEnd) else { continue }
            if first < bytes.count, bytes[first] == UInt8(ascii: " "), let second = nameWordEnd(words, at: first + 1),
               let found = speaking(second) {
                return found
            }
            if let found = speaking(first) { return found }
        }
        return nil
    }

    /// `[A-Z][a-z]+` or `[A-Z][A-Za-z'’-]+` at `start`: where the word ends. The run is taken whole: what must
    /// follow a name (a space, a comma or whitespace) can never continue it, so a shorter run could not match.
    /// Letters beyond ASCII count as they would in a name: "Cllr Zoë Hayes", "Councillor Éamon Ryan".
    func nameWordEnd(_ words: SpeakerRecognizer.NameWords, at start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var end: Int
        if Self.isUpper(bytes[start]) {
            end = start + 1
        } else if bytes[start] >= 0x80, scalar(at: start).properties.isUppercase {
            end = start + Self.scalarLength(bytes[start])
        } else {
            return nil
        }
        let firstEnd = end
        while end < bytes.count {
            let byte = bytes[end]
            if Self.isLower(byte) || (words == .surname && (Self.isUpper(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"))) {
                end += 1
            } else if words == .surname && hasLiteral(Self.rightSingleQuote, at: end) {
                end += Self.rightSingleQuote.count
            } else if byte >= 0x80, case let letter = scalar(at: end).properties,
                      letter.isLowercase || (words == .surname && letter.isUppercase) {
                end += Self.scalarLength(byte)
            } else {
                break
            }
        }
        return end > firstEnd ? end : nil
    }

    /// After an office ending at `officeEnd`, `\b,?(?:\s+(?:in response|in reply|in answer)[^,.;]{0,90},?)?`
    /// then a verb of speech: where the verb ends.
    func speechEnd(afterOffice officeEnd: Int) -> Int? {
        // "Supt." ends in a full stop, after which there is no word boundary; it still ends the title.
        guard isWordBoundary(at: officeEnd) || bytes[officeEnd - 1] == UInt8(ascii: ".") else { return nil }
        let afterComma = skippingComma(at: officeEnd)
        return replyClause(at: afterComma) ?? verbOfSpeech(at: afterComma)
    }

    /// `\s+(?:in response|in reply|in answer)[^,.;]{0,90},?` and the verb of speech after it: where the verb ends.
    /// Like the regex, tries the longest clause first, so the verb found is the last one within reach.
    func replyClause(at position: Int) -> Int? {
        guard let phraseStart = whitespaceEnd(from: position),
              let phrase = Self.replyPhrases.first(where: { hasLiteral($0, at: phraseStart) }) else { return nil }
        let clauseStart = phraseStart + phrase.count
        var clauseEnd = clauseStart
        var scalars = 0
        while scalars < 90, clauseEnd < bytes.count, !Self.endsClause(bytes[clauseEnd]) {
            clauseEnd += Self.scalarLength(bytes[clauseEnd])
            scalars += 1
        }
        while true {
            if let end = verbOfSpeech(at: skippingComma(at: clauseEnd)) { return end }
            if clauseEnd == clauseStart { return nil }
            clauseEnd = scalarStart(before: clauseEnd)
        }
    }

    /// `\s+(?:also\s+|then\s+|further\s+)?(?:said|reported|…)\b` at `position`: where the verb ends.
    func verbOfSpeech(at position: Int) -> Int? {
        guard let wordStart = whitespaceEnd(from: position) else { return nil }
        for adverb in Self.adverbs where hasLiteral(adverb, at: wordStart) {
            if let verbStart = whitespaceEnd(from: wordStart + adverb.count), let end = verb(at: verbStart) { return end }
        }
        return verb(at: wordStart)
    }

    func verb(at start: Int) -> Int? {
        guard start < bytes.count, bytes[start] < 0x80 else { return nil }
        for verb in Self.verbsByFirstByte[Int(bytes[start])] where hasLiteral(verb, at: start) && isWordBoundary(at: start + verb.count) {
            return start + verb.count
        }
        return nil
    }

    static let verbsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for verb in SpeakerRecognizer.verbs { table[Int(verb.utf8.first!)].append(Array(verb.utf8)) }
        return table
    }()
    static let replyPhrases = SpeakerRecognizer.replyPhrases.map { Array($0.utf8) }
    static let adverbs = SpeakerRecognizer.adverbs.map { Array($0.utf8) }
    static let rightSingleQuote = Array("’".utf8)

    // MARK: - Reading UTF-8 as ICU does

    func hasLiteral(_ literal: [UInt8], at start: Int) -> Bool {
        guard start + literal.count <= bytes.count else { return false }
        var offset = 0
        while offset < literal.count {
            if bytes[start + offset] != literal[offset] { return false }
            offset += 1
        }
        return true
    }

    func skippingComma(at position: Int) -> Int {
        position < bytes.count && bytes[position] == UInt8(ascii: ",") ? position + 1 : position
    }

    /// `\s+` from `position`: where the whitespace ends, or nil if there is none. ICU's `\s` is White_Space,
    /// non-breaking spaces and line separators included.
    func whitespaceEnd(from position: Int) -> Int? {
        var end = position
        while end < bytes.count {
            let byte = bytes[end]
            if byte < 0x80 {
                guard byte == 0x20 || (0x09...0x0D).contains(byte) else { break }
                end += 1
            } else {
                guard scalar(at: end).properties.isWhitespace else { break }
                end += Self.scalarLength(byte)
            }
        }
        return end > position ? end : nil
    }

    /// `\b` before the ASCII letter at `position`.
    @inline(__always) func startsWord(at position: Int) -> Bool {
        guard position > 0 else { return true }
        let before = bytes[position - 1]
        return before < 0x80 ? !Self.isASCIIWord(before) : isWordBoundary(at: position)
    }

    /// ICU's `\b`: a word character on one side and not on the other. Grapheme extenders and format characters
    /// are looked through on the left, and there is no boundary just before one.
    func isWordBoundary(at position: Int) -> Bool {
        var wordAfter = false
        if position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                wordAfter = Self.isASCIIWord(byte)
            } else {
                let after = scalar(at: position)
                if Self.isLookedThrough(after) { return false }
                wordAfter = Self.isWord(after)
            }
        }
        var wordBefore = false
        var start = position
        while start > 0 {
            let byte = bytes[start - 1]
            if byte < 0x80 {
                wordBefore = Self.isASCIIWord(byte)
                break
            }
            start = scalarStart(before: start)
            let before = scalar(at: start)
            if !Self.isLookedThrough(before) {
                wordBefore = Self.isWord(before)
                break
            }
        }
        return wordAfter != wordBefore
    }

    /// The Unicode version of the ICU inside Foundation, which the regex used: later characters were unassigned to it.
    static let icuUnicodeMajorVersion = 16

    static func isKnownToICU(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major <= icuUnicodeMajorVersion
    }

    /// ICU's word characters: `[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        guard isKnownToICU(scalar) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return scalar.properties.isAlphabetic || scalar.value == 0x200C || scalar.value == 0x200D
        }
    }

    static func isLookedThrough(_ scalar: Unicode.Scalar) -> Bool {
        isKnownToICU(scalar) && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
    }

    static func isASCIIWord(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_") }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func endsClause(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") }

    static func scalarLength(_ leadByte: UInt8) -> Int {
        leadByte < 0x80 ? 1 : leadByte < 0xE0 ? 2 : leadByte < 0xF0 ? 3 : 4
    }

    func scalarStart(before position: Int) -> Int {
        var start = position - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar starting at `position` (the text is valid UTF-8).
    func scalar(at position: Int) -> Unicode.Scalar {
        UTF8Bytes.scalar(at: position, in: bytes).0
    }
}

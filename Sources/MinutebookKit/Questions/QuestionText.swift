import Foundation

/// Cuts a block's text into the pieces the question readers look at: sentences, with bare links
/// set apart (the parser joins a link and the line after it into one run of text) and "Action: …"
/// notes dropped (they record who follows a point up, not what was said).
enum QuestionText {
    static func segments(of text: String) -> [String] {
        // `SentenceSplitter.split(text).flatMap(splitAtLinks).filter { !$0.isEmpty && !isActionNote($0) }`,
        // without an array per sentence.
        var segments: [String] = []
        for whole in SentenceSplitter.split(text) {
            // A ModernGov page copied as text can run an item's agenda text and its minute together: "… Additional
            // documents: Minutes: A Panel Member referred to …". The minute starts a sentence of its own.
            var sentence = whole
            if whole.utf8.contains(58), let label = whole.range(of: " Minutes: "), whole[label.upperBound...].first?.isUppercase == true {
                let before = QuestionText.trimmed(whole[..<label.lowerBound])
                if !before.isEmpty && !isActionNote(before) { segments.append(before) }
                sentence = String(whole[label.upperBound...])
            }
            if mayHoldLink(sentence) {
                segments += splitAtLinks(sentence).filter { !$0.isEmpty && !isActionNote($0) }
            } else if !sentence.isEmpty && !isActionNote(sentence) {
                segments.append(sentence)
            }
        }
        return segments
    }

    /// "… to the CPS. https://example.org/x The PCC reported …" → the sentence, the link, the answer.
    static func splitAtLinks(_ sentence: String) -> [String] {
        guard mayHoldLink(sentence) else { return [sentence] }
        var pieces: [String] = []
        var current: [Substring] = []
        for word in sentence.split(separator: " ", omittingEmptySubsequences: true) {
            if isLink(word) {
                if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
                pieces.append(String(word))
                current = []
            } else {
                current.append(word)
            }
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces
    }

    /// "http" or "www." somewhere in `sentence` (on bytes: Foundation's `contains` bridges through NSString).
    static func mayHoldLink(_ sentence: String) -> Bool {
        UTF8Text.contains(sentence, "http") || UTF8Text.contains(sentence, "www.")
    }

    static func isLink(_ word: Substring) -> Bool {
        word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.")
    }

    static func isActionNote(_ segment: String) -> Bool {
        // Each prefix starts with a bare "A", which only the byte "A" is.
        guard segment.utf8.first == UInt8(ascii: "A") else { return false }
        return segment.hasPrefix("Action:") || segment.hasPrefix("ACTION:") || segment.hasPrefix("Action -")
    }

    static let listBullets: Set<String> = ["•", "·", "-", "–", "o", "Ø", "*", "▪", "➢", "◦", "●"]

    /// Without a paragraph number or list marker at its start: "5.2 ", "12. ", "(ii) ", "b) ", "• ", "o ", "Ø ";
    /// and without the webcast's time after it ("2. [00:24:31] Cllr Hale asked …", "(01:02:14) The Commissioner …").
    static func withoutListMarker(_ text: String) -> String {
        let unmarked = withoutMarker(text)
        return withoutTimestamp(unmarked) ?? unmarked
    }

    /// The text after a time at its start, "[00:24:31] ", "(1:02:14) ", "00:24:31 – ", "[24:31]": minutes that link
    /// each paragraph to its place in the meeting's recording. Nil when the text does not start with one.
    static func withoutTimestamp(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, first == UInt8(ascii: "[") || first == UInt8(ascii: "(") || (first >= 48 && first <= 57) else { return nil }
        var i = utf8.startIndex
        let opening = first == UInt8(ascii: "[") || first == UInt8(ascii: "(") ? first : nil
        if opening != nil { i = utf8.index(after: i) }
        @inline(__always) func digits(max: Int) -> Int {
            var count = 0
            while i < utf8.endIndex, utf8[i] >= 48, utf8[i] <= 57, count < max {
                count += 1
                i = utf8.index(after: i)
            }
            return count
        }
        guard digits(max: 2) > 0 else { return nil }
        var parts = 1
        while i < utf8.endIndex, utf8[i] == UInt8(ascii: ":") {
            i = utf8.index(after: i)
            guard digits(max: 2) == 2 else { return nil }
            parts += 1
        }
        // "10:30" alone might be a clock time written before a paragraph; a recording's place has seconds, or brackets.
        guard parts >= 2, parts <= 3, opening != nil || parts == 3 else { return nil }
        if let opening {
            guard i < utf8.endIndex, utf8[i] == (opening == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")) else { return nil }
            i = utf8.index(after: i)
        }
        guard i < utf8.endIndex, utf8[i] == 32 || utf8[i] == 9 else { return nil }
        var rest = text[i...].drop(while: { $0 == " " || $0 == "\t" })
        if let dash = rest.first, dash == "–" || dash == "-" || dash == "—", rest.dropFirst().first == " " {
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        return rest.isEmpty ? nil : String(rest)
    }

    private static func withoutMarker(_ text: String) -> String {
        if let known = listMarkerOnBytes(text) { return known.map { String($0) } ?? text }
        var rest = Substring(text.drop(while: { $0 == " " || $0 == "\t" }))
        let markerEnd = rest.firstIndex(where: { $0 == " " || $0 == "\t" }) ?? rest.endIndex
        let marker = rest[..<markerEnd]
        guard !marker.isEmpty, marker.count <= 8, markerEnd < rest.endIndex else { return text }
        var isMarker = listBullets.contains(String(marker))
        if !isMarker {
            // "5.2", "5.2.", "12.", "12)", "(ii)", "ii)", "(a)", "a)", "(12)"
            var core = marker
            if core.hasPrefix("(") { core = core.dropFirst() }
            if core.hasSuffix(")") || core.hasSuffix(".") { core = core.dropLast() }
            // "5.2", "12", "7A.1": digits first, dots, and at most one letter after a number.
            let digitsAndDots =
                !core.isEmpty && core.first!.isNumber && core.allSatisfy { $0.isNumber || $0 == "." || $0.isLetter }
                && core.filter(\.isLetter).count <= 1
            let roman = !core.isEmpty && core.count <= 5 && core.allSatisfy { "ivxlIVXL".contains($0) } && (marker.hasSuffix(")") || marker.hasPrefix("("))
            let letter = core.count == 1 && core.first!.isLetter && (marker.hasSuffix(")") || marker.hasPrefix("("))
            isMarker = digitsAndDots || roman || letter
        }
        guard isMarker else { return text }
        rest = rest[markerEnd...].drop(while: { $0 == " " || $0 == "\t" })
        return rest.isEmpty ? text : String(rest)
    }

    /// `withoutListMarker` on bytes, where the start of `text` is ASCII (no carriage return) as far as it looks:
    /// there each byte is a Character. `.some(nil)` when there is no marker, `.some(rest)` when there is one,
    /// nil when the bytes cannot tell (then the Characters decide).
    private static func listMarkerOnBytes(_ text: String) -> Substring?? {
        let utf8 = text.utf8
        var i = utf8.startIndex
        @inline(__always) func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 13 }
        while i < utf8.endIndex, utf8[i] == 32 || utf8[i] == 9 { i = utf8.index(after: i) }
        let start = i
        var length = 0
        while i < utf8.endIndex, utf8[i] != 32, utf8[i] != 9 {
            guard plain(utf8[i]) else { return nil }
            length += 1
            // Nine Characters at least: too long for a marker.
            if length > 8 { return .some(nil) }
            i = utf8.index(after: i)
        }
        // No marker, or nothing after it.
        guard length > 0, i < utf8.endIndex else { return .some(nil) }
        // The space after the marker is a Character of its own only when no mark joins it.
        let afterSpace = utf8.index(after: i)
        guard afterSpace == utf8.endIndex || plain(utf8[afterSpace]) else { return nil }
        let marker = Array(utf8[start..<i])
        guard isListMarker(marker) else { return .some(nil) }
        var restStart = i
        while restStart < utf8.endIndex, utf8[restStart] == 32 || utf8[restStart] == 9 { restStart = utf8.index(after: restStart) }
        guard restStart < utf8.endIndex else { return .some(nil) }
        guard plain(utf8[restStart]) else { return nil }
        return .some(text[restStart...])
    }

    /// `withoutListMarker`'s test of a marker, on ASCII bytes: a bullet, "5.2", "12.", "12)", "(ii)", "ii)", "(a)", "a)".
    /// The length in bytes of the longest ASCII bullet of `listBullets`.
    private static let longestASCIIBullet = listBullets.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0

    private static func isListMarker(_ marker: [UInt8]) -> Bool {
        // A bullet of `listBullets` (an ASCII marker is its own bytes); most markers are longer than any.
        if marker.count <= longestASCIIBullet, listBullets.contains(String(decoding: marker, as: UTF8.self)) { return true }
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) }
        let opens = marker.first == UInt8(ascii: "(")
        let closes = marker.last == UInt8(ascii: ")")
        var core = marker[...]
        if opens { core = core.dropFirst() }
        if core.last == UInt8(ascii: ")") || core.last == UInt8(ascii: ".") { core = core.dropLast() }
        let digitsAndDots =
            !core.isEmpty && isDigit(core.first!) && core.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ".") || isLetter($0) }
            && core.filter(isLetter).count <= 1
        let roman = !core.isEmpty && core.count <= 5 && core.allSatisfy { "ivxlIVXL".utf8.contains($0) } && (closes || opens)
        let letter = core.count == 1 && isLetter(core.first!) && (closes || opens)
        return digitsAndDots || roman || letter
    }

    /// A sentence that says it follows up: "asked a supplementary question", "followed up", "a follow-up question".
    static func isFollowUp(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return ["supplementary", "follow-up", "follow up", "followed up", "following up"].contains { lower.contains($0) }
    }

    /// "Cllr Farooq further asked …", "Councillor Lowther then asked …": the same member asking again.
    static func asksAgain(_ sentence: String, markers: Set<String> = askingAgainMarkers) -> Bool {
        let words = SentenceWords(sentence)
        guard words.words.prefix(8).contains(where: { markers.contains($0.lower) }) else { return false }
        // The marker goes with the asking ("further asked", "then also asked", "asked again", "asked a further question"), not with what was said
        // ("Noted that the scorecard showed a further rise and sought assurance …").
        for at in words.words.indices {
            guard let length = words.longestMatch(Vocabulary.Lists.asking, at: at) else { continue }
            let near = [at - 1, at - 2, at + length, at + length + 1].filter { $0 >= 0 && $0 < words.count }
            if near.contains(where: { markers.contains(words[$0].lower) }) { return true }
        }
        return false
    }

    /// The words that say a member asks again: "further", "then", "also", "again".
    static let askingAgainMarkers: Set<String> = ["further", "then", "also", "again"]

    /// Two askers as written are the same person: "Mrs Lloyd" and "Mrs Ann Lloyd", "Cllr Yusuf" and "Councillor Hamid Yusuf".
    static func samePerson(_ a: String, _ b: String) -> Bool {
        func surname(_ text: String) -> String? {
            text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }).last.map(String.init)
        }
        guard let x = surname(a), let y = surname(b), x != "member", x != "members" else { return false }
        return x == y
    }

    /// `String(text.prefix(count))`, on bytes when they decide it: a text of `count` bytes or fewer is whole, and
    /// ASCII without a carriage return is a Character a byte.
    static func prefix(_ text: String, _ count: Int) -> String {
        let utf8 = text.utf8
        if utf8.count <= count { return text }
        let end = utf8.index(utf8.startIndex, offsetBy: count)
        // The byte after the prefix too: a mark after the last byte would join its Character.
        if utf8[...end].allSatisfy({ $0 < 0x80 && $0 != 13 }) { return String(text[..<end]) }
        return String(text.prefix(count))
    }

    /// Without white space (including no-break spaces) at either end.
    static func trimmed(_ text: String) -> String {
        // Both ends ASCII and not white space: nothing to trim, and no copy.
        if let first = text.utf8.first, let last = text.utf8.last, first > 32, first < 0x80, last > 32, last < 0x80 { return text }
        return trimmed(Substring(text))
    }

    /// Without white space (including no-break spaces) at either end.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        // On scalars: Foundation's trimmingCharacters goes through NSString, which was a tenth of ingest.
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(text[first...last])
    }

    /// Without any of `characters` at either end (Foundation's `trimmingCharacters(in:)` without NSString).
    static func trimmed(_ text: String, removing characters: String) -> String {
        // A Character equal to one of `characters` (ASCII) is that one scalar: a text whose first and last bytes are
        // none of them keeps both ends.
        if let head = text.utf8.first, let tail = text.utf8.last, !characters.utf8.contains(head), !characters.utf8.contains(tail) {
            return text
        }
        return trimmed(Substring(text), removing: characters)
    }

    /// Without any of `characters` at either end (Foundation's `trimmingCharacters(in:)` without NSString).
    static func trimmed<S: StringProtocol>(_ text: S, removing characters: String) -> String {
        guard let first = text.firstIndex(where: { !characters.contains($0) }) else { return "" }
        let last = text.lastIndex(where: { !characters.contains($0) })!
        return String(text[first...last])
    }

    /// Whether `text` contains `needle` (lower-case ASCII) in any case, without Foundation.
    static func containsIgnoringCase(_ text: String, _ needle: String) -> Bool {
        let target = Array(needle.utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= target.count, let first = target.first else { return false }
        var index = 0
        while index + target.count <= bytes.count {
            if UTF8Text.lower(bytes[index]) == first {
                var k = 1
                while k < target.count, UTF8Text.lower(bytes[index + k]) == target[k] { k += 1 }
                if k == target.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Joins pieces back into prose.
    static func join(_ pieces: [String]) -> String {
        pieces.map { trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "[The PCC reported …]" → "The PCC reported …", for the bracketed-answer layout.
    static func withoutBrackets(_ text: String) -> String {
        var inner = Substring(trimmed(text))
        if inner.hasPrefix("[") { inner = inner.dropFirst() }
        if inner.hasSuffix("]") { inner = inner.dropLast() }
        return trimmed(inner)
    }

    /// A question on notice quoted in full: the outer quotation marks go.
    static func withoutQuotes(_ text: String) -> String {
        var inner = Substring(trimmed(text))
        if let first = inner.first, "\"“‘'".contains(first) { inner = inner.dropFirst() }
        if let last = inner.last, "\"”’'".contains(last) { inner = inner.dropLast() }
        return trimmed(inner)
    }

    static func startsWithQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "\"“‘".contains(first)
    }

    /// A sentence that is itself a question ("… in the same period?", "… a priority ?").
    static func isQuestionSentence(_ text: String) -> Bool {
        var trimmed = Substring(trimmed(text))
        while let last = trimmed.last, "\"”’')]".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.hasSuffix("?")
    }
}

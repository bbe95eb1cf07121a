import Foundation

/// A regular expression compiled once, with the few ways the question readers match it.
///
/// `NSRegularExpression` is immutable and documented as safe to share between threads.
struct TextPattern: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            fatalError("Invalid question pattern \(pattern): \(error)")
        }
    }

    /// A match that starts at the very beginning of `text`.
    func prefixMatch(in text: String) -> TextMatch? {
        regex.firstMatch(in: text, options: [.anchored], range: NSRange(text.startIndex..., in: text))
            .map { TextMatch(text: text, result: $0) }
    }

    /// The leftmost match anywhere in `text`.
    func firstMatch(in text: String) -> TextMatch? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            .map { TextMatch(text: text, result: $0) }
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// One match of a `TextPattern`, read back as Swift strings.
struct TextMatch {
    let text: String
    let result: NSTextCheckingResult

    var range: Range<String.Index> { Range(result.range, in: text)! }

    func range(_ group: String) -> Range<String.Index>? {
        Range(result.range(withName: group), in: text)
    }

    func group(_ name: String) -> String? {
        range(name).map { String(text[$0]) }
    }
}

/// Cuts a block's text into the pieces the question readers look at: sentences, with bare links
/// set apart (the parser joins a link and the line after it into one run of text) and "Action: …"
/// notes dropped (they record who follows a point up, not what was said).
enum QuestionText {
    static func segments(of text: String) -> [String] {
        SentenceSplitter.split(text)
            .flatMap(splitAtLinks)
            .filter { !$0.isEmpty && !isActionNote($0) }
    }

    /// "… to the CPS. https://example.org/x The PCC reported …" → the sentence, the link, the answer.
    static func splitAtLinks(_ sentence: String) -> [String] {
        guard sentence.contains("http://") || sentence.contains("https://") || sentence.contains("www.") else { return [sentence] }
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

    static func isLink(_ word: Substring) -> Bool {
        word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("www.")
    }

    static func isActionNote(_ segment: String) -> Bool {
        segment.hasPrefix("Action:") || segment.hasPrefix("ACTION:") || segment.hasPrefix("Action -")
    }

    /// Joins pieces back into prose.
    static func join(_ pieces: [String]) -> String {
        pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "[The PCC reported …]" → "The PCC reported …", for the bracketed-answer layout.
    static func withoutBrackets(_ text: String) -> String {
        var inner = Substring(text.trimmingCharacters(in: .whitespaces))
        if inner.hasPrefix("[") { inner = inner.dropFirst() }
        if inner.hasSuffix("]") { inner = inner.dropLast() }
        return inner.trimmingCharacters(in: .whitespaces)
    }

    /// A question on notice quoted in full: the outer quotation marks go.
    static func withoutQuotes(_ text: String) -> String {
        var inner = Substring(text.trimmingCharacters(in: .whitespaces))
        if let first = inner.first, "\"“‘'".contains(first) { inner = inner.dropFirst() }
        if let last = inner.last, "\"”’'".contains(last) { inner = inner.dropLast() }
        return inner.trimmingCharacters(in: .whitespaces)
    }

    static func startsWithQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "\"“‘".contains(first)
    }

    /// A sentence that is itself a question ("… in the same period?", "… a priority ?").
    static func isQuestionSentence(_ text: String) -> Bool {
        var trimmed = Substring(text.trimmingCharacters(in: .whitespaces))
        while let last = trimmed.last, "\"”’')]".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.hasSuffix("?")
    }
}

import Foundation

/// A regular expression compiled once, on first use, with the few ways the question readers match it.
///
/// `NSRegularExpression` is immutable and documented as safe to share between threads.
struct TextPattern: @unchecked Sendable {
    private let compiled: CompiledPattern
    var regex: NSRegularExpression { compiled.regex }
    /// What a text must hold for the pattern to match it: checked first, so most texts never reach the regex.
    let gate: QuestionGate?
    let caseInsensitiveGate: CaseInsensitiveGate?
    let tokenGate: TokenGate?

    init(_ pattern: String, caseInsensitive: Bool = false, gate: QuestionGate? = nil, caseInsensitiveGate: CaseInsensitiveGate? = nil,
         tokenGate: TokenGate? = nil) {
        compiled = CompiledPattern(pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        self.gate = gate
        self.caseInsensitiveGate = caseInsensitiveGate
        self.tokenGate = tokenGate
    }

    /// Whether the gates let `text` through; `words` are its gate words when already known.
    @inline(__always) func admits(_ text: String, words: UInt64?) -> Bool {
        if let gate, !gate.admits(text, words: words) { return false }
        if let caseInsensitiveGate, !caseInsensitiveGate.admits(text) { return false }
        if let tokenGate, !tokenGate.admits(text) { return false }
        return true
    }

    /// A match that starts at the very beginning of `text`.
    func prefixMatch(in text: String, words: UInt64? = nil) -> TextMatch? {
        guard admits(text, words: words) else { return nil }
        return regex.firstMatch(in: text, options: [.anchored], range: NSRange(text.startIndex..., in: text))
            .map { TextMatch(text: text, result: $0) }
    }

    /// The leftmost match anywhere in `text`.
    func firstMatch(in text: String, words: UInt64? = nil) -> TextMatch? {
        guard admits(text, words: words) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            .map { TextMatch(text: text, result: $0) }
    }

    func matches(_ text: String, words: UInt64? = nil) -> Bool {
        guard admits(text, words: words) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// A pattern compiled when first needed: compiling costs more than most texts' matching, and a pattern
/// whose gate turns every text away is never compiled.
private final class CompiledPattern: @unchecked Sendable {
    private let pattern: String
    private let options: NSRegularExpression.Options
    private let lock = NSLock()
    private var compiled: NSRegularExpression?

    init(_ pattern: String, options: NSRegularExpression.Options) {
        self.pattern = pattern
        self.options = options
    }

    var regex: NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            fatalError("Invalid question pattern \(pattern): \(error)")
        }
        compiled = regex
        return regex
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
        // `SentenceSplitter.split(text).flatMap(splitAtLinks).filter { !$0.isEmpty && !isActionNote($0) }`,
        // without an array per sentence.
        var segments: [String] = []
        for sentence in SentenceSplitter.split(text) {
            if QuestionScan.mayHoldLink(sentence) {
                segments += splitAtLinks(sentence).filter { !$0.isEmpty && !isActionNote($0) }
            } else if !sentence.isEmpty && !isActionNote(sentence) {
                segments.append(sentence)
            }
        }
        return segments
    }

    /// "… to the CPS. https://example.org/x The PCC reported …" → the sentence, the link, the answer.
    static func splitAtLinks(_ sentence: String) -> [String] {
        guard QuestionScan.mayHoldLink(sentence) else { return [sentence] }
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
        // Each prefix starts with a bare "A", which only the byte "A" is.
        guard segment.utf8.first == UInt8(ascii: "A") else { return false }
        return segment.hasPrefix("Action:") || segment.hasPrefix("ACTION:") || segment.hasPrefix("Action -")
    }

    /// Joins pieces back into prose.
    static func join(_ pieces: [String]) -> String {
        pieces.map { QuestionScan.trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "[The PCC reported …]" → "The PCC reported …", for the bracketed-answer layout.
    static func withoutBrackets(_ text: String) -> String {
        var inner = Substring(QuestionScan.trimmed(text))
        if inner.hasPrefix("[") { inner = inner.dropFirst() }
        if inner.hasSuffix("]") { inner = inner.dropLast() }
        return QuestionScan.trimmed(inner)
    }

    /// A question on notice quoted in full: the outer quotation marks go.
    static func withoutQuotes(_ text: String) -> String {
        var inner = Substring(QuestionScan.trimmed(text))
        if let first = inner.first, "\"“‘'".contains(first) { inner = inner.dropFirst() }
        if let last = inner.last, "\"”’'".contains(last) { inner = inner.dropLast() }
        return QuestionScan.trimmed(inner)
    }

    static func startsWithQuote(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "\"“‘".contains(first)
    }

    /// A sentence that is itself a question ("… in the same period?", "… a priority ?").
    static func isQuestionSentence(_ text: String) -> Bool {
        var trimmed = Substring(QuestionScan.trimmed(text))
        while let last = trimmed.last, "\"”’')]".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed.hasSuffix("?")
    }
}

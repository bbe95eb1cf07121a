import Foundation

/// Reads public questions on notice (layout 6):
///
///     QUESTION ON NOTICE TO THE PANEL FROM MR. JOHN SMITH      ← heading (or a paragraph)
///     "Will the Commissioner …?"                               ← the question, usually quoted
///     Response by the Commissioner:                            ← label, a heading or a paragraph
///     The Commissioner …                                       ← the answer, up to the next heading
///
/// The asker is the person as written, title-cased when the heading is in capitals ("Mr. John Smith").
/// With no response label before the next heading the question is unanswered.
enum NoticeQuestionReader {
    static let heading = TextPattern(
        #"^(?:PUBLIC\s+)?QUESTIONS?\s+(?:ON\s+NOTICE\s+)?(?:(?:TO|FOR)\s+(?:[\w’'.,&]+\s+){1,6}?)?(?:FROM|BY)\s+(?<name>[^:]+?)\s*(?:\([^)]*\))?\s*[:.]?$"#,
        caseInsensitive: true,
        caseInsensitiveGate: CaseInsensitiveGate(["question"], startingWithOneOf: "pq"))
    static let responseLabel = TextPattern(
        #"^(?:(?:Written\s+)?(?:Response|Reply|Answer)(?:\s+(?:by|from|of)\s+(?<who>.+))?|(?<who2>.+?)\s+(?:responded|replied|answered|response))$"#,
        caseInsensitive: true,
        caseInsensitiveGate: CaseInsensitiveGate(["respon", "repl", "answer"]))

    /// The questions on notice in `blocks`, and the indices of the blocks they used.
    static func read(_ blocks: [Block]) -> (questions: [MemberQuestion], used: Set<Int>) {
        var questions: [MemberQuestion] = []
        var used = Set<Int>()
        var index = 0
        while index < blocks.count {
            guard let person = asker(in: blocks[index]) else { index += 1; continue }
            var end = index + 1
            var label: (index: Int, respondent: Respondent?, rest: String)?
            while end < blocks.count, asker(in: blocks[end]) == nil {
                let block = blocks[end]
                if label == nil, let found = responseLabel(in: block) {
                    label = (end, found.respondent, found.rest)
                } else if block.kind == .heading {
                    break
                }
                end += 1
            }
            let questionBlocks = blocks[(index + 1)..<(label?.index ?? end)].filter { $0.kind != .heading }
            let answerBlocks = label.map { blocks[($0.index + 1)..<end].filter { $0.kind != .heading } } ?? []
            questions.append(question(asker: person, line: blocks[index].line, questionBlocks: Array(questionBlocks),
                                      label: label.map { ($0.respondent, $0.rest) }, answerBlocks: Array(answerBlocks)))
            used.formUnion(index..<end)
            index = end
        }
        return (questions, used)
    }

    private static func question(asker: String, line: Int, questionBlocks: [Block], label: (Respondent?, String)?, answerBlocks: [Block]) -> MemberQuestion {
        let quoted = questionBlocks.filter { QuestionText.startsWithQuote($0.text) }
        let questionText = (quoted.isEmpty ? questionBlocks : quoted).map { QuestionText.withoutQuotes($0.text) }.joined(separator: " ")
        guard let (named, rest) = label else {
            return MemberQuestion(asker: asker, question: questionText, respondent: nil, respondentRole: nil, answer: "", status: .unanswered, line: line)
        }
        let segments = QuestionText.segments(of: ([rest] + answerBlocks.map(\.text)).joined(separator: " "))
        let answer = QuestionText.join(segments)
        let respondent = named ?? segments.lazy.compactMap(RespondentRecognizer.answerStart(in:)).first?.respondent
        let status: AnswerStatus = answer.isEmpty ? .unanswered : AnswerStatusClassifier.status(ofMainAnswer: answer)
        return MemberQuestion(asker: asker, question: questionText, respondent: respondent?.name, respondentRole: respondent?.role,
                              answer: answer, status: status, line: line)
    }

    /// The person a question-on-notice heading names, or nil when the block is not such a heading.
    static func asker(in block: Block) -> String? {
        // The gate before counting characters: most blocks are not headings of questions.
        guard block.kind == .heading || block.kind == .paragraph, heading.admits(block.text, words: nil), block.text.count <= 160,
              let name = heading.prefixMatch(in: block.text)?.group("name") else { return nil }
        let lower = name.lowercased()
        guard !lower.hasPrefix("the ") && !lower.hasPrefix("members") && !lower.hasPrefix("a member"),
              name.split(separator: " ").count <= 8 else { return nil }
        return titleCased(name)
    }

    /// "Response by the Commissioner" (heading) or "Response by the Commissioner: The Commissioner said …" (paragraph).
    static func responseLabel(in block: Block) -> (respondent: Respondent?, rest: String)? {
        guard block.kind == .heading || block.kind == .paragraph else { return nil }
        let text = block.text.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let labelText = parts[0].trimmingCharacters(in: .whitespaces)
        guard labelText.split(separator: " ").count <= 8, let match = responseLabel.prefixMatch(in: labelText) else { return nil }
        // A paragraph is a label only with its colon; a heading has had its colon taken off by the parser.
        guard block.kind == .heading || parts.count == 2 else { return nil }
        var rest = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if rest.hasPrefix("-") { rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces) }
        let who = match.group("who") ?? match.group("who2")
        let respondent = who.map { name in
            RespondentRecognizer.respondent(named: name) ?? Respondent(name: name, role: RespondentRecognizer.role(of: name))
        }
        return (respondent, rest)
    }

    /// "MR. JOHN O'BRIEN-SMITH" → "Mr. John O'Brien-Smith"; a name not all in capitals is kept as written.
    static func titleCased(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: \.isLetter), !trimmed.contains(where: \.isLowercase) else { return trimmed }
        var result = ""
        var startOfWord = true
        for character in trimmed.lowercased() {
            result.append(startOfWord ? Character(character.uppercased()) : character)
            startOfWord = !character.isLetter
        }
        return result
    }
}

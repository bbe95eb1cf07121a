import Foundation

/// Queries listed first and the responses to them in a second list, tied by number, as some panels minute a
/// discussion:
///
///     Members raised the following queries:
///     1. Cllr Wedmore asked whether the dashboard would be shared …
///     2. Cllr Chard asked why the number of officers had fallen …
///     The following responses were given:
///     1. The Chief Executive confirmed that …
///     2. The Commissioner said that …
///
/// The second list is found by its introduction (a response noun and "following", "given", "below" …) with a
/// numbered list right before it; each response answers the query of the same number. A query with no response
/// of its number stays unanswered.
struct NumberedResponses {
    /// Each response: its block and the block of the query of the same number.
    var pairs: [(query: Int, response: Int)] = []
    /// The introductions and the responses, which are not read as questions or answers of their own.
    var used: Set<Int> = []

    static func find(in blocks: [Block], skipping skipped: Set<Int>) -> NumberedResponses {
        var found = NumberedResponses()
        let indices = blocks.indices.filter { !skipped.contains($0) }
        for (position, intro) in indices.enumerated() where isIntroduction(blocks[intro]) {
            // The queries: the numbered run right before the introduction (an introduction of its own above it is
            // allowed: "Members raised the following queries:").
            var queries: [Int: Int] = [:]
            var back = position - 1
            while back >= 0, let number = number(of: blocks[indices[back]]) {
                if queries[number] == nil { queries[number] = indices[back] }
                back -= 1
            }
            guard queries.count >= 2 else { continue }
            var responses: [(Int, Int)] = []
            var ahead = position + 1
            while ahead < indices.count, let number = number(of: blocks[indices[ahead]]) {
                responses.append((number, indices[ahead]))
                ahead += 1
            }
            // Most responses must find their query: two lists numbered independently are not a pairing.
            let matched = responses.filter { queries[$0.0] != nil }
            guard !matched.isEmpty, matched.count * 2 >= responses.count else { continue }
            found.used.insert(intro)
            for (number, response) in matched {
                found.pairs.append((queries[number]!, response))
                found.used.insert(response)
            }
        }
        return found
    }

    /// "The following responses were given:", "Responses were provided as follows:", "Answers given:".
    static func isIntroduction(_ block: Block) -> Bool {
        guard block.kind == .heading || block.kind == .paragraph, block.text.utf8.count <= 160 else { return false }
        let trimmed = QuestionText.trimmed(block.text)
        guard block.kind == .heading || trimmed.hasSuffix(":") || trimmed.hasSuffix(":-") else { return false }
        let words = SentenceWords(trimmed)
        guard words.count <= 14 else { return false }
        let noun = words.words.contains { ["responses", "response", "answers", "replies"].contains($0.lower) }
        let listed = words.words.contains { ["following", "follows", "given", "provided", "below", "received", "made"].contains($0.lower) }
        return noun && listed
    }

    /// The number of a numbered or lettered entry: "1.", "(2)", "3)", "a)", "(b)".
    static func number(of block: Block) -> Int? {
        guard block.kind == .numbered, let marker = block.marker else { return nil }
        let core = marker.filter { $0 != "(" && $0 != ")" && $0 != "." }
        if let value = Int(core) { return value }
        if core.count == 1, let letter = core.first, letter.isASCII, letter.isLowercase, let ascii = letter.asciiValue {
            return Int(ascii) - 96
        }
        return nil
    }

    /// The query's question answered by a response block: its respondent, answer and status.
    static func answer(_ question: inout MemberQuestion, with block: Block) {
        let text = QuestionText.trimmed(QuestionText.withoutListMarker(block.text))
        let words = SentenceWords(QuestionText.prefix(text, 120))
        let respondent = SentenceReader.answerStart(in: text)?.respondent ?? SentenceReader.officeSubject(words, at: 0)?.respondent
        question.respondent = respondent?.name
        question.respondentRole = respondent?.role
        question.answer = text
        question.status = AnswerStatusClassifier.status(ofMainAnswer: text)
    }
}

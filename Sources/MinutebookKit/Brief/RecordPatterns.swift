import Foundation

/// The phrases minutes use for undertakings and for figures (answers that gave nothing: `Vocabulary.noInformationPhrases`).
enum RecordPatterns {
    static let commitment = try! NSRegularExpression(
        pattern: """
            \\b(?:would|will|shall)\\s+(?:\\w+\\s+)?(?:look\\s+(?:into|at)|investigate|report\\s+back|provide|circulate|write\\s+to|update|respond|\
            bring|come\\s+back|find\\s+out|check|follow\\s+up|share|send|arrange|review|raise|pursue|take\\s+(?:this|it|the\\s+matter)\\s+(?:up|forward|away))\\b\
            |\\b(?:a|an|the|further)?\\s*(?:report|update|briefing|response|note|paper|written\\s+answer)s?\\s+(?:would|will)\\s+be\\s+\
            (?:provided|brought|circulated|presented|sent|submitted|given|shared|made\\s+available)\\b\
            |\\bundert(?:ook|akes|aken)\\s+to\\b|\\bagreed\\s+to\\s+(?:provide|circulate|look|write|report|share|send|bring|update|review|investigate)\\b\
            |\\bpromised\\b|\\bemail\\s+(?:him|her|them|the\\s+\\w+)\\s+the\\s+details\\b
            """, options: [.caseInsensitive])

    static let figure = try! NSRegularExpression(
        pattern: """
            \\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|per\\s?cent\\b)|£\\s?\\d[\\d,.]*\\s?(?:k|m|bn|million|billion|thousand)?\\b|\\b\\d{1,3}(?:,\\d{3})+\\b\
            |\\b\\d+\\s+(?:new\\s+|more\\s+|fewer\\s+|additional\\s+)?(?:cases|referrals|officers|victims|offences|crimes|incidents|arrests|\
            prosecutions|convictions|people|children|schools|hours|posts|staff|members|calls|hubs|MASHs|forces|units|projects|campaigns|\
            practitioners|professionals|counsellors|places|charges|closures|warrants|reports|complaints|deaths|casualties|collisions)\\b
            """, options: [.caseInsensitive])

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Sentences with a figure, skipping those whose only numbers are years, dates or item numbers.
    static func hasFigure(_ sentence: String) -> Bool {
        matches(figure, sentence)
    }

    /// Words that say nothing about what was promised, for matching follow-ups.
    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "that", "this", "was", "were", "is", "be", "been", "would",
        "will", "he", "she", "it", "they", "his", "her", "their", "had", "has", "have", "at", "by", "from", "as", "into", "look", "about",
        "there", "which", "who", "pcc", "chief", "constable", "commissioner", "panel", "report", "provided", "asked", "said", "reported",
        "police", "crime", "further", "being", "also", "any", "all", "more", "action", "cllr", "councillor", "member", "members", "him",
        "them", "details", "email", "policy", "manager", "undertaken", "up", "date", "kept", "area", "this", "these", "those", "not",
    ]
}

import Foundation

/// Finds member questions and their answers in an agenda item's blocks.
public enum QuestionExtractor {
    public static func extract(from item: AgendaItem) -> [MemberQuestion] { [] }
}

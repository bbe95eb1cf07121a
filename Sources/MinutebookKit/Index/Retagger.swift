import Foundation
import GRDB

/// Re-tags every passage and question of the index after the taxonomy changed, with the same rules as an ingest
/// (`DocumentPreparer.passageTopics`, `questionTopics`, `topicsByLine`), from the stored rows: no file is read again.
struct Retagger {
    let preparer: DocumentPreparer

    /// Replaces every topic tag; returns how many passages and questions were re-tagged.
    func retag(_ db: Database) throws -> Int {
        var count = 0
        try db.execute(sql: "DELETE FROM passage_topics; DELETE FROM question_topics")
        let documentKinds = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, kind FROM documents").map { row -> (Int64, DocumentKind) in
                (row["id"], DocumentKind(rawValue: row["kind"]) ?? .minutes)
            })
        let sections = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT id, section FROM headings").map { row -> (Int64, String?) in
                (row["id"], row["section"])
            })
        // Each document's passages, with their new topics, by line: the context of its questions that point back.
        var passagesByDocument: [Int64: [(line: Int, topics: [String])]] = [:]
        for var passage in try PassageRecord.fetchAll(db) {
            let topics = preparer.passageTopics(
                text: passage.text, section: passage.headingID.flatMap { sections[$0] ?? nil },
                kind: passage.kind,
                in: documentKinds[passage.documentID] ?? .minutes)
            passage.topics = topics.joined(separator: " ")
            try passage.update(db, columns: [PassageRecord.Columns.topics])
            for topic in topics { try PassageTopicRecord(topic: topic, passageID: passage.id!).insert(db) }
            passagesByDocument[passage.documentID, default: []].append((passage.line, topics))
            count += 1
        }
        var contextByDocument: [Int64: [Int: [String]]] = [:]
        for question in try QuestionRecord.fetchAll(db) {
            var context: [String] = []
            if DocumentPreparer.continuesContext(question.question) {
                if contextByDocument[question.documentID] == nil {
                    contextByDocument[question.documentID] = DocumentPreparer.topicsByLine(passagesByDocument[question.documentID] ?? [])
                }
                context = contextByDocument[question.documentID]?[question.line] ?? []
            }
            let topics = preparer.questionTopics(question: question.question, answer: question.answer, context: context)
            try QuestionRowRecord.filter(key: question.id).updateAll(db, QuestionRowRecord.Columns.topics.set(to: topics.joined(separator: " ")))
            for topic in topics { try QuestionTopicRecord(topic: topic, questionID: question.id).insert(db) }
            count += 1
        }
        return count
    }
}

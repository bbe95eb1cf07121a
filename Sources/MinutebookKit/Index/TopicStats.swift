import Foundation
import GRDB

/// How much of the record touches a topic.
public struct TopicCount: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var passages: Int
    public var questions: Int
    /// Distinct meetings (panel and date; each undated document counts as its own).
    public var meetings: Int
    public var acronyms: [String]
    public var terms: [String]
}

extension IndexStore {
    /// Every topic of the taxonomy in force, in its order, with counts.
    public func topicCounts() throws -> [TopicCount] {
        try read { db in
            let taxonomy = try Searcher.storedTaxonomy(db)
            let passages = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT topic, count(*) AS n FROM passage_topics GROUP BY topic").map { ($0["topic"] as String, $0["n"] as Int) })
            let questions = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT topic, count(*) AS n FROM question_topics GROUP BY topic").map { ($0["topic"] as String, $0["n"] as Int) })
            let meetings = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: """
                SELECT topic, count(DISTINCT meeting) AS n FROM (
                    SELECT t.topic, coalesce(d.meeting_date || '|' || coalesce(d.body, ''), 'doc' || d.id) AS meeting
                    FROM passage_topics t JOIN passages p ON p.id = t.passage_id JOIN documents d ON d.id = p.document_id
                    UNION ALL
                    SELECT t.topic, coalesce(d.meeting_date || '|' || coalesce(d.body, ''), 'doc' || d.id)
                    FROM question_topics t JOIN questions q ON q.id = t.question_id JOIN documents d ON d.id = q.document_id
                ) GROUP BY topic
                """).map { ($0["topic"] as String, $0["n"] as Int) })
            return taxonomy.topics.map { topic in
                TopicCount(id: topic.id, name: topic.name, passages: passages[topic.id] ?? 0, questions: questions[topic.id] ?? 0,
                           meetings: meetings[topic.id] ?? 0, acronyms: topic.acronyms, terms: topic.terms)
            }
        }
    }
}

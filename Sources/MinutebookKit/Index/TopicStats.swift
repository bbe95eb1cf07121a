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
            let taxonomy = try IndexReader(db: db).taxonomy()
            let passages = try counts(db, sql: "SELECT topic, count(*) AS n FROM passage_topics GROUP BY topic")
            let questions = try counts(db, sql: "SELECT topic, count(*) AS n FROM question_topics GROUP BY topic")
            let meetings = try counts(
                db,
                sql: """
                    SELECT topic, count(DISTINCT meeting) AS n FROM (
                        SELECT t.topic, coalesce(d.meeting_date || '|' || coalesce(d.body, ''), 'doc' || d.id) AS meeting
                        FROM passage_topics t JOIN passages p ON p.id = t.passage_id JOIN documents d ON d.id = p.document_id
                        UNION ALL
                        SELECT t.topic, coalesce(d.meeting_date || '|' || coalesce(d.body, ''), 'doc' || d.id)
                        FROM question_topics t JOIN questions q ON q.id = t.question_id JOIN documents d ON d.id = q.document_id
                    ) GROUP BY topic
                    """)
            return taxonomy.topics.map { topic in
                TopicCount(
                    id: topic.id, name: topic.name, passages: passages[topic.id] ?? 0, questions: questions[topic.id] ?? 0,
                    meetings: meetings[topic.id] ?? 0, acronyms: topic.acronyms, terms: topic.terms)
            }
        }
    }

    /// `topic → n` from a `GROUP BY topic` query. A topic twice, or a NULL, is something only a damaged index
    /// returns (its b-tree pages out of order): `IndexError.damaged`, not a crash.
    private func counts(_ db: Database, sql: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            guard let topic: String = try row.decode(atIndex: 0), let n: Int = try row.decode(atIndex: 1),
                counts.updateValue(n, forKey: topic) == nil
            else { throw IndexError.damaged(path: path) }
        }
        return counts
    }
}

import Foundation
import GRDB
import MinutebookKit

/// What the index holds document by document and meeting by meeting, for the document and meeting pages.
///
/// The search API answers queries; these pages list a whole document or a whole meeting, so they read the
/// index's tables directly, through a connection that is opened `query_only` and never writes (as the
/// library's own query connections are).
public struct Catalog: Sendable {
    let queue: DatabaseQueue

    public struct Document: Codable, Sendable {
        public var id: Int64
        public var path: String
        public var fileName: String
        public var body: String?
        public var meetingDate: String?
        public var kind: String
        public var format: String?
        public var sourceURL: String?
        public var items: [Item]

        enum CodingKeys: String, CodingKey {
            case id, path, fileName = "file_name", body, meetingDate = "meeting_date", kind, format, sourceURL = "source_url", items
        }
    }

    public struct Item: Codable, Sendable {
        public var number: String?
        public var title: String?
        public var passages: [Passage]
        public var questions: [Question]
    }

    public struct Passage: Codable, Sendable {
        public var id: Int64
        public var kind: String
        public var line: Int
        public var page: Int?
        public var section: String?
        public var speaker: String?
        public var topics: [String]
        public var text: String
    }

    public struct Question: Codable, Sendable {
        public var id: Int64
        public var line: Int
        public var page: Int?
        public var asker: String
        public var question: String
        public var respondent: String?
        public var answer: String
        public var status: String
        public var topics: [String]
    }

    /// A meeting: the documents of one panel on one date (an undated document is its own meeting).
    public struct Meeting: Codable, Sendable {
        public var key: String
        public var meetingDate: String?
        public var body: String?
        public var documents: [DocumentRef]

        enum CodingKeys: String, CodingKey { case key, meetingDate = "meeting_date", body, documents }
    }

    public struct DocumentRef: Codable, Sendable {
        public var id: Int64
        public var path: String
        public var kind: String
    }

    /// Opens the index at `path` to read, never to write.
    public static func open(path: String) throws -> Catalog {
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        return Catalog(queue: try DatabaseQueue(path: path, configuration: config))
    }

    /// Document ids by path as hits show it (`CorpusWalker.display(path:)`), to link a hit to its document.
    public func documentIDs() throws -> [String: Int64] {
        try queue.read { db in
            var ids: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, path FROM documents") { ids[CorpusWalker.display(path: row["path"])] = row["id"] }
            return ids
        }
    }

    /// Every meeting, oldest first, undated last.
    public func meetings() throws -> [Meeting] {
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, path, body, meeting_date, kind FROM documents ORDER BY meeting_date IS NULL, meeting_date, path")
            var order: [String] = []
            var meetings: [String: Meeting] = [:]
            for row in rows {
                let date: String? = row["meeting_date"]
                let body: String? = row["body"]
                let id: Int64 = row["id"]
                let key = date.map { "\($0)|\(body ?? "")" } ?? "undated-\(id)"
                let ref = DocumentRef(id: id, path: CorpusWalker.display(path: row["path"]), kind: row["kind"])
                if meetings[key] == nil { order.append(key); meetings[key] = Meeting(key: key, meetingDate: date, body: body, documents: []) }
                meetings[key]?.documents.append(ref)
            }
            return order.compactMap { meetings[$0] }
        }
    }

    /// The document with this id, whole: its items, passages and questions in order; nil when there is none.
    public func document(id: Int64) throws -> Document? {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else { return nil }
            let hasURL = row.hasColumn("source_url")
            var document = Document(id: id, path: CorpusWalker.display(path: row["path"]), fileName: row["file_name"], body: row["body"], meetingDate: row["meeting_date"],
                                    kind: row["kind"], format: row.hasColumn("format") ? row["format"] : nil,
                                    sourceURL: hasURL ? row["source_url"] : nil, items: [])
            let items = try Row.fetchAll(db, sql: "SELECT id, number, title FROM items WHERE document_id = ? ORDER BY position", arguments: [id])
            let passages = try Row.fetchAll(db, sql: """
                SELECT p.*, h.section FROM passages p LEFT JOIN headings h ON h.id = p.heading_id WHERE p.document_id = ? ORDER BY p.item_id, p.position
                """, arguments: [id])
            let questions = try Row.fetchAll(db, sql: "SELECT * FROM questions WHERE document_id = ? ORDER BY item_id, position", arguments: [id])
            for item in items {
                let itemID: Int64 = item["id"]
                document.items.append(Item(
                    number: item["number"], title: item["title"],
                    passages: passages.filter { $0["item_id"] == itemID }.map { p in
                        Passage(id: p["id"], kind: p["kind"], line: p["line"], page: p.hasColumn("page") ? p["page"] : nil, section: p["section"],
                                speaker: p["speaker"], topics: Self.list(p["topics"]), text: p["text"])
                    },
                    questions: questions.filter { $0["item_id"] == itemID }.map { q in
                        Question(id: q["id"], line: q["line"], page: q.hasColumn("page") ? q["page"] : nil, asker: q["asker"], question: q["question"],
                                 respondent: q["respondent"], answer: q["answer"], status: q["status"], topics: Self.list(q["topics"]))
                    }))
            }
            return document
        }
    }

    /// A topic list as stored: a JSON array, or words separated by spaces or commas.
    static func list(_ stored: String?) -> [String] {
        guard let stored, !stored.isEmpty else { return [] }
        if let data = stored.data(using: .utf8), let array = try? JSONDecoder().decode([String].self, from: data) { return array }
        return stored.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }
}

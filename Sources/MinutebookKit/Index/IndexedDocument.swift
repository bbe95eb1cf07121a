import Foundation
import GRDB

/// A document as the index holds it, whole: its agenda items in order, each with its passages and the member
/// questions asked under it, and where the original is (`source_url`, and each passage's page).
///
/// What `minutebook show` prints for a file before it is indexed (`UnderstoodDocument`), read back from the index:
/// a passage here is the same `ShownPassage` with the id that links to it (`/documents/ID?passage=N`), and a
/// question the same `MemberQuestion` with its id, page and topics.
///
/// ```swift
/// if let document = try store.document(id: 3) {
///     for item in document.items { print(item.number ?? "", item.title ?? "", item.passages.count) }
/// }
/// ```
///
/// All the SQL that reads documents and meetings whole is in this file.
public struct IndexedDocument: Encodable, Sendable {
    public var id: Int64
    /// As hits show it (`CorpusWalker.display(path:)`).
    public var path: String
    public var fileName: String
    /// The panel.
    public var body: String?
    /// ISO date, or nil when unknown.
    public var meetingDate: String?
    /// `minutes` or `report`.
    public var kind: String
    /// text, html, pdf, docx or odt.
    public var format: String?
    /// The address of the original: the sidecar's `url`, else the web page's own.
    public var sourceURL: String?
    public var items: [Item]

    enum CodingKeys: String, CodingKey {
        case id, path, fileName = "file_name", body, meetingDate = "meeting_date", kind, format, sourceURL = "source_url", items
    }

    /// An agenda item with its passages and questions, in the order of the document.
    public struct Item: Encodable, Sendable {
        public var number: String?
        public var title: String?
        public var passages: [Passage]
        public var questions: [Question]

        /// "Item 150: Title", "Item 150", "Title" or "Untitled item".
        public var heading: String {
            switch (number, title) {
            case (let n?, let t?): "Item \(n): \(t)"
            case (let n?, nil): "Item \(n)"
            case (nil, let t?): t
            case (nil, nil): "Untitled item"
            }
        }
    }

    /// A passage as `minutebook show` shows it, with its id; reads as the `ShownPassage` (`passage.text`).
    @dynamicMemberLookup
    public struct Passage: Encodable, Sendable {
        public var id: Int64
        public var shown: UnderstoodDocument.ShownPassage

        public subscript<T>(dynamicMember path: KeyPath<UnderstoodDocument.ShownPassage, T>) -> T { shown[keyPath: path] }

        enum CodingKeys: String, CodingKey { case id }
        public func encode(to encoder: Encoder) throws {
            try shown.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
        }
    }

    /// A member question with its answer, id, page and topics; reads as the `MemberQuestion` (`question.asker`).
    @dynamicMemberLookup
    public struct Question: Encodable, Sendable {
        public var id: Int64
        public var base: MemberQuestion
        public var page: Int?
        public var topics: [String]

        public subscript<T>(dynamicMember path: KeyPath<MemberQuestion, T>) -> T { base[keyPath: path] }

        enum CodingKeys: String, CodingKey { case id, line, page, asker, question, respondent, answer, status, topics }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(base.line, forKey: .line)
            try c.encodeIfPresent(page, forKey: .page)
            try c.encode(base.asker, forKey: .asker)
            try c.encode(base.question, forKey: .question)
            try c.encodeIfPresent(base.respondent, forKey: .respondent)
            try c.encode(base.answer, forKey: .answer)
            try c.encode(base.status, forKey: .status)
            try c.encode(topics, forKey: .topics)
        }
    }
}

/// A meeting: the documents of one panel on one date. An undated document is a meeting of its own.
public struct IndexedMeeting: Encodable, Sendable {
    /// `DATE|PANEL`, or `undated-ID` for an undated document.
    public var key: String
    public var meetingDate: String?
    /// The panel.
    public var body: String?
    /// Its documents, by path.
    public var documents: [DocumentRef]

    enum CodingKeys: String, CodingKey { case key, meetingDate = "meeting_date", body, documents }

    public struct DocumentRef: Encodable, Sendable {
        public var id: Int64
        /// As hits show it.
        public var path: String
        public var kind: String
    }

    /// The key of the meeting a document belongs to.
    static func key(date: String?, body: String?, document id: Int64) -> String {
        date.map { "\($0)|\(body ?? "")" } ?? "undated-\(id)"
    }
}

extension IndexStore {
    /// The document with this id, whole; nil when the index has none.
    public func document(id: Int64) throws -> IndexedDocument? {
        try read { db in try Self.document(db, id: id) }
    }

    /// Every meeting, oldest first, undated documents last.
    public func meetings() throws -> [IndexedMeeting] {
        try read { db in try Self.meetings(db) }
    }

    /// The meeting `documentID` belongs to, with all its documents whole; nil when there is no such document.
    /// Read in one transaction, so the list and the documents agree while an ingest writes.
    public func meeting(containing documentID: Int64) throws -> (meeting: IndexedMeeting, documents: [IndexedDocument])? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT meeting_date, body FROM documents WHERE id = ?", arguments: [documentID]) else { return nil }
            let key = IndexedMeeting.key(date: row["meeting_date"], body: row["body"], document: documentID)
            guard let meeting = try Self.meetings(db).first(where: { $0.key == key }) else { return nil }
            return (meeting, try meeting.documents.compactMap { try Self.document(db, id: $0.id) })
        }
    }

    /// Document ids by path as hits show it (`SourceRef.path`), to link a hit to its document.
    public func documentIDs() throws -> [String: Int64] {
        try read { db in
            var ids: [String: Int64] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT id, path FROM documents"))
            while let row = try rows.next() { ids[CorpusWalker.display(path: row[1])] = row[0] }
            return ids
        }
    }

    /// A number that changes whenever another connection commits to the index (SQLite's `PRAGMA data_version`):
    /// the same number twice from this store means the index has not changed in between. Each store counts
    /// its own, so compare only numbers from the same store.
    public func changeCounter() throws -> Int {
        try read { db in try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0 }
    }

    static func meetings(_ db: Database) throws -> [IndexedMeeting] {
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, body, meeting_date, kind FROM documents ORDER BY meeting_date IS NULL, meeting_date, path")
        var order: [String] = []
        var meetings: [String: IndexedMeeting] = [:]
        for row in rows {
            let date: String? = row["meeting_date"]
            let body: String? = row["body"]
            let id: Int64 = row["id"]
            let key = IndexedMeeting.key(date: date, body: body, document: id)
            let ref = IndexedMeeting.DocumentRef(id: id, path: CorpusWalker.display(path: row["path"]), kind: row["kind"])
            if meetings[key] == nil {
                order.append(key)
                meetings[key] = IndexedMeeting(key: key, meetingDate: date, body: body, documents: [])
            }
            meetings[key]?.documents.append(ref)
        }
        return order.compactMap { meetings[$0] }
    }

    static func document(_ db: Database, id: Int64) throws -> IndexedDocument? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT path, file_name, body, meeting_date, kind, format, source_url FROM documents WHERE id = ?
                    """, arguments: [id])
        else { return nil }
        var document = IndexedDocument(
            id: id, path: CorpusWalker.display(path: row["path"]), fileName: row["file_name"], body: row["body"],
            meetingDate: row["meeting_date"], kind: row["kind"], format: row["format"], sourceURL: row["source_url"], items: [])
        var passages: [Int64: [IndexedDocument.Passage]] = [:]
        for p in try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.item_id, p.kind, p.line, p.page, h.section, p.speaker, p.topics, p.text
                FROM passages p LEFT JOIN heading_rows h ON h.id = p.heading_id WHERE \(PassageRecord.ofDocuments("p")) ORDER BY p.item_id, p.position
                """, arguments: [id, id])
        {
            let shown = UnderstoodDocument.ShownPassage(
                kind: p["kind"], line: p["line"], page: p["page"], section: p["section"], speaker: p["speaker"],
                topics: topicList(p["topics"]), text: p["text"])
            passages[p["item_id"], default: []].append(IndexedDocument.Passage(id: p["id"], shown: shown))
        }
        var questions: [Int64: [IndexedDocument.Question]] = [:]
        for q in try Row.fetchAll(
            db,
            sql: """
                SELECT id, item_id, line, page, asker, question, respondent, respondent_role, answer, status, topics FROM questions
                WHERE document_id = ? ORDER BY item_id, position
                """, arguments: [id])
        {
            let status: String = q["status"]
            let role: String? = q["respondent_role"]
            // A status or role this minutebook does not know is something only a damaged index holds.
            guard let answerStatus = AnswerStatus(rawValue: status) else {
                throw IndexError.database("question \(q["id"] as Int64) has an unknown status '\(status)'")
            }
            let base = MemberQuestion(
                asker: q["asker"], question: q["question"], respondent: q["respondent"], respondentRole: role.flatMap { Role(flag: $0) },
                answer: q["answer"], status: answerStatus, line: q["line"])
            questions[q["item_id"], default: []].append(IndexedDocument.Question(id: q["id"], base: base, page: q["page"], topics: topicList(q["topics"])))
        }
        for item in try Row.fetchAll(db, sql: "SELECT id, number, title FROM items WHERE document_id = ? ORDER BY position", arguments: [id]) {
            let itemID: Int64 = item["id"]
            document.items.append(
                IndexedDocument.Item(number: item["number"], title: item["title"], passages: passages[itemID] ?? [], questions: questions[itemID] ?? []))
        }
        return document
    }

    /// Topic ids as stored: separated by spaces (as the ingester writes them), or a JSON array.
    static func topicList(_ stored: String?) -> [String] {
        guard let stored, !stored.isEmpty else { return [] }
        if stored.hasPrefix("["), let array = try? JSONDecoder().decode([String].self, from: Data(stored.utf8)) { return array }
        return stored.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }
}

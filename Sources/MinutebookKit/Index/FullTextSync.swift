import Foundation
import GRDB

/// Keeps the external-content FTS5 tables in step with `passages`, `items` (titles), `heading_rows` (sections) and
/// `questions`, a whole document at a time.
enum FullTextSync {
    /// (FTS5 table, content table, columns)
    static let tables: [(fts: String, content: String, columns: String)] = [
        ("passages_fts", "passages", "text"),
        ("titles_fts", "items", "title"),
        ("headings_fts", "heading_rows", "section"),
        ("questions_fts", "questions", "asker, question, answer"),
    ]

    /// The condition for the rows of `content` that belong to the documents `?1` to `?2`: passages by the run of
    /// ids their headings cover (`passages` has no index on `document_id`, v5), the others by `document_id`.
    static func ofDocuments(_ content: String) -> String {
        content == PassageRecord.databaseTableName ? PassageRecord.ofDocuments(content) : "document_id BETWEEN ?1 AND ?2"
    }

    /// Indexes every passage, heading and question of documents just inserted, one statement per table: FTS5 writes a
    /// segment per statement, so a batch of documents costs one segment, not one per document.
    static func add(documents ids: [Int64], _ db: Database) throws {
        guard let low = ids.min(), let high = ids.max() else { return }
        for table in tables {
            try db.execute(
                sql: """
                    INSERT INTO \(table.fts)(rowid, \(table.columns))
                    SELECT id, \(table.columns) FROM \(table.content) WHERE \(ofDocuments(table.content))
                    """, arguments: [low, high])
        }
    }

    /// Removes a document: first its terms from the FTS5 tables (which need the old values), then its passages (which
    /// have no foreign keys since v5; their topics go with them), then the document, with its other rows (cascades).
    static func remove(document id: Int64, _ db: Database) throws {
        for table in tables {
            try db.cachedStatement(
                sql: """
                    INSERT INTO \(table.fts)(\(table.fts), rowid, \(table.columns))
                    SELECT 'delete', id, \(table.columns) FROM \(table.content) WHERE \(ofDocuments(table.content))
                    """
            ).execute(arguments: [id, id])
        }
        try db.cachedStatement(sql: "DELETE FROM passages WHERE \(PassageRecord.ofDocuments("passages"))").execute(arguments: [id, id])
        try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [id])
    }
}

import Foundation
import GRDB

/// Keeps the external-content FTS5 tables in step with `passages`, `headings` and `questions`, a whole document at a time.
enum FullTextSync {
    /// (FTS5 table, content table, columns)
    static let tables: [(fts: String, content: String, columns: String)] = [
        ("passages_fts", "passages", "text"),
        ("headings_fts", "headings", "title, section"),
        ("questions_fts", "questions", "asker, question, answer"),
    ]

    /// Indexes every passage, heading and question of documents just inserted, one statement per table: FTS5 writes a
    /// segment per statement, so a batch of documents costs one segment, not one per document.
    static func add(documents ids: [Int64], _ db: Database) throws {
        guard let low = ids.min(), let high = ids.max() else { return }
        for table in tables {
            try db.execute(
                sql: """
                    INSERT INTO \(table.fts)(rowid, \(table.columns))
                    SELECT id, \(table.columns) FROM \(table.content) WHERE document_id BETWEEN ? AND ?
                    """, arguments: [low, high])
        }
    }

    /// Removes a document: first its terms from the FTS5 tables (which need the old values), then its rows.
    static func remove(document id: Int64, _ db: Database) throws {
        for table in tables {
            try db.cachedStatement(
                sql: """
                    INSERT INTO \(table.fts)(\(table.fts), rowid, \(table.columns))
                    SELECT 'delete', id, \(table.columns) FROM \(table.content) WHERE document_id = ?
                    """
            ).execute(arguments: [id])
        }
        try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [id])
    }
}

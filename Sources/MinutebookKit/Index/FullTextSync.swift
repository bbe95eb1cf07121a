import Foundation
import GRDB

/// Keeps the external-content FTS5 tables in step with `passages` and `questions`, a whole document at a time.
enum FullTextSync {
    /// (FTS5 table, content table, columns)
    static let tables: [(fts: String, content: String, columns: String)] = [
        ("passages_fts", "passages", "title, section, text"),
        ("questions_fts", "questions", "asker, question, answer"),
    ]

    /// Indexes every passage and question of a document just inserted.
    static func add(document id: Int64, _ db: Database) throws {
        for table in tables {
            try db.cachedStatement(sql: """
                INSERT INTO \(table.fts)(rowid, \(table.columns)) SELECT id, \(table.columns) FROM \(table.content) WHERE document_id = ?
                """).execute(arguments: [id])
        }
    }

    /// Removes a document: first its terms from the FTS5 tables (which need the old values), then its rows.
    static func remove(document id: Int64, _ db: Database) throws {
        for table in tables {
            try db.cachedStatement(sql: """
                INSERT INTO \(table.fts)(\(table.fts), rowid, \(table.columns))
                SELECT 'delete', id, \(table.columns) FROM \(table.content) WHERE document_id = ?
                """).execute(arguments: [id])
        }
        try db.cachedStatement(sql: "DELETE FROM documents WHERE id = ?").execute(arguments: [id])
    }
}

import Foundation
import GRDB

/// The result of checking an index: SQLite's own integrity check, FTS5's for every full-text table,
/// and the counts that should agree.
public struct IntegrityReport: Encodable, Equatable, Sendable {
    public struct Check: Codable, Equatable, Sendable {
        public var name: String
        public var ok: Bool
        public var detail: String
    }
    public var checks: [Check]
    public var documents: Int
    public var passages: Int
    public var questions: Int
    public var ok: Bool { checks.allSatisfy(\.ok) }

    enum CodingKeys: String, CodingKey { case checks, documents, passages, questions, ok }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(checks, forKey: .checks)
        try c.encode(documents, forKey: .documents)
        try c.encode(passages, forKey: .passages)
        try c.encode(questions, forKey: .questions)
        try c.encode(ok, forKey: .ok)
    }
}

extension IndexStore {
    /// Runs `PRAGMA integrity_check`, FTS5 `integrity-check` on each full-text table, and foreign-key checks.
    public func checkIntegrity() throws -> IntegrityReport {
        // FTS5's integrity-check is written as an INSERT, so it runs in a write transaction (it changes nothing).
        try write { db in
            var checks: [IntegrityReport.Check] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            checks.append(.init(name: "sqlite integrity_check", ok: integrity == ["ok"], detail: integrity.prefix(5).joined(separator: "; ")))
            for table in FullTextSync.tables.map(\.fts) {
                do {
                    try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('integrity-check', 1)")
                    checks.append(.init(name: "fts5 integrity-check \(table)", ok: true, detail: "ok"))
                } catch let error as DatabaseError {
                    checks.append(.init(name: "fts5 integrity-check \(table)", ok: false, detail: error.message ?? "\(error.resultCode)"))
                }
            }
            let orphans = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            checks.append(.init(name: "foreign keys", ok: orphans.isEmpty, detail: orphans.isEmpty ? "ok" : "\(orphans.count) rows point at missing rows"))
            return IntegrityReport(
                checks: checks,
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                passages: try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0,
                questions: try Int.fetchOne(db, sql: "SELECT count(*) FROM questions") ?? 0)
        }
    }
}

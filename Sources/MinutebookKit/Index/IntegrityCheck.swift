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

extension IntegrityReport {
    /// The report for an index that could not even be opened: one failed check saying why.
    public static func unopenable(_ reason: String) -> IntegrityReport {
        IntegrityReport(checks: [.init(name: "open", ok: false, detail: reason)], documents: 0, passages: 0, questions: 0)
    }
}

extension IndexStore {
    /// Runs `PRAGMA integrity_check`, FTS5 `integrity-check` on each full-text table, foreign-key checks, and that every
    /// question's and answer's text points inside a passage of its document.
    /// Every check runs even when an earlier one fails, and none writes to the index: FTS5's check is written
    /// as an INSERT, so it runs in a transaction that is rolled back, or — on an index opened read-only — on a
    /// temporary copy. No time limit: on a big index the checks take a while.
    public func checkIntegrity() throws -> IntegrityReport {
        var checks: [IntegrityReport.Check] = []
        func check(_ name: String, _ body: () throws -> (ok: Bool, detail: String)) {
            do {
                let (ok, detail) = try body()
                checks.append(.init(name: name, ok: ok, detail: detail))
            } catch {
                checks.append(.init(name: name, ok: false, detail: Self.describe(error)))
            }
        }
        check("sqlite integrity_check") {
            let integrity = try writer.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            return (integrity == ["ok"], integrity.prefix(5).joined(separator: "; "))
        }
        let ftsResults: [String: Result<Void, Error>]
        var copied = false
        do {
            if access == .readWrite || access == .queryOnly {
                ftsResults = try writer.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA query_only = 0")
                    defer { if access == .queryOnly { try? db.execute(sql: "PRAGMA query_only = 1") } }
                    var results: [String: Result<Void, Error>] = [:]
                    try db.inTransaction {
                        results = Self.fullTextChecks(db)
                        return .rollback
                    }
                    return results
                }
            } else {
                ftsResults = try fullTextChecksOnCopy()
                copied = true
            }
        } catch {
            ftsResults = Dictionary(uniqueKeysWithValues: FullTextSync.tables.map { ($0.fts, .failure(error)) })
        }
        for table in FullTextSync.tables.map(\.fts) {
            check("fts5 integrity-check \(table)") {
                try ftsResults[table]?.get()
                return (true, copied ? "ok (checked on a temporary copy: the index is read-only)" : "ok")
            }
        }
        check("foreign keys") {
            // `passages` has no foreign keys (v5): its rows are checked here, with the runs of ids of their heading, by
            // which a document's passages are found and deleted (`PassageRecord.ofDocuments`), and of their item, by
            // which a matching title lifts them (v6).
            let orphans = try writer.read { db in
                try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
                    + (try Int.fetchOne(
                        db,
                        sql: """
                            SELECT count(*) FROM passages p LEFT JOIN heading_rows h ON h.id = p.heading_id
                            WHERE h.id IS NULL OR h.first_passage_id IS NULL OR h.last_passage_id IS NULL OR h.document_id IS NOT p.document_id OR h.item_id IS NOT p.item_id
                                OR NOT (p.id BETWEEN h.first_passage_id AND h.last_passage_id)
                                OR NOT EXISTS (SELECT 1 FROM documents WHERE id = p.document_id)
                                OR NOT EXISTS (SELECT 1 FROM items i WHERE i.id = p.item_id AND p.id BETWEEN i.first_passage_id AND i.last_passage_id)
                            """) ?? 0)
            }
            return (orphans == 0, orphans == 0 ? "ok" : "\(orphans) rows point at missing rows")
        }
        check("question text") {
            // A question's or answer's text is a span of a passage (`QuestionSpan`): of its own document, inside the passage's text.
            let broken = try writer.read { db in
                try ["question", "answer"].reduce(0) { count, part in
                    count
                        + (try Int.fetchOne(
                            db,
                            sql: """
                                SELECT count(*) FROM question_rows q LEFT JOIN passages p ON p.id = q.\(part)_passage_id
                                WHERE q.\(part)_passage_id IS NOT NULL AND (p.id IS NULL OR p.document_id IS NOT q.document_id OR q.\(part)_start < 1
                                    OR q.\(part)_length < 1 OR q.\(part)_start + q.\(part)_length - 1 > length(CAST(p.text AS BLOB)))
                                """) ?? 0)
                }
            }
            return (broken == 0, broken == 0 ? "ok" : "\(broken) question or answer texts point outside their passages")
        }
        var counts = (documents: 0, passages: 0, questions: 0)
        check("counts") {
            counts = try writer.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM questions") ?? 0
                )
            }
            return (true, "ok")
        }
        return IntegrityReport(checks: checks, documents: counts.documents, passages: counts.passages, questions: counts.questions)
    }

    private static func fullTextChecks(_ db: Database) -> [String: Result<Void, Error>] {
        var results: [String: Result<Void, Error>] = [:]
        for table in FullTextSync.tables.map(\.fts) {
            results[table] = Result { try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES('integrity-check', 1)") }
        }
        return results
    }

    /// FTS5's checks on a copy of the index in the temporary folder, for an index that may not be written.
    private func fullTextChecksOnCopy() throws -> [String: Result<Void, Error>] {
        let copyPath = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-check-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: copyPath + suffix) } }
        let copy = try DatabaseQueue(path: copyPath)
        defer { try? copy.close() }
        try writer.backup(to: copy)
        return try copy.writeWithoutTransaction { db in
            var results: [String: Result<Void, Error>] = [:]
            try db.inTransaction {
                results = Self.fullTextChecks(db)
                return .rollback
            }
            return results
        }
    }
}

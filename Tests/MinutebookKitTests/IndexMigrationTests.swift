import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// An index on a user's disk, made by an older minutebook, is upgraded when it is opened — or refused with a
/// message saying what to do — and never misread. The old index is built from SQL written out in
/// `Fixtures/schemas/v1-index.sql` (the first schema as shipped, with a document in it), not by today's migrator,
/// so these tests fail if a change of schema stops upgrading what is already out there.
@Suite("Index migrations")
struct IndexMigrationTests {
    static let v1SQL = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/schemas/v1-index.sql")
    /// The schema before v4 (`v3-headings`): questions with their own copy of their text.
    static let v3SQL = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/schemas/v3-index.sql")
    /// The schema before v5 (`v4-question-spans`): passages with their kind's name and every speaker again, headings
    /// with their item's title.
    static let v4SQL = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/schemas/v4-index.sql")
    static let v5SQL = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/schemas/v5-index.sql")

    /// A first-schema index with one document, in `folder`: its path.
    func firstSchemaIndex(in folder: TemporaryFolder, sql: String? = nil) throws -> String {
        let path = folder.appending("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        let script = try sql ?? String(contentsOf: Self.v1SQL, encoding: .utf8)
        try queue.write { db in try db.execute(sql: script) }
        try queue.close()
        return path
    }

    func appliedMigrations(_ path: String) throws -> Set<String> {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
    }

    @Test("the fixture is the first schema: only v1 applied, without the columns later migrations add")
    func fixtureIsOld() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder)
        #expect(try appliedMigrations(path) == ["v1"])
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        let (complete, documentColumns, passageColumns) = try queue.read { db in
            (try IndexSchema.migrator.hasCompletedMigrations(db), try db.columns(in: "documents").map(\.name), try db.columns(in: "passages").map(\.name))
        }
        #expect(!complete)
        #expect(!documentColumns.contains("format") && !passageColumns.contains("page"))
    }

    @Test("opened for an ingest, a first-schema index is migrated to the current schema; what it held is kept and found")
    func migratedOnOpen() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder)
        let store = try IndexStore.open(at: path, create: false)
        #expect(try appliedMigrations(path) == Set(IndexSchema.migrator.migrations))
        let (complete, row, pageColumns, passages) = try store.read { db in
            (
                try IndexSchema.migrator.hasCompletedMigrations(db),
                try Row.fetchOne(db, sql: "SELECT path, meeting_date, format, source_url, fingerprint FROM documents"),
                try ["passages", "questions"].map { table in try db.columns(in: table).contains { $0.name == "page" } },
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages")
            )
        }
        #expect(complete)
        let document = try #require(row)
        #expect(document["path"] as String? == "archive/2019-03-01.txt" && document["meeting_date"] as String? == "2019-03-01")
        #expect(document["format"] as String? == "text", "an old document was read from text")
        #expect((document["source_url"] as String?) == nil && (document["fingerprint"] as String?) == nil)
        #expect(pageColumns == [true, true])
        #expect(passages == 2)
        // What the old index held is searched as before: a passage, a question, a topic.
        let hits = try Searcher(store: store).search("cuckooing", options: SearchOptions(expand: false)).hits
        #expect(
            hits.map(\.text) == ["Cllr Hayes asked what was being done about cuckooing in Wexcombe. The PCC reported that the force had closed eleven lines."])
        #expect(hits.first?.source.meetingDate == "2019-03-01")
        let questions = try QuestionSearcher(store: store).search("Wexcombe").hits
        #expect(questions.count == 1)
        // Read as the JSON users get (whatever Swift type holds the role and status).
        let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(questions)) as? [[String: Any]]
        #expect(json?.first?["respondent_role"] as? String == "pcc" && json?.first?["status"] as? String == "answered", "\(json ?? [])")
        #expect(json?.first?["asker"] as? String == "Cllr Hayes")
        #expect(
            try IndexStore.open(at: path, create: false).read { db in try IndexSchema.migrator.hasCompletedMigrations(db) }, "a second open has nothing to do")
        #expect(try store.checkIntegrity().ok)
    }

    @Test("a migrated index takes new documents beside the old ones")
    func ingestAfterMigration() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder)
        let report = try IndexMaintenance.update(at: path) { store in
            try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([try TestSupport.corpusFile("001_").path])
        }
        #expect(report.indexed == 1 && report.failed.isEmpty)
        #expect(report.missing == ["archive/2019-03-01.txt"], "the old document's file is gone; it is kept and listed")
        let store = try IndexStore.openForReading(at: path)
        #expect(try store.checkIntegrity().documents == 2)
        #expect(!(try Searcher(store: store).search("cuckooing", options: SearchOptions(expand: false)).hits.isEmpty))
    }

    @Test("a query on a first-schema index upgrades it when the file may be written, then answers")
    func queryUpgrades() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder)
        let store = try IndexStore.openForReading(at: path)
        #expect(store.access == .queryOnly)
        #expect(try appliedMigrations(path) == Set(IndexSchema.migrator.migrations))
        #expect(try Searcher(store: store).search("Wexcombe").hits.count == 1)
    }

    @Test("an index from before v4 keeps its questions: their text becomes spans of the passages that hold it, read and searched as before")
    func questionsBecomeSpans() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder, sql: try String(contentsOf: Self.v3SQL, encoding: .utf8))
        #expect(try appliedMigrations(path) == ["v1", "v2-formats", "v3-headings"])
        let store = try IndexStore.open(at: path, create: false)
        #expect(store.upgraded)
        #expect(try appliedMigrations(path) == Set(IndexSchema.migrator.migrations))
        let (kind, rows, texts, topics) = try store.read { db in
            (
                try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'questions'"),
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT question_passage_id, question_start, question_length, question_text, answer_passage_id, answer_start, answer_text
                        FROM question_rows ORDER BY id
                        """),
                try Row.fetchAll(db, sql: "SELECT question, answer FROM questions ORDER BY id").map { [$0["question"] as String, $0["answer"] as String] },
                try String.fetchAll(db, sql: "SELECT t.topic FROM question_topics t JOIN questions q ON q.id = t.question_id")
            )
        }
        #expect(kind == "view")
        #expect(
            texts == [
                ["How many drones had been bought for rural patrols?", "Four drones had been bought, one for each rural area."],
                ["whether the Wexcombe station would reopen", "A written answer on the Wexcombe station would follow."],
            ])
        // The first question and its answer are in passage 1, after "£" (two bytes); the second's answer is in none.
        #expect(rows.count == 2)
        #expect(rows[0]["question_passage_id"] as Int64? == 1 && rows[0]["question_text"] as String? == nil)
        #expect(rows[0]["question_start"] as Int? == "Cllr Okafor asked about the £2m fund: ".utf8.count + 1)
        #expect(rows[0]["question_length"] as Int? == "How many drones had been bought for rural patrols?".utf8.count)
        #expect(rows[0]["answer_passage_id"] as Int64? == 1)
        #expect(rows[1]["question_passage_id"] as Int64? == 2 && rows[1]["answer_passage_id"] as Int64? == nil)
        #expect(rows[1]["answer_text"] as String? == "A written answer on the Wexcombe station would follow.")
        #expect(topics == ["rural-crime"], "the questions' topic tags are kept")
        let questions = QuestionSearcher(store: store)
        #expect(try questions.search("drones").hits.map(\.question) == ["How many drones had been bought for rural patrols?"])
        #expect(try questions.search("\"written answer\"").hits.map(\.asker) == ["Cllr Patel"])
        #expect(try store.checkIntegrity().ok)

        // The migrated document is replaced whole by a new version: no question row or tag of the old one stays.
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        try IndexWriter(store: store).write([try ReadyDocument(text: IndexWriterTests.minutes, path: "archive/2023-06-14.txt", preparer: preparer)])
        #expect(try questions.search("drones").hits.isEmpty)
        #expect(try questions.search("coursing").hits.count == 1)
        #expect(
            try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM question_topics WHERE question_id NOT IN (SELECT id FROM question_rows)") }
                == 0)
        #expect(try store.checkIntegrity().ok)
    }

    @Test("an index from before v5 is slimmed in place: kinds as codes, speakers once, headings without the item's title; read and searched as before")
    func passagesSlimmed() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder, sql: try String(contentsOf: Self.v4SQL, encoding: .utf8))
        #expect(try appliedMigrations(path) == ["v1", "v2-formats", "v3-headings", "v4-question-spans"])
        let store = try IndexStore.open(at: path, create: false)
        #expect(store.upgraded)
        #expect(try appliedMigrations(path) == Set(IndexSchema.migrator.migrations))
        let (stored, headingType, headingColumns, indexes) = try store.read { db in
            (
                try Row.fetchAll(db, sql: "SELECT kind, speakers FROM passages ORDER BY id"),
                try String.fetchOne(db, sql: "SELECT type FROM sqlite_master WHERE name = 'headings'"),
                try db.columns(in: "heading_rows").map(\.name),
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'passages'")
            )
        }
        #expect(stored.map { $0["kind"] as Int } == [3, 0, 0])
        #expect(
            stored.map { $0["speakers"] as String? } == ["\nmember\tCllr Okafor\npcc\tThe PCC", nil, nil],
            "only a list that says more than the first speaker is kept")
        #expect(headingType == "view" && !headingColumns.contains("title"))
        #expect(indexes == ["passages_heading"])
        let records = try store.read { db in try PassageRecord.order(PassageRecord.Columns.id).fetchAll(db) }
        #expect(records.map(\.kind) == [.question, .paragraph, .paragraph])
        #expect(records.map(\.speakers) == ["\nmember\tCllr Okafor\npcc\tThe PCC", "\nmember\tCllr Patel", ""])
        let searcher = Searcher(store: store)
        let hits = try searcher.search("drones", options: SearchOptions(expand: false)).hits
        #expect(hits.map(\.id) == [1])
        #expect(hits.first?.speakers.map(\.name) == ["Cllr Okafor", "The PCC"])
        #expect(try searcher.search("Wexcombe", options: SearchOptions(filters: Filters(speaker: "Patel"), expand: false)).hits.map(\.id) == [2])
        #expect(try searcher.search("Wexcombe", options: SearchOptions(filters: Filters(speaker: "pcc"), expand: false)).hits.isEmpty)
        #expect(try searcher.search("drones", options: SearchOptions(filters: Filters(speaker: "pcc"), expand: false)).hits.map(\.id) == [1])
        #expect(try searcher.search("panel", options: SearchOptions(expand: false)).hits.first?.passageKind == .paragraph)
        #expect(
            try searcher.search("public", options: SearchOptions(expand: false)).hits.map(\.id).sorted() == [1, 2, 3],
            "the item's title is found through its heading")
        #expect(try QuestionSearcher(store: store).search("drones").hits.count == 1)
        #expect(try store.checkIntegrity().ok)

        // Replaced whole by a new version: none of the old passages stays (they are found by their headings' runs of ids).
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        try IndexWriter(store: store).write([try ReadyDocument(text: IndexWriterTests.minutes, path: "archive/2023-06-14.txt", preparer: preparer)])
        #expect(try searcher.search("drones", options: SearchOptions(expand: false)).hits.isEmpty)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE text LIKE '%drones%' OR text LIKE '%Wexcombe%'") } == 0)
        #expect(try store.checkIntegrity().ok)
    }

    @Test("an index from before v6 gets each title indexed once, its items' runs and a section-only headings table; found and ranked as before")
    func titlesOnce() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder, sql: try String(contentsOf: Self.v5SQL, encoding: .utf8))
        #expect(try appliedMigrations(path) == ["v1", "v2-formats", "v3-headings", "v4-question-spans", "v5-slim"])
        let store = try IndexStore.open(at: path, create: false)
        #expect(store.upgraded)
        #expect(try appliedMigrations(path) == Set(IndexSchema.migrator.migrations))
        let (titles, runs, sections, sectionColumns) = try store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM titles_fts WHERE titles_fts MATCH 'rural OR budget'"),
                try Row.fetchAll(db, sql: "SELECT first_passage_id, last_passage_id FROM items ORDER BY id").map { [$0[0] as Int64, $0[1] as Int64] },
                try Int.fetchOne(db, sql: "SELECT count(*) FROM headings_fts WHERE headings_fts MATCH 'rural'"),
                try db.columns(in: "headings_fts").map(\.name)
            )
        }
        #expect(titles == 2 && runs == [[1, 3], [4, 4]])
        #expect(sections == 0 && sectionColumns == ["section"], "the title is no longer in the headings' table")
        let searcher = Searcher(store: store)
        #expect(try searcher.search("rural", options: SearchOptions(expand: false)).hits.map(\.id).sorted() == [1, 2, 3])
        #expect(try searcher.search("farm", options: SearchOptions(expand: false)).hits.map(\.id).sorted() == [2, 3])
        // Both the title and the section say something of "rural thefts": the passages under both come first.
        #expect(try searcher.search("rural thefts", options: SearchOptions(expand: false)).hits.prefix(2).map(\.id).sorted() == [2, 3])
        #expect(try searcher.search("precept budget", options: SearchOptions(expand: false)).hits.map(\.id) == [4])
        #expect(try store.checkIntegrity().ok)
        #expect(try store.checkIntegrity().checks.contains { $0.name == "fts5 integrity-check titles_fts" && $0.ok })
    }

    @Test("a first-schema file missing its migration record is not taken for an index, and is left alone")
    func unrecordedSchemaIsRefused() throws {
        let folder = try TemporaryFolder()
        var sql = try String(contentsOf: Self.v1SQL, encoding: .utf8)
        sql = sql.replacingOccurrences(of: "INSERT INTO grdb_migrations VALUES ('v1');", with: "")
        let path = try firstSchemaIndex(in: folder, sql: sql)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: IndexError.notAnIndex(path: path)) { try IndexStore.open(at: path, create: false) }
        #expect(throws: IndexError.notAnIndex(path: path)) { try IndexStore.openForReading(at: path) }
        #expect(IndexError.notAnIndex(path: path).localizedDescription.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("an index from a newer minutebook is refused with what to do, and left alone")
    func newerIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try firstSchemaIndex(in: folder)
        _ = try IndexStore.open(at: path, create: false)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')") }
        try queue.close()
        #expect(throws: IndexError.newerSchema(path: path)) { try IndexStore.open(at: path, create: false) }
        #expect(throws: IndexError.newerSchema(path: path)) { try IndexStore.openForReading(at: path) }
        let message = IndexError.newerSchema(path: path).localizedDescription
        #expect(message.contains(path) && message.contains("--rebuild"), "\(message)")
    }
}

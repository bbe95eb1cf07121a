import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

@Suite("Ingester")
struct IngesterTests {
    @Test("unchanged files are skipped, changed files replaced, bad files reported without losing the rest")
    func incrementalAndBadInput() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.copyItem(at: TestSupport.corpus, to: docs)
        let (store, first) = try TestSupport.index([docs], in: folder)
        #expect(first.indexed == 5 && first.failed.isEmpty)
        let ingester = Ingester(store: store, taxonomy: try TestSupport.taxonomy())

        let again = try ingester.ingest([docs.path])
        #expect(again.indexed == 0 && again.unchanged == 5)

        // A document turns into garbage: the failure is reported and the old version stays searchable.
        let file = docs.appendingPathComponent(try TestSupport.corpusFile("001").lastPathComponent)
        try Data([0, 1, 2, 3, 0]).write(to: file)
        try Data().write(to: docs.appendingPathComponent("empty.txt"))
        let broken = try ingester.ingest([docs.path])
        #expect(broken.failed.map(\.error).sorted() == [DocumentError.binary.localizedDescription, DocumentError.empty.localizedDescription].sorted())
        #expect(broken.unchanged == 4)
        #expect(try Searcher(store: store).search("revenge porn").hits.count == 1)

        // A changed document replaces its old passages.
        try Data(
            "Meeting documents\n\n  • Meeting of Thames Valley Police and Crime Panel, Friday, 2nd February, 2018 11.00 am (Item 150.)\n\nTitle\n\nMinutes:\n\nThe PCC reported that zygomorphic drones were in use.\n"
                .utf8
        ).write(to: file)
        let changed = try ingester.ingest([docs.path])
        #expect(changed.indexed == 1)
        #expect(try Searcher(store: store).search("revenge porn").hits.isEmpty)
        #expect(try Searcher(store: store).search("zygomorphic").hits.count == 1)

        // A removed file stays until --prune.
        try FileManager.default.removeItem(at: file)
        let kept = try ingester.ingest([docs.path])
        #expect(kept.missing.count == 1 && kept.removed == 0)
        let pruned = try ingester.ingest([docs.path], prune: true)
        #expect(pruned.removed == 1)
        #expect(try Searcher(store: store).search("zygomorphic").hits.isEmpty)
        #expect(try store.checkIntegrity().ok)
    }

    /// Files are parsed several at a time while the previous batch is written: what is stored and reported must be
    /// what a one-file-at-a-time ingest gives.
    @Test("a new index is made with 8 KB pages; an existing one keeps its page size")
    func pageSize() throws {
        let folder = try TemporaryFolder()
        let path = folder.appending("new.sqlite").path
        let store = try IndexStore.open(at: path, create: true)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == IndexStore.pageSize)
        try store.close()
        let older = folder.appending("older.sqlite").path
        let queue = try DatabaseQueue(path: older)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA page_size = 4096") }
        try IndexSchema.migrator.migrate(queue)
        try queue.close()
        let reopened = try IndexStore.open(at: older, create: false)
        #expect(try reopened.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
        #expect(try reopened.checkIntegrity().ok)
    }

    @Test("files read in parallel are all stored once, and failures are reported in walk order")
    func parallelReadingKeepsEveryFileAndTheOrder() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let sources = try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let copies = Ingester.readAhead * 2 + 3  // more than one read-ahead chunk, ending part-way through one
        var bad: [String] = []
        for n in 0..<copies {
            let name = String(format: "doc-%03d.txt", n)
            if n % 7 == 3 {
                try Data().write(to: docs.appendingPathComponent(name))
                bad.append(name)
            } else {
                var text = try String(contentsOf: sources[n % sources.count], encoding: .utf8)
                text += "\n\nThe PCC reported that marker\(n)x was noted.\n"  // every copy differs, so none is a duplicate
                try text.write(to: docs.appendingPathComponent(name), atomically: false, encoding: .utf8)
            }
        }
        var events: [String] = []
        let (store, _) = try TestSupport.index([], in: folder)
        let report = try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([docs.path]) { event in
            switch event {
            case .indexed(let path, _, _): events.append("indexed " + URL(fileURLWithPath: path).lastPathComponent)
            case .failed(let path, _): events.append("failed " + URL(fileURLWithPath: path).lastPathComponent)
            default: break
            }
        }
        #expect(report.indexed == copies - bad.count)
        #expect(report.failed.map { URL(fileURLWithPath: $0.path).lastPathComponent } == bad)
        #expect(events.filter { $0.hasPrefix("failed") } == bad.map { "failed " + $0 })
        let indexed = events.filter { $0.hasPrefix("indexed") }
        #expect(indexed.count == copies - bad.count && Set(indexed).count == indexed.count)
        let stored = try store.read { db in try String.fetchAll(db, sql: "SELECT file_name FROM documents ORDER BY file_name") }
        #expect(stored == (0..<copies).filter { $0 % 7 != 3 }.map { String(format: "doc-%03d.txt", $0) })
        for n in [0, copies / 2, copies - 1] where n % 7 != 3 {
            #expect(try Searcher(store: store).search("marker\(n)x").hits.map(\.source.document) == [String(format: "doc-%03d.txt", n)])
        }
        #expect(try store.checkIntegrity().ok)
    }

    @Test("documents read by an older minutebook's rules are read again on the next ingest of all of them, then skipped again")
    func readingRulesChanged() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        let other = folder.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for (index, file) in try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil)
            .filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }).enumerated()
        {
            try FileManager.default.copyItem(at: file, to: (index < 2 ? other : docs).appendingPathComponent(file.lastPathComponent))
        }
        let (store, first) = try TestSupport.index([docs, other], in: folder)
        #expect(first.indexed == 5)
        let ingester = Ingester(store: store, taxonomy: try TestSupport.taxonomy())
        func rules() throws -> String? { try store.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'reading'") } }
        #expect(try rules() == Ingester.readingRules)
        #expect(try !ingester.readByOlderRules())

        // As an index built before the rules were recorded (or by older ones) is.
        try store.write { db in try db.execute(sql: "DELETE FROM meta WHERE key = 'reading'") }
        var events: [String] = []
        let part = try ingester.ingest([docs.path]) { if case .rereading = $0 { events.append("rereading") } }
        #expect(events == ["rereading"] && part.indexed == 3 && part.unchanged == 0)
        #expect(try rules() == nil, "the other folder's documents have not been read again yet")
        let all = try ingester.ingest([docs.path, other.path])
        #expect(all.indexed == 5 && all.unchanged == 0)
        #expect(try rules() == Ingester.readingRules)
        let again = try ingester.ingest([docs.path, other.path])
        #expect(again.indexed == 0 && again.unchanged == 5)
        #expect(try store.checkIntegrity().ok)
    }

    @Test("a changed taxonomy re-tags the index on the next ingest")
    func retagging() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (store, _) = try TestSupport.index(in: folder)
        func count(_ id: String) throws -> Int { try store.topicCounts().first { $0.id == id }?.passages ?? -1 }
        func questionTopics() throws -> [String] {
            try store.read { db in try String.fetchAll(db, sql: "SELECT topics FROM questions WHERE question LIKE '%revenge porn%'") }
        }
        let before = try count("child-sexual-exploitation")
        #expect(try questionTopics() == [""])
        var taxonomy = try TestSupport.taxonomy()
        let index = try #require(taxonomy.topics.firstIndex { $0.id == "child-sexual-exploitation" })
        taxonomy.topics[index].terms.append("revenge porn")
        let report = try Ingester(store: store, taxonomy: taxonomy).ingest([try SharedCorpusIndex.get().corpus.path])
        #expect(report.unchanged == 5)
        #expect(report.retagged > 0)
        #expect(try count("child-sexual-exploitation") == before + 1)
        // The question about it is re-tagged too: its row (read through the view `questions`) and its tag.
        #expect(try questionTopics() == ["child-sexual-exploitation"])
        let tagged = try store.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM question_topics t JOIN questions q ON q.id = t.question_id
                    WHERE t.topic = 'child-sexual-exploitation' AND q.question LIKE '%revenge porn%'
                    """)
        }
        #expect(tagged == 1)
    }

    @Test("a sidecar supplies what the text does not say")
    func sidecar() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try TestSupport.corpusFile("000")
        let copy = folder.appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: copy)
        try Data(#"{"meeting_date": "2020-11-20", "body": "Thames Valley Police and Crime Panel"}"#.utf8).write(to: Sidecar.url(for: copy))
        let (store, report) = try TestSupport.index([folder], in: folder)
        #expect(report.indexed == 1 && report.failed.isEmpty)
        let hit = try #require(Searcher(store: store).search("drones").hits.first)
        #expect(hit.source.meetingDate == "2020-11-20")
        #expect(hit.source.body == "Thames Valley Police and Crime Panel")

        try Data(#"{"meeting_date": "20 Nov 2020"}"#.utf8).write(to: Sidecar.url(for: copy))
        let bad = try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([folder.path])
        #expect(bad.failed.count == 1 && bad.failed[0].error.contains("YYYY-MM-DD"))
        #expect(try Searcher(store: store).search("drones").hits.first?.source.meetingDate == "2020-11-20")
    }

    @Test("a file that is not an index is refused, not overwritten")
    func notAnIndex() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.sqlite").path
        try Data("this is not sqlite at all".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: IndexError.notAnIndex(path: path)) { try IndexStore.open(at: path, create: true) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "this is not sqlite at all")
        #expect(throws: IndexError.missing(path: path + ".nope")) { try IndexStore.open(at: path + ".nope", create: false) }
    }

    @Test("passages are never whole pages: long paragraphs split at sentences")
    func passageSizes() throws {
        let long = (1...40).map { "The PCC reported that measure \($0) had improved in the quarter." }.joined(separator: " ")
        let document = try TestSupport.parseText("Agenda item\n\nLong item\n\nMinutes:\n\n\(long)\n")
        let passages = PassageBuilder.passages(from: document.items[0])
        #expect(passages.count > 1)
        #expect(passages.allSatisfy { $0.text.count <= PassageBuilder.longPassage && $0.text.hasSuffix(".") })
        #expect(passages.map(\.text).joined(separator: " ") == long)
        #expect(passages.allSatisfy { $0.speaker?.role == .pcc })
    }

    @Test("a numbered question and its bracketed answer make one passage")
    func questionPassage() throws {
        let document = try TestSupport.parse(try TestSupport.corpusFile("000"))
        let passages = PassageBuilder.passages(from: document.items[0])
        let questions = passages.filter { $0.kind == .question }
        #expect(questions.count == 4)
        #expect(questions[0].text.hasPrefix("What was the reason for hate crime figures going up"))
        #expect(questions[0].text.contains("[The PCC reported that people were less frightened"))
        #expect(questions[3].speaker?.name == "Chief Constable")
    }
}

@Suite("Index schema")
struct IndexSchemaTests {
    @Test("an index from a newer minutebook is refused, not misread")
    func newerSchema() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.sqlite").path
        _ = try IndexStore.open(at: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        #expect(throws: IndexError.newerSchema(path: path)) { try IndexStore.open(at: path, create: false) }
    }

    @Test("a SQLite file that is not an index is refused and left alone")
    func foreignDatabase() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoices VALUES (1, 9.5)") }
        try queue.close()
        #expect(throws: IndexError.notAnIndex(path: path)) { try IndexStore.open(at: path, create: true) }
        let check = try DatabaseQueue(path: path)
        #expect(try check.read { db in try Double.fetchOne(db, sql: "SELECT amount FROM invoices") } == 9.5)
        #expect(try check.read { db in try db.tableExists("passages") } == false)
    }

    // An index with an older schema being upgraded: IndexMigrationTests, on an index built from the first schema's SQL.
}

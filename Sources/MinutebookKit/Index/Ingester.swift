import Foundation
import GRDB

/// What one ingest did.
public struct IngestReport: Codable, Equatable, Sendable {
    public struct Failure: Codable, Equatable, Sendable {
        public var path: String
        public var error: String
    }
    public var indexed: Int = 0
    public var unchanged: Int = 0
    public var removed: Int = 0
    public var failed: [Failure] = []
    /// Indexed documents whose files are gone but were kept (no `--prune`).
    public var missing: [String] = []
    public var passages: Int = 0
    public var questions: Int = 0
    /// Passages and questions re-tagged because the taxonomy changed.
    public var retagged: Int = 0
    public var bytes: Int = 0
    /// Files indexed with something repaired (stray bytes replaced), one line each.
    public var warnings: [Failure] = []
    /// Files not indexed because they hold a document already indexed from another file (or format).
    public var duplicates: [Duplicate] = []
    public struct Duplicate: Codable, Equatable, Sendable {
        public var path: String
        /// The file the document was indexed from.
        public var sameAs: String
        enum CodingKeys: String, CodingKey { case path, sameAs = "same_as" }
    }

    enum CodingKeys: String, CodingKey {
        case indexed, unchanged, removed, failed, missing, passages, questions, retagged, warnings, duplicates
    }
}

/// Something the ingester reports as it goes, for a progress display.
public enum IngestEvent: Sendable {
    case indexed(path: String, passages: Int, questions: Int)
    case unchanged(path: String)
    case failed(path: String, error: String)
    case removed(path: String)
    case retagged(count: Int)
    /// A file that is indexed, with something repaired: "line 12: a byte that is not UTF-8 was replaced…".
    case warning(path: String, message: String)
    /// `path` holds the same document as `of`, which is indexed; `path` is not.
    case duplicate(path: String, of: String)
    /// Sent once, before any file is read: how many files will be read and their size in bytes.
    case listed(files: Int, bytes: Int)
}

/// Reads documents, parses them into passages and questions, tags topics and stores each document
/// in one transaction. Unchanged files (same content hash) are skipped; changed files replaced.
public struct Ingester: Sendable {
    public let store: IndexStore
    let preparer: DocumentPreparer
    var tagger: TopicTagger { preparer.tagger }

    public init(store: IndexStore, taxonomy: Taxonomy) {
        self.store = store
        self.preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: taxonomy))
    }

    /// Ingests every document under `paths`.
    /// - Parameters:
    ///   - prune: remove indexed documents whose files no longer exist.
    ///   - force: re-read files even when unchanged.
    public func ingest(_ paths: [String], prune: Bool = false, force: Bool = false, onEvent: (IngestEvent) -> Void = { _ in }) throws -> IngestReport {
        var report = IngestReport()
        let retagged = try syncTaxonomy()
        if retagged > 0 { report.retagged = retagged; onEvent(.retagged(count: retagged)) }

        var listing = CorpusWalker.list(paths)
        // The index's own files are never documents, even when it lives inside the folder being read.
        let own = Set(store.ownFiles.map { Self.identity(URL(fileURLWithPath: $0)) })
        listing.files.removeAll { own.contains(Self.identity($0)) }
        for failure in listing.failures {
            report.failed.append(.init(path: failure.path, error: failure.error.localizedDescription))
            onEvent(.failed(path: failure.path, error: failure.error.localizedDescription))
        }
        let stored = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT path, content_hash, fingerprint FROM documents")
                .map { (path: $0["path"] as String, hash: $0["content_hash"] as String, fingerprint: $0["fingerprint"] as String?) }
        }
        let known = Dictionary(stored.map { ($0.path, $0.hash) }, uniquingKeysWith: { a, _ in a })
        var duplicates = DuplicateFinder(stored)
        // Files are read and parsed several at a time, on every core, while the previous batch is being written:
        // SQLite has one writer, but parsing is most of the work and each file's is independent.
        var batch = Batch()
        let writer = BatchWriter()
        func reportWritten() throws {
            guard let written = try writer.finish() else { return }
            for document in written {
                report.indexed += 1
                report.passages += document.passageCount
                report.questions += document.questionCount
                report.bytes += document.size
                onEvent(.indexed(path: document.display, passages: document.passageCount, questions: document.questionCount))
            }
        }
        func flush() throws {
            try reportWritten()
            guard !batch.documents.isEmpty else { return }
            writer.start(batch.documents) { try write($0) }
            batch = Batch()
        }
        do {
            let chunks = Self.chunks(of: listing.files, size: Self.readAhead)
            onEvent(.listed(files: listing.files.count, bytes: chunks.reduce(0) { $0 + $1.bytes }))
            for (chunk, bytes) in chunks {
                // A big file waits for the write in progress, so two big documents are never in memory at once.
                if bytes > Self.readAheadBytes { try reportWritten() }
                let results = readConcurrently(chunk) { url in force ? nil : known[Self.identity(url)] }
                for (url, result) in zip(chunk, results) {
                    let display = CorpusWalker.display(url)
                    do {
                        guard let document = try result.get() else {
                            report.unchanged += 1
                            onEvent(.unchanged(path: display))
                            continue
                        }
                        if let first = duplicates.first(of: document) {
                            report.duplicates.append(.init(path: display, sameAs: first))
                            onEvent(.duplicate(path: display, of: first))
                            continue
                        }
                        for warning in document.warnings {
                            report.warnings.append(.init(path: display, error: warning))
                            onEvent(.warning(path: display, message: warning))
                        }
                        batch.add(document)
                        if batch.isFull { try flush() }
                    } catch let error as IndexError {
                        throw error
                    } catch {
                        report.failed.append(.init(path: display, error: error.localizedDescription))
                        onEvent(.failed(path: display, error: error.localizedDescription))
                    }
                }
            }
            try flush()
            try reportWritten()
            try removeStale(duplicates.staleIdentities)
        } catch {
            _ = try? writer.finish()   // never leave a write running behind a thrown error
            // Batches already committed stay: say so, rather than "nothing was changed".
            if report.indexed > 0 { throw IngestStopped(report: report, reason: error.localizedDescription) }
            throw error
        }

        let gone = known.keys.filter { !FileManager.default.fileExists(atPath: $0) }.sorted()
        if prune {
            for path in gone {
                try store.write { db in
                    if let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [path]) {
                        try FullTextSync.remove(document: id, db)
                    }
                }
                report.removed += 1
                onEvent(.removed(path: CorpusWalker.display(URL(fileURLWithPath: path))))
            }
        } else {
            report.missing = gone.map { CorpusWalker.display(URL(fileURLWithPath: $0)) }
        }
        return report
    }

    /// The key a file is known by in the index: its absolute path, symlinks resolved.
    static func identity(_ url: URL) -> String {
        url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Files read and parsed at once: enough to keep every core busy, few enough to hold in memory.
    static let readAhead = max(8, ProcessInfo.processInfo.activeProcessorCount * 8)
    /// A chunk also ends once its files add up to this many bytes, so big files are not parsed side by side
    /// (a parsed document takes several times its size in memory); a file over it is a chunk of its own.
    static let readAheadBytes = 8 * 1_048_576

    /// `files` in order, cut into runs of at most `size` files and about `readAheadBytes` bytes, with their sizes.
    static func chunks(of files: [URL], size: Int) -> [(files: ArraySlice<URL>, bytes: Int)] {
        var chunks: [(files: ArraySlice<URL>, bytes: Int)] = []
        var start = files.startIndex
        var bytes = 0
        for index in files.indices {
            let fileBytes = (try? files[index].resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            if index > start && (index - start >= size || bytes + fileBytes > readAheadBytes) {
                chunks.append((files[start..<index], bytes))
                start = index
                bytes = 0
            }
            bytes += fileBytes
        }
        if start < files.endIndex { chunks.append((files[start...], bytes)) }
        return chunks
    }

    /// `read` for every file of `chunk`, in parallel; the results in the order of `chunk`.
    private func readConcurrently(_ chunk: ArraySlice<URL>, knownHash: (URL) -> String?) -> [Result<ReadyDocument?, Error>] {
        let urls = Array(chunk)
        let hashes = urls.map(knownHash)
        let results = Slots<Result<ReadyDocument?, Error>>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            let url = urls[index]
            results.set(index, Result { try read(url, display: CorpusWalker.display(url), knownHash: hashes[index]) })
        }
        return results.values()
    }

    /// One slot per concurrent iteration, each written by its own iteration only, read when all have finished.
    private final class Slots<Value>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.baseAddress?.deinitialize(count: storage.count)
            storage.deallocate()
        }

        func set(_ index: Int, _ value: Value) { storage[index] = value }

        func values() -> [Value] { storage.map { $0! } }
    }

    /// Writes one batch at a time on its own thread, so the next files are parsed meanwhile.
    final class BatchWriter: @unchecked Sendable {
        private let queue = DispatchQueue(label: "minutebook.ingest.writer")
        private let group = DispatchGroup()
        // Set by the write on `queue`, read after `group.wait()`: the group orders the two.
        private var running: [ReadyDocument]?
        private var failure: Error?

        func start(_ documents: [ReadyDocument], write: @escaping @Sendable ([ReadyDocument]) throws -> Void) {
            running = documents
            failure = nil
            queue.async(group: group) { [self] in
                do { try write(documents) } catch { failure = error }
            }
        }

        /// Waits for the write in progress; returns its documents once written, nil when none was running.
        func finish() throws -> [ReadyDocument]? {
            group.wait()
            guard let documents = running else { return nil }
            running = nil
            if let failure { self.failure = nil; throw failure }
            return documents
        }
    }

    /// A document read, parsed and prepared, waiting to be written.
    struct ReadyDocument: Sendable {
        var identity: String
        var display: String
        var fileName: String
        var hash: String
        var size: Int
        var encoding: String
        var format: SourceFormat
        var sourceURL: String?
        var fingerprint: String
        /// The page of each line, for formats with pages.
        var pages: [Int]?
        var metadata: MeetingMetadata
        var fromSidecar: Bool
        var items: [DocumentPreparer.PreparedItem]
        /// What decoding repaired.
        var warnings: [String] = []
        var passageCount: Int { items.reduce(0) { $0 + $1.passages.count } }
        var questionCount: Int { items.reduce(0) { $0 + $1.questions.count } }
    }

    /// At most this many documents are written in one transaction.
    public static var documentsPerBatch: Int { Batch.maximumDocuments }

    /// Documents written together in one transaction (each whole, never split across transactions), so the
    /// full-text index is updated once per batch rather than once per file.
    struct Batch {
        static let maximumBytes = 4 * 1_048_576
        static let maximumDocuments = 500
        var documents: [ReadyDocument] = []
        var bytes = 0
        mutating func add(_ document: ReadyDocument) {
            documents.append(document)
            bytes += document.size
        }
        var isFull: Bool { bytes >= Self.maximumBytes || documents.count >= Self.maximumDocuments }
    }

    /// Reads and prepares one file; nil when it is unchanged since the last ingest.
    private func read(_ url: URL, display: String, knownHash: String?) throws -> ReadyDocument? {
        if let noun = PathKind.of(url.path).noun { throw DocumentError.unreadable("it is \(noun), not a file") }
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > SourceText.maximumFileSize { throw DocumentError.tooLarge(bytes: size) }
            data = try Data(contentsOf: url)
        } catch let error as DocumentError { throw error } catch {
            throw DocumentError.unreadable((error as NSError).localizedFailureReason ?? "permission denied or not a regular file")
        }
        let sidecar = try Sidecar.load(for: url)
        let hash = ContentHash.of(data, sidecar?.1)
        if hash == knownHash { return nil }

        let extracted = try DocumentReader.read(data, url: url)
        var document = try DocumentParser.parse(extracted.text)
        let fingerprint = DocumentFingerprint.of(document)
        sidecar?.0.apply(to: &document)
        return ReadyDocument(identity: Self.identity(url), display: display, fileName: url.lastPathComponent, hash: hash, size: data.count,
                             encoding: extracted.encoding, format: extracted.format, sourceURL: sidecar?.0.url ?? extracted.sourceURL,
                             fingerprint: fingerprint, pages: extracted.pages,
                             metadata: document.metadata, fromSidecar: sidecar != nil, items: preparer.prepare(document),
                             warnings: extracted.warnings)
    }

    /// Writes a batch in one transaction: each document replaces its old version, then the full-text index is updated.
    private func write(_ documents: [ReadyDocument]) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try store.write { db in
            var ids: [Int64] = []
            for document in documents {
                if let old = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [document.identity]) {
                    try FullTextSync.remove(document: old, db)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO documents (path, file_name, content_hash, byte_size, encoding, body, meeting_date, kind, metadata_source, ingested_at,
                                           format, source_url, fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        document.identity, document.fileName, document.hash, document.size, document.encoding, document.metadata.body,
                        document.metadata.meetingDate, document.metadata.kind.rawValue, document.fromSidecar ? "sidecar" : "text", now,
                        document.format.rawValue, document.sourceURL, document.fingerprint,
                    ])
                let id = db.lastInsertedRowID
                try write(document.items, documentID: id, pages: PageMap(document.pages), db: db)
                ids.append(id)
            }
            try FullTextSync.add(documents: ids, db)
        }
    }

    private func write(_ items: [DocumentPreparer.PreparedItem], documentID: Int64, pages: PageMap, db: Database) throws {
        let insertItem = try db.cachedStatement(sql: "INSERT INTO items (document_id, position, number, title) VALUES (?, ?, ?, ?)")
        let insertPassage = try db.cachedStatement(sql: """
            INSERT INTO passages (document_id, item_id, position, kind, line, title, section, text, speaker, speaker_role, speakers, topics, table_json, page)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertPassageTopic = try db.cachedStatement(sql: "INSERT INTO passage_topics (topic, passage_id) VALUES (?, ?)")
        let insertQuestion = try db.cachedStatement(sql: """
            INSERT INTO questions (document_id, item_id, position, line, asker, question, respondent, respondent_role, answer, status, topics, page)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertQuestionTopic = try db.cachedStatement(sql: "INSERT INTO question_topics (topic, question_id) VALUES (?, ?)")
        let encoder = JSONEncoder()
        for (itemPosition, prepared) in items.enumerated() {
            try insertItem.execute(arguments: [documentID, itemPosition, prepared.item.number, prepared.item.title])
            let itemID = db.lastInsertedRowID
            for (position, (passage, topics)) in prepared.passages.enumerated() {
                let speaker = passage.speaker
                let speakers = Speaker.stored(passage.speakers)
                let table = try passage.table.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
                try insertPassage.execute(arguments: [
                    documentID, itemID, position, passage.kind.rawValue, passage.line, prepared.item.title, passage.section,
                    passage.text, speaker?.name, speaker?.role, speakers, topics.joined(separator: " "), table, pages.page(ofLine: passage.line),
                ])
                let passageID = db.lastInsertedRowID
                for topic in topics { try insertPassageTopic.execute(arguments: [topic, passageID]) }
            }
            for (position, (question, topics)) in prepared.questions.enumerated() {
                try insertQuestion.execute(arguments: [
                    documentID, itemID, position, question.line, question.asker, question.question, question.respondent,
                    question.respondentRole?.rawValue, question.answer, question.status.rawValue, topics.joined(separator: " "),
                    pages.page(ofLine: question.line),
                ])
                let questionID = db.lastInsertedRowID
                for topic in topics { try insertQuestionTopic.execute(arguments: [topic, questionID]) }
            }
        }
    }

    /// Stores the taxonomy in the index; when it changed since the last ingest, re-tags every passage and question.
    /// Returns how many rows were re-tagged.
    func syncTaxonomy() throws -> Int {
        let taxonomy = tagger.taxonomy
        let fingerprint = taxonomy.fingerprint
        return try store.write { db -> Int in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'taxonomy'")
            guard stored != fingerprint else { return 0 }
            try db.execute(sql: "DELETE FROM topics")
            for (position, topic) in taxonomy.topics.enumerated() {
                try db.execute(sql: "INSERT INTO topics (id, position, name, terms, acronyms) VALUES (?, ?, ?, ?, ?)",
                               arguments: [topic.id, position, topic.name, Self.json(topic.terms), Self.json(topic.acronyms)])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?)", arguments: [fingerprint])
            guard stored != nil else { return 0 }
            return try retag(db)
        }
    }

    private func retag(_ db: Database) throws -> Int {
        var count = 0
        try db.execute(sql: "DELETE FROM passage_topics; DELETE FROM question_topics")
        let passages = try Row.fetchAll(db, sql: """
            SELECT p.id, p.kind, p.section, p.text, d.kind AS document_kind FROM passages p JOIN documents d ON d.id = p.document_id
            """)
        for row in passages {
            let topics = preparer.passageTopics(text: row["text"], section: row["section"],
                                                kind: Passage.Kind(rawValue: row["kind"]) ?? .paragraph,
                                                in: DocumentKind(rawValue: row["document_kind"]) ?? .minutes)
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE passages SET topics = ? WHERE id = ?", arguments: [topics.joined(separator: " "), id])
            for topic in topics { try db.execute(sql: "INSERT INTO passage_topics (topic, passage_id) VALUES (?, ?)", arguments: [topic, id]) }
            count += 1
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, document_id, line, question, answer FROM questions") {
            let question: String = row["question"]
            var context: [String] = []
            if DocumentPreparer.continuesContext(question) {
                context = try String.fetchAll(db, sql: "SELECT topics FROM passages WHERE document_id = ? AND line = ?",
                                              arguments: [row["document_id"], row["line"]]).flatMap { $0.split(separator: " ").map(String.init) }
            }
            let topics = preparer.questionTopics(question: question, answer: row["answer"], context: context)
            let id: Int64 = row["id"]
            try db.execute(sql: "UPDATE questions SET topics = ? WHERE id = ?", arguments: [topics.joined(separator: " "), id])
            for topic in topics { try db.execute(sql: "INSERT INTO question_topics (topic, question_id) VALUES (?, ?)", arguments: [topic, id]) }
            count += 1
        }
        return count
    }

    static func json(_ strings: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

/// A 64-bit FNV-1a hash of a file's bytes (and its sidecar's), to tell an unchanged file.
enum ContentHash {
    static func of(_ data: Data, _ extra: Data? = nil) -> String {
        var hash = FNV1a()
        for chunk in [data, extra ?? Data()] {
            chunk.withUnsafeBytes { hash.add($0) }
        }
        return String(format: "%016llx-%d", hash.value, data.count)
    }
}

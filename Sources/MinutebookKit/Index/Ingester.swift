import Foundation
import GRDB

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
        // Documents indexed by a minutebook that read them by older rules are read again, unchanged or not.
        let stale = try readByOlderRules()
        if stale { onEvent(.rereading) } else { try recordReadingRules() }
        let force = force || stale

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
            report.writeSeconds = writer.seconds
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
            let indexWriter = IndexWriter(store: store)
            writer.start(batch.documents) { try indexWriter.write($0) }
            batch = Batch()
        }
        do {
            let chunks = Self.chunks(of: listing.files, size: Self.readAhead)
            onEvent(.listed(files: listing.files.count, bytes: chunks.reduce(0) { $0 + $1.bytes }))
            for (chunk, bytes) in chunks {
                // A big file waits for the write in progress, so two big documents are never in memory at once.
                if bytes > Self.readAheadBytes { try reportWritten() }
                let (results, seconds) = readConcurrently(chunk) { url in force ? nil : known[Self.identity(url)] }
                report.understandSeconds += seconds
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
            _ = try? writer.finish()  // never leave a write running behind a thrown error
            // Batches already committed stay: say so, rather than "nothing was changed".
            if report.indexed > 0 { throw IngestStopped(report: report, reason: error.localizedDescription) }
            throw error
        }

        // The index is recorded as read by these rules once every document in it has been read again (an ingest of one
        // folder leaves the others to the next ingest that lists them).
        if stale, Set(listing.files.map(Self.identity)).isSuperset(of: known.keys) { try recordReadingRules() }
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

    /// `read` for every file of `chunk`, in parallel; the results in the order of `chunk`, and the seconds the
    /// reads took, summed over threads.
    private func readConcurrently(_ chunk: ArraySlice<URL>, knownHash: (URL) -> String?) -> ([Result<ReadyDocument?, Error>], Double) {
        let urls = Array(chunk)
        let hashes = urls.map(knownHash)
        let results = Slots<Result<ReadyDocument?, Error>>(count: urls.count)
        let nanoseconds = Slots<UInt64>(count: urls.count)
        DispatchQueue.concurrentPerform(iterations: urls.count) { index in
            let url = urls[index]
            let started = DispatchTime.now().uptimeNanoseconds
            results.set(index, Result { try read(url, display: CorpusWalker.display(url), knownHash: hashes[index]) })
            nanoseconds.set(index, DispatchTime.now().uptimeNanoseconds - started)
        }
        return (results.values(), Double(nanoseconds.values().reduce(0, +)) / 1e9)
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
        /// Wall-clock seconds of the writes finished so far (read after `finish()`).
        private(set) var seconds = 0.0

        func start(_ documents: [ReadyDocument], write: @escaping @Sendable ([ReadyDocument]) throws -> Void) {
            running = documents
            failure = nil
            queue.async(group: group) { [self] in
                let started = DispatchTime.now().uptimeNanoseconds
                do { try write(documents) } catch { failure = error }
                seconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
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
        var document = try DocumentParser.parse(extracted)
        let fingerprint = DocumentFingerprint.of(document)
        sidecar?.0.apply(to: &document)
        return ReadyDocument(
            identity: Self.identity(url), display: display, fileName: url.lastPathComponent, hash: hash, size: data.count,
            encoding: extracted.encoding, format: extracted.format, sourceURL: sidecar?.0.url ?? extracted.sourceURL,
            fingerprint: fingerprint, pages: extracted.pages,
            metadata: document.metadata, fromSidecar: sidecar != nil, items: preparer.prepare(document),
            warnings: extracted.warnings)
    }

    /// The rules by which documents are read and understood (readers, parser, passages, speakers, questions): change
    /// it with any change that alters what is read from a document, so that the next ingest reads every file again
    /// instead of keeping what older rules made of the unchanged ones.
    static let readingRules = "2026-12-02.22"

    /// Whether the index holds documents read by other rules than these (or before the rules were recorded).
    func readByOlderRules() throws -> Bool {
        try store.read { db in
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'reading'")
            guard stored != Self.readingRules else { return false }
            return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents)") ?? false
        }
    }

    /// Records that every document in the index was read by these rules (a new index's are from its first ingest on).
    func recordReadingRules() throws {
        try store.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('reading', ?)", arguments: [Self.readingRules])
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
                try db.execute(
                    sql: "INSERT INTO topics (id, position, name, terms, acronyms) VALUES (?, ?, ?, ?, ?)",
                    arguments: [topic.id, position, topic.name, Self.json(topic.terms), Self.json(topic.acronyms)])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('taxonomy', ?)", arguments: [fingerprint])
            guard stored != nil else { return 0 }
            return try Retagger(preparer: preparer).retag(db)
        }
    }

    static func json(_ strings: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(strings)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

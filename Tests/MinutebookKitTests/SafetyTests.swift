import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 10: hostile bytes are shown harmlessly, kept whole when read, queries are bounded, and the index is
/// never written by a query or replaced by anything but a complete new index.

@Suite("TerminalSafe")
struct TerminalSafeTests {
    @Test(
        "escape sequences, C1 controls, bidi overrides, BEL and BS become visible characters",
        arguments: [
            ("window title \u{1B}]0;pwned\u{07}", "window title ␛]0;pwned␇"),
            ("clear \u{1B}[2J\u{1B}[H", "clear ␛[2J␛[H"),
            ("\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "␛]8;;https://evil.example␛\\link␛]8;;␛\\"),
            ("C1 CSI \u{9B}31m and NEL \u{85}", "C1 CSI \u{FFFD}31m and NEL \u{FFFD}"),
            ("\u{202E}txt.exe", "\u{FFFD}txt.exe"),
            ("isolates \u{2066}a\u{2069}", "isolates \u{FFFD}a\u{FFFD}"),
            ("back\u{08}\u{08}space", "back␈␈space"),
            ("NUL\u{0}DEL\u{7F}", "NUL␀DEL␡"),
            ("lone\rcarriage return", "lone␍carriage return"),
        ])
    func controlsAreReplaced(_ input: String, _ expected: String) {
        let cleaned = TerminalSafe.clean(input)
        #expect(cleaned == expected)
        #expect(!cleaned.unicodeScalars.contains(where: TerminalSafe.isUnsafe))
    }

    @Test("tabs, newlines, CRLF line ends and ordinary Unicode pass unchanged")
    func ordinaryTextIsUnchanged() {
        #expect(TerminalSafe.clean("a\tb\nc — PCC’s “report” é 😀") == "a\tb\nc — PCC’s “report” é 😀")
        #expect(TerminalSafe.clean("line one\r\nline two") == "line one\nline two")
        #expect(TerminalSafe.clean("mark \u{2}kept\u{3}", keeping: ["\u{2}", "\u{3}"]) == "mark \u{2}kept\u{3}")
    }

    @Test("JSON: the controls JSONEncoder leaves raw are escaped, and the JSON still decodes to the same text")
    func jsonIsEscaped() throws {
        let original = ["a\u{1B}[2Jb", "c\u{9B}d\u{202E}e\u{2028}f\u{7F}"]
        let raw = String(decoding: try JSONEncoder().encode(original), as: UTF8.self)
        let safe = TerminalSafe.escapeJSON(raw)
        #expect(!safe.unicodeScalars.contains { TerminalSafe.isUnsafe($0) && $0 != "\n" })
        #expect(safe.contains("\\u009b") && safe.contains("\\u202e") && safe.contains("\\u2028") && safe.contains("\\u007f"))
        #expect(try JSONDecoder().decode([String].self, from: Data(safe.utf8)) == original)
    }
}

@Suite("SourceText: bytes kept whole")
struct SourceTextSafetyTests {
    @Test("a NUL byte past the first 8 KB is replaced, not the end of the text")
    func nulPastEightKilobytes() throws {
        var data = Data(try String(contentsOf: try TestSupport.corpusFile("000"), encoding: .utf8).utf8)
        while data.count < 9_000 { data.append(Data("\nThe Panel noted the update on padding.\n".utf8)) }
        data.append(0)
        data.append(Data("The PCC reported that quillwort MARK was found after the NUL.\n".utf8))
        let decoded = try SourceText.decodeReporting(data)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text.contains("\u{FFFD}The PCC reported that quillwort MARK was found after the NUL."))
        #expect(!decoded.text.unicodeScalars.contains("\u{0}"))
        let line = decoded.text.prefix(while: { $0 != "\u{FFFD}" }).filter { $0 == "\n" }.count + 1
        #expect(decoded.warnings == ["line \(line): a NUL byte was replaced with U+FFFD (�)"])
    }

    /// The issue's case: one 0xFF at the end of a UTF-8 file turned "PCC’s" into "PCCâ€™s" and lost three questions.
    @Test("one stray byte in a UTF-8 file: still UTF-8, the byte replaced, a warning naming its line, every question kept")
    func strayByteKeepsUTF8() throws {
        let url = try TestSupport.corpusFile("000")
        let clean = try Data(contentsOf: url)
        var damaged = clean
        damaged.append(0xFF)
        let decoded = try SourceText.decodeReporting(damaged)
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == String(decoding: clean, as: UTF8.self) + "\u{FFFD}")
        let lastLine = String(decoding: clean, as: UTF8.self).filter { $0 == "\n" }.count + 1
        #expect(decoded.warnings == ["line \(lastLine): a byte that is not UTF-8 was replaced with U+FFFD (�)"])
        let before = try DocumentParser.parse(String(decoding: clean, as: UTF8.self)).items.flatMap { QuestionExtractor.extract(from: $0) }
        let after = try DocumentParser.parse(decoded.text).items.flatMap { QuestionExtractor.extract(from: $0) }
        #expect(before.count == 6 && after == before)
    }

    @Test("stray bytes in the middle: each replaced, lines listed")
    func strayBytesInTheMiddle() throws {
        let text = "Minutes:\n\nThe PCC’s report \u{FF}was noted.\nThe Chief Constable \u{FE}agreed.\n"
        var bytes = [UInt8]()
        for scalar in text.unicodeScalars {
            if scalar.value == 0xFF || scalar.value == 0xFE { bytes.append(UInt8(scalar.value)) } else { bytes += Array(String(scalar).utf8) }
        }
        let decoded = try SourceText.decodeReporting(Data(bytes))
        #expect(decoded.encoding == "utf-8")
        #expect(decoded.text == "Minutes:\n\nThe PCC’s report \u{FFFD}was noted.\nThe Chief Constable \u{FFFD}agreed.\n")
        #expect(decoded.warnings == ["lines 3 and 4: 2 bytes that are not UTF-8 were replaced with U+FFFD (�)"])
    }

    @Test("a file that is clearly Windows-1252 is still read as Windows-1252")
    func windows1252() throws {
        let data = try Data(contentsOf: TestSupport.layouts.appendingPathComponent("windows-1252.txt"))
        let decoded = try SourceText.decodeReporting(data)
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.warnings.isEmpty)
        // Bytes Windows-1252 leaves undefined become U+FFFD, with a warning, rather than refusing the file.
        let odd = try SourceText.decodeReporting(Data(Array("Minutes: caf".utf8) + [0xE9, 0x20, 0x81] + Array(" noted\n".utf8)))
        #expect(odd.encoding == "windows-1252" && odd.text == "Minutes: café \u{FFFD} noted\n")
        #expect(odd.warnings.count == 1 && odd.warnings[0].hasPrefix("line 1: a byte undefined in Windows-1252"))
    }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool) -> Data {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return Data(bytes)
    }

    @Test(
        "UTF-16, with or without a byte-order mark, is read (not taken for binary)",
        arguments: [
            (false, true, "utf-16le"), (true, true, "utf-16be"), (false, false, "utf-16le"), (true, false, "utf-16be"),
        ])
    func utf16IsRead(_ bigEndian: Bool, _ bom: Bool, _ encoding: String) throws {
        let text = try String(contentsOf: try TestSupport.corpusFile("001"), encoding: .utf8)
        let decoded = try SourceText.decodeReporting(Self.utf16(text, bigEndian: bigEndian, bom: bom))
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == text)
        #expect(try DocumentParser.parse(decoded.text).metadata.meetingDate == "2018-02-02")
    }

    @Test(
        "binary files are still refused",
        arguments: [
            Data(Array("%PDF-1.7\n".utf8) + Array(repeating: 0x41, count: 100)),
            Data([0x50, 0x4B, 0x03, 0x04] + Array("word/document.xml".utf8)),
            Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }),
            Data([0, 1, 2, 3, 0]),
        ])
    func binaryRefused(_ data: Data) {
        #expect(throws: DocumentError.binary) { try SourceText.decode(data) }
    }
}

@Suite("query bounds")
struct QueryBoundsTests {
    @Test("an OR of 1,000 words searches the first 64 terms and says how many were dropped")
    func orIsCapped() {
        let words = (0..<1_000).map { "word\($0)" }
        let query = QueryParser.parse(words.joined(separator: " OR "))
        #expect(query.required.count == 1)
        #expect(query.required[0].alternatives.count == QueryParser.maximumSearchTerms)
        #expect(query.notes == ["the query has 1000 terms; only the first 64 were searched (936 dropped)"])
        let mixed = QueryParser.parse((0..<100).map { "a\($0) -b\($0)" }.joined(separator: " "))
        #expect(mixed.required.count + mixed.excluded.count <= QueryParser.maximumSearchTerms)
    }

    @Test("a note is given once however often its cause occurs")
    func notesOnce() {
        let query = QueryParser.parse(Array(repeating: "fgm NEAR police", count: 50).joined(separator: " "))
        #expect(query.notes.filter { $0.hasPrefix("NEAR") }.count == 1)
    }

    @Test("% and _ in LIKE filters are plain characters")
    func likeEscaping() {
        #expect(FilterSQL.escapeLike("50%_a\\b") == "50\\%\\_a\\\\b")
        #expect(FilterSQL.containing("%") == "%\\%%")
    }
}

/// On one index of the bundled corpus.
@Suite("index: queries bounded and read-only")
struct IndexReadingTests {
    let folder: TemporaryFolder
    let path: String

    /// A copy of the shared corpus index of the test's own: these tests look at the file's bytes and its -wal.
    init() throws {
        folder = try TemporaryFolder()
        path = try SharedCorpusIndex.copy(in: folder.url)
    }

    @Test("a limit of Int.max is taken as the largest allowed, for words, phrases and questions")
    func hugeLimit() throws {
        let store = try IndexStore.openForReading(at: path)
        for query in ["police", "\"county lines\"", "cuckooing OR trafficking"] {
            #expect(!(try Searcher(store: store).search(query, options: SearchOptions(limit: .max)).hits.isEmpty))
            _ = try QuestionSearcher(store: store).search(query, options: QuestionOptions(limit: .max))
        }
    }

    @Test("a query past its time limit is stopped with a clear error")
    func timeLimit() throws {
        var store = try IndexStore.openForReading(at: path)
        store.queryTimeLimit = 0
        #expect(throws: IndexError.queryTooSlow(seconds: 0)) { try Searcher(store: store).search("police OR crime OR panel") }
        // (SQLite looks at the clock every thousand steps: the corpus's 18 questions are answered in fewer.)
        store.queryTimeLimit = 10
        #expect(!(try Searcher(store: store).search("police OR crime OR panel").hits.isEmpty))
        #expect(IndexError.queryTooSlow(seconds: 10).localizedDescription.contains("took too long (over 10 s) and was stopped; narrow it"))
    }

    @Test("% and _ in --speaker and --asker match those characters, not everyone")
    func likeWildcards() throws {
        let store = try IndexStore.openForReading(at: path)
        for wildcard in ["%", "_", "%_%"] {
            #expect(try Searcher(store: store).search("police", options: SearchOptions(filters: Filters(speaker: wildcard))).hits.isEmpty)
            #expect(try QuestionSearcher(store: store).search("", options: QuestionOptions(asker: wildcard)).hits.isEmpty)
        }
        #expect(!(try QuestionSearcher(store: store).search("", options: QuestionOptions(asker: "hayes")).hits.isEmpty))
    }

    /// Tests run as root here, and chmod does not stop root, so this checks what matters directly: no query
    /// changes a byte of the file or its time, and none leaves a `-wal` or `-shm` file behind.
    @Test("queries never write: the file's bytes and time are unchanged, no -wal or -shm is left, writes are refused")
    func readingNeverWrites() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let store = try IndexStore.openForReading(at: path)
        #expect(store.access == .queryOnly)
        _ = try Searcher(store: store).search("county lines")
        _ = try Searcher(store: store).search("", options: SearchOptions(filters: Filters(topics: ["fgm"])))
        _ = try QuestionSearcher(store: store).search("fgm")
        _ = try store.topicCounts()
        _ = try BriefBuilder(store: store).brief("fgm")
        _ = try AskedBefore(store: store).similar(to: "What is being done about county lines?")
        #expect(try store.checkIntegrity().ok)
        #expect(throws: IndexError.self) { try store.write { db in try db.execute(sql: "DELETE FROM documents") } }
        try store.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
        #expect(PathKind.of(path + "-wal") == .missing && PathKind.of(path + "-shm") == .missing)
    }

    /// What a read-only folder gets (SQLite could not create the -shm there): the same answers, and nothing written.
    @Test("the immutable and read-only opens answer queries, check included")
    func immutableOpen() throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [IndexStore.Access.immutable, .readOnly] where mode != .immutable || URIFilename.supported {
            let store = try IndexStore.openReader(path, mode: mode)
            #expect(try Searcher(store: store).search("cuckooing", options: SearchOptions(expand: false)).hits.count == 1)
            let report = try store.checkIntegrity()
            #expect(report.ok && report.documents == 5)
            #expect(report.checks.contains { $0.detail.contains("temporary copy") })
            try store.close()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}

@Suite("index: nothing the user owns is lost", .serialized)
struct IndexReplacementTests {
    static func corpusIndex(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("index.sqlite").path
        _ = try IndexMaintenance.update(at: path) { store in
            try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([TestSupport.corpus.path])
        }
        return path
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".rebuild-") }
    }

    struct Boom: Error {}

    @Test("a rebuild that fails part-way leaves the old index, byte for byte, and no half-built file")
    func failedRebuild() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.corpusIndex(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: Boom.self) {
            try IndexMaintenance.rebuild(at: path) { store in
                _ = try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([try TestSupport.corpusFile("001").path])
                #expect(!(try Self.leftovers(in: folder)).isEmpty, "the new index is built beside the old one")
                throw Boom()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try Self.leftovers(in: folder).isEmpty)
        #expect(try Searcher(store: IndexStore.openForReading(at: path)).search("drones").hits.count == 1)
    }

    @Test("a rebuild that completes replaces the index whole")
    func completedRebuild() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.corpusIndex(in: folder)
        let report = try IndexMaintenance.rebuild(at: path) { store in
            try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([try TestSupport.corpusFile("001").path])
        }
        #expect(report.indexed == 1)
        let store = try IndexStore.openForReading(at: path)
        #expect(try store.checkIntegrity().documents == 1)
        #expect(try Searcher(store: store).search("drones").hits.isEmpty)
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    @Test("a rebuild refuses a folder, a text file and another program's database, and leaves them alone")
    func rebuildRefusesOthers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: TestSupport.corpus, to: corpus)
        let corpusFiles = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: notes)
        let other = folder.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: other.path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');")
            try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Alice')")
        }
        let otherBytes = try Data(contentsOf: other)
        let work = { (store: IndexStore) throws -> IngestReport in try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([]) }
        #expect(throws: IndexError.notAFile(path: corpus.path, kind: "a folder")) { try IndexMaintenance.rebuild(at: corpus.path, work) }
        #expect(throws: IndexError.notAnIndex(path: notes.path)) { try IndexMaintenance.rebuild(at: notes.path, work) }
        #expect(throws: IndexError.notAnIndex(path: other.path)) { try IndexMaintenance.rebuild(at: other.path, work) }
        #expect(throws: IndexError.notAnIndex(path: other.path)) { try IndexStore.open(at: other.path, create: true) }
        #expect(try Data(contentsOf: notes) == Data("my notes\n".utf8))
        #expect(try Data(contentsOf: other) == otherBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() == corpusFiles)
        for name in corpusFiles {
            #expect(try Data(contentsOf: corpus.appendingPathComponent(name)) == Data(contentsOf: TestSupport.corpus.appendingPathComponent(name)))
        }
    }

    @Test("an ingest and a rebuild of the same index never run together: the second is told to run again")
    func locks() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.corpusIndex(in: folder)
        let work = { (store: IndexStore) throws -> IngestReport in try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([]) }
        do {
            let ingest = try IndexLock(indexPath: path, mode: .shared)
            #expect(throws: IndexError.inUse(path: path)) { try IndexMaintenance.rebuild(at: path, work) }
            _ = try IndexMaintenance.update(at: path, work)  // ingests run side by side
            withExtendedLifetime(ingest) {}
        }
        do {
            let rebuild = try IndexLock(indexPath: path, mode: .exclusive)
            #expect(throws: IndexError.rebuildInProgress(path: path)) { try IndexMaintenance.update(at: path, work) }
            #expect(throws: IndexError.inUse(path: path)) { try IndexMaintenance.rebuild(at: path, work) }
            withExtendedLifetime(rebuild) {}
        }
        _ = try IndexMaintenance.rebuild(at: path, work)  // free again
    }

    @Test("the half-built files of a killed rebuild are removed by the next ingest")
    func abandonedRebuild() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.corpusIndex(in: folder)
        // Int32.max is above any pid Linux or macOS hands out: that process has gone.
        for suffix in ["", "-wal"] { try Data("half".utf8).write(to: URL(fileURLWithPath: path + ".rebuild-\(Int32.max)-0badf00d" + suffix)) }
        try Data("not ours".utf8).write(to: URL(fileURLWithPath: path + ".rebuild-notes"))
        _ = try IndexMaintenance.update(at: path) { store in try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([]) }
        #expect(try Self.leftovers(in: folder) == ["index.sqlite.rebuild-notes"])
    }

    @Test("an index path that is a folder or a named pipe is refused at once, without opening it")
    func notAFile() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: IndexError.notAFile(path: fifo, kind: "a named pipe (FIFO)")) { try IndexStore.openForReading(at: fifo) }
        #expect(throws: IndexError.notAFile(path: fifo, kind: "a named pipe (FIFO)")) { try IndexStore.open(at: fifo, create: true) }
        #expect(throws: IndexError.notAFile(path: folder.path, kind: "a folder")) { try IndexStore.openForReading(at: folder.path) }
        #expect(throws: IndexError.notAFile(path: folder.path, kind: "a folder")) { try IndexStore.open(at: folder.path, create: true) }
    }

    /// The disk fills after the first batch: SQLite's page limit stands in for the disk.
    @Test("an ingest that cannot write part-way says what was written before, which stays")
    func stoppedPartWay() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        let minutes = "Meeting of Thames Valley Police and Crime Panel, Friday, 3rd March, 2019 (Item 7.)\n\nMinutes:\n\nThe PCC reported item %d.\n"
        // A paragraph more, so that the second batch's 20 documents need more than the one page left them (and the
        // free pages the first batch left) whatever the index's shape.
        let more = (0..<40).map { "The Panel noted paragraph \($0) of the report on rural crime and road safety." }.joined(separator: " ")
        for n in 0..<(Ingester.documentsPerBatch + 20) {
            try Data((String(format: minutes, n) + "\n" + more + "\n").utf8).write(to: docs.appendingPathComponent(String(format: "m%04d.txt", n)))
        }
        let path = folder.appendingPathComponent("index.sqlite").path
        var stopped: IngestStopped?
        do {
            _ = try IndexMaintenance.update(at: path) { store in
                var full = false
                return try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([docs.path]) { event in
                    guard case .indexed = event, !full else { return }
                    full = true
                    _ = try? store.writer.writeWithoutTransaction { db in
                        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                        try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
                    }
                }
            }
        } catch let error as IngestStopped {
            stopped = error
        }
        let error = try #require(stopped)
        #expect(error.report.indexed == Ingester.documentsPerBatch)
        #expect(error.localizedDescription.contains("the \(Ingester.documentsPerBatch) documents written before are in the index"))
        #expect(try IndexStore.openForReading(at: path).checkIntegrity().documents == Ingester.documentsPerBatch)
    }
}

@Suite("index: damage is reported, never a crash", .serialized)
struct DamagedIndexTests {
    /// The pages of `table`'s b-tree (from `dbstat` where SQLite has it, else its root page).
    static func pages(of table: String, in path: String) throws -> [Int] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in
            if let pages = try? Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = ?", arguments: [table]), !pages.isEmpty { return pages }
            return try Int.fetchAll(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = ?", arguments: [table])
        }
    }

    /// Runs what each query command runs; any error must be an `IndexError` (or a `SearchError`), never a crash.
    static func queryEverything(_ path: String) -> [String] {
        var errors: [String] = []
        func attempt(_ body: () throws -> Void) {
            do { try body() } catch let error as IndexError { errors.append(error.localizedDescription) } catch is SearchError {} catch {
                Issue.record("raw error: \(error)")
            }
        }
        attempt {
            let store = try IndexStore.openForReading(at: path)
            defer { try? store.close() }
            attempt { _ = try store.topicCounts() }
            attempt { _ = try Searcher(store: store).search("police") }
            attempt { _ = try QuestionSearcher(store: store).search("") }
            attempt { _ = try BriefBuilder(store: store).brief("fgm") }
            attempt { _ = try AskedBefore(store: store).similar(to: "county lines drugs") }
            attempt { _ = try store.checkIntegrity() }
        }
        return errors
    }

    /// The issue's crash: one damaged byte in passage_topics made `topics` die with "Duplicate values for key".
    @Test("damaged bytes in the topic tables, the passages and the questions give damage errors, never a crash")
    func damagedPages() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try IndexReplacementTests.corpusIndex(in: folder)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } ?? 4096
        var damagedRuns = 0
        for table in ["passage_topics", "question_topics", "topics", "passages", "question_rows"] {
            for page in try Self.pages(of: table, in: path).prefix(3) {
                // About 19 places a page, whatever its size.
                for offset in stride(from: 8, to: pageSize, by: 211 * pageSize / 4096) {
                    var bytes = original
                    let at = (page - 1) * pageSize + offset
                    guard at < bytes.count else { continue }
                    bytes[at] ^= 0x5A
                    let copy = folder.appendingPathComponent("damaged.sqlite").path
                    try bytes.write(to: URL(fileURLWithPath: copy))
                    let errors = Self.queryEverything(copy)
                    if errors.contains(where: { $0.contains("is damaged") }) { damagedRuns += 1 }
                }
            }
        }
        #expect(damagedRuns > 0, "some of the damage should have been found and reported as such")
    }
}

@Suite("sidecar limits")
struct SidecarLimitTests {
    @Test("a sidecar over 64 KB, or with a title over 500 characters, is refused rather than copied into every passage")
    func bigSidecars() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("minutes.txt")
        try FileManager.default.copyItem(at: try TestSupport.corpusFile("001"), to: document)
        let sidecar = Sidecar.url(for: document)
        try Data(("{\"title\": \"" + String(repeating: "x", count: 20_000_000) + "\"}").utf8).write(to: sidecar)
        #expect(throws: DocumentError.self) { try Sidecar.load(for: document) }
        do { _ = try Sidecar.load(for: document) } catch { #expect(error.localizedDescription.contains("at most 64 KB")) }
        try Data(("{\"title\": \"" + String(repeating: "x", count: 600) + "\"}").utf8).write(to: sidecar)
        do { _ = try Sidecar.load(for: document) } catch { #expect(error.localizedDescription.contains("title is 600 characters long; at most 500")) }
        try Data("{\"title\": \"Performance Report\"}".utf8).write(to: sidecar)
        #expect(try Sidecar.load(for: document)?.0.title == "Performance Report")
    }
}

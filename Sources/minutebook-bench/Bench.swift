import ArgumentParser
import Foundation
import MinutebookKit

/// Generates a synthetic corpus, ingests it in-process and times a fixed mix of queries through minutebook
/// and through bare SQLite on the same index file. Prints a report; `--check` makes a missed target exit 1.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook-bench",
        abstract: "Measure ingest throughput, memory and search latency against bare SQLite on a synthetic corpus.",
        discussion: """
            Run from the package root (it reads index/topics.json): swift run -c release minutebook-bench.
            Generated corpora and indexes go under --workdir (default bench-out/, which git ignores).
            """
    )

    @Option(name: .long, help: "Documents to generate and ingest (about 6.5 KB each).")
    var documents = 20_000

    @Option(name: .long, help: ArgumentHelp("Folder for the corpus and the index.", valueName: "dir"))
    var workdir = "bench-out"

    @Option(name: .long, help: "Timed runs per query (after 3 warm-up runs).")
    var runs = 50

    @Flag(name: .long, help: "Regenerate the corpus even if the folder already holds the right number of files.")
    var fresh = false

    @Flag(name: .long, help: "Time the queries on the index a previous run left in --workdir; skip generating and ingesting.")
    var reuseIndex = false

    @Option(
        name: .long,
        help: ArgumentHelp("Run only these query kinds (comma-separated: common,rare,phrase,prefix,or,acronym,topic,questions,worst).", valueName: "kinds"))
    var only: String?

    @Flag(name: .long, help: "Exit 1 when a target is missed (default: always exit 0; it is a report).")
    var check = false

    @Option(name: .long, help: ArgumentHelp("The topic taxonomy.", valueName: "path"))
    var topics = "index/topics.json"

    @Option(name: .long, help: "Documents also ingested as web pages and as PDF, to time those readers (0: skip).")
    var formatDocuments = 1_000

    @Flag(name: .long, help: "Only generate the corpus and time the web page and PDF ingests (so their peak memory is theirs alone).")
    var formatsOnly = false

    static let warmups = 3
    static let limit = 10

    func validate() throws {
        guard documents > 0 else { throw ValidationError("--documents must be at least 1") }
        guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let fm = FileManager.default
        let work = URL(fileURLWithPath: workdir, isDirectory: true).standardizedFileURL
        try fm.createDirectory(at: work, withIntermediateDirectories: true)

        say("minutebook-bench — \(ISO8601DateFormatter().string(from: Date()))")
        say(
            "SQLite \(BareConnection.libraryVersion), \(ProcessInfo.processInfo.activeProcessorCount) cores (\(ProcessInfo.processInfo.processorCount) total), "
                + "\(fmt(Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, 1)) GiB RAM, \(documents) documents, \(runs) runs/query")

        let indexPath = work.appendingPathComponent("bench-\(documents).sqlite").path
        let taxonomy = try Taxonomy.load(from: URL(fileURLWithPath: topics))
        if formatsOnly {
            try prepareCorpus(work: work)
            try FormatBench(documents: min(formatDocuments, documents), work: work, taxonomy: taxonomy)
                .run(corpus: work.appendingPathComponent("corpus-\(documents)", isDirectory: true))
            return
        }
        var ingest: IngestFigures?
        if reuseIndex {
            guard fm.fileExists(atPath: indexPath) else {
                throw BenchError("--reuse-index: there is no \(indexPath) yet; run once without it")
            }
            say("\n[ingest] skipped (--reuse-index): timing queries on \(indexPath)")
            ingest = nil
        } else {
            try prepareCorpus(work: work)
            var figures = try runIngest(corpus: work.appendingPathComponent("corpus-\(documents)", isDirectory: true), indexPath: indexPath, taxonomy: taxonomy)
            figures.bareWallSeconds = try runBareIndexing(indexPath: indexPath, work: work, minutebook: figures)
            ingest = figures
            if formatDocuments > 0 {
                try FormatBench(documents: min(formatDocuments, documents), work: work, taxonomy: taxonomy)
                    .run(corpus: work.appendingPathComponent("corpus-\(documents)", isDirectory: true))
            }
        }
        let store = try IndexStore.open(at: indexPath, create: false)

        // 3. Queries
        let bare = try BareConnection(path: indexPath)
        try bare.execute("PRAGMA cache_size = -65536")  // the page cache minutebook's connections have (IndexStore)
        let rare = try Self.rareTerm(bare)
        say("\n[queries] limit \(Self.limit), \(Self.warmups) warm-up + \(runs) timed runs each, minutebook, bare and bare+snippet taking turns; times in ms")
        say("  rare term: \(rare.term) (in \(rare.documents) passages, per passages_vocab)")
        let cases: [QueryCase] = [
            QueryCase(kind: "common", text: "police"),
            QueryCase(kind: "rare", text: rare.term),
            QueryCase(kind: "phrase", text: "\"county lines\""),
            QueryCase(kind: "prefix", text: "safeguard*"),
            QueryCase(kind: "or", text: "cuckooing OR trafficking"),
            QueryCase(kind: "acronym", text: "FGM", expandBare: true),
            QueryCase(kind: "topic", text: "police", topic: "domestic-abuse"),
            QueryCase(kind: "questions", text: "county lines", questions: true),
        ]
        let searcher = Searcher(store: store)
        let questionSearcher = QuestionSearcher(store: store)
        let kinds = only.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        if let kinds, let unknown = kinds.first(where: { kind in kind != "worst" && !cases.contains { $0.kind == kind } }) {
            throw BenchError("--only: no query kind \(unknown); the kinds are \(cases.map(\.kind).joined(separator: ",")),worst")
        }
        var results: [QueryResult] = []
        for query in cases where kinds?.contains(query.kind) ?? true {
            guard let match = Searcher.matchExpression(for: query.text, expanded: query.expandBare ? taxonomy : nil, questions: query.questions) else {
                throw BenchError("no match expression for \(query.text)")
            }
            let sql = query.bareSQL(table: match.table, limit: Self.limit)
            let statement = try bare.prepare(sql)
            let snippetStatement = try bare.prepare(query.bareSQL(table: match.table, limit: Self.limit, snippets: true))
            let minutebook: () throws -> Int
            if query.questions {
                minutebook = { try questionSearcher.search(query.text, options: QuestionOptions(limit: Self.limit)).hits.count }
            } else {
                let options = SearchOptions(filters: Filters(topics: query.topic.map { [$0] } ?? []), limit: Self.limit)
                minutebook = { try searcher.search(query.text, options: options).hits.count }
            }
            var mbTimes: [Double] = [], bareTimes: [Double] = [], snippetTimes: [Double] = []
            var mbHits = 0, bareHits = 0
            for iteration in 0..<(Self.warmups + runs) {
                var mbTime = 0.0, bareTime = 0.0, snippetTime = 0.0
                func timeMinutebook() throws { let t = wallClock(); mbHits = try minutebook(); mbTime = wallClock() - t }
                func timeBare() throws { let t = wallClock(); bareHits = try statement.run(binding: match.expression); bareTime = wallClock() - t }
                func timeSnippets() throws { let t = wallClock(); try snippetStatement.run(binding: match.expression); snippetTime = wallClock() - t }
                // The three take turns going first, so none always runs on a cache the other warmed.
                switch iteration % 3 {
                case 0: try timeMinutebook(); try timeBare(); try timeSnippets()
                case 1: try timeBare(); try timeSnippets(); try timeMinutebook()
                default: try timeSnippets(); try timeMinutebook(); try timeBare()
                }
                if iteration >= Self.warmups {
                    mbTimes.append(mbTime * 1000); bareTimes.append(bareTime * 1000); snippetTimes.append(snippetTime * 1000)
                }
            }
            let result = QueryResult(
                query: query, expression: "\(match.table): \(match.expression)" + (match.exactCheck ? "  (+ minutebook's exact-phrase check)" : ""), sql: sql,
                minutebookHits: mbHits, bareHits: bareHits,
                minutebook: (percentile(mbTimes, 50), percentile(mbTimes, 95)),
                bare: (percentile(bareTimes, 50), percentile(bareTimes, 95)),
                bareWithSnippets: percentile(snippetTimes, 50))
            results.append(result)
        }
        Self.printTable(results)
        say("  bare: SELECT rowid … MATCH ? ORDER BY rank LIMIT \(Self.limit) (the target's baseline). +snip: the same with FTS5's snippet() for")
        say("  each row, which is closer to what minutebook returns (hits with snippets and their meeting, item and speaker).")
        say("  bare FTS5 expressions:")
        for result in results { say("    \(pad(result.query.kind, 9)) \(result.expression)") }
        if kinds?.contains("worst") ?? true { try runWorstCase(store: store, bare: bare) }
        let process = try WholeProcess(indexPath: indexPath, term: rare.term, runs: min(runs, 30)).run()

        // 4. Targets
        var targets: [(String, Bool, String)] = []
        if let ingest {
            targets.append(("index ≤ 2× the text", ingest.indexRatio <= 2, "\(fmt(ingest.indexRatio, 2))× text"))
            if let bareWall = ingest.bareWallSeconds {
                let ratio = ingest.wallSeconds / max(bareWall, 1e-9)
                targets.append(
                    ("ingest wall ≤ 2× bare SQLite's indexing", ratio <= 2, "\(fmt(ratio, 2))× (\(fmt(ingest.wallSeconds, 2)) s / \(fmt(bareWall, 2)) s)"))
            }
            let perSecond = ingest.textMB / max(ingest.wallSeconds, 1e-9)
            targets.append(("ingest ≥ 10 MB/s wall", perSecond >= 10, "\(fmt(perSecond, 2)) MB/s (\(fmt(ingest.mbPerCPU, 2)) MB per CPU-second)"))
        }
        let slow = results.filter { !$0.withinTarget }
        let worst = results.max { $0.ratio50 < $1.ratio50 }
        targets.append(
            (
                "queries p50 ≤ 1.3× bare or ≤ bare + 1 ms", slow.isEmpty,
                slow.isEmpty
                    ? "worst ratio \(worst.map { "\($0.query.kind) \(fmt($0.ratio50))× (+\(fmt($0.minutebook.p50 - $0.bare.p50, 3)) ms)" } ?? "-")"
                    : "over: " + slow.map { "\($0.query.kind) \(fmt($0.ratio50))× (+\(fmt($0.minutebook.p50 - $0.bare.p50, 3)) ms)" }.joined(separator: ", ")
            ))
        if let process {
            targets.append(
                (
                    "whole-process search ≤ sqlite3 shell + 10 ms", process.minutebook - process.sqlite3 <= 10,
                    "\(fmt(process.minutebook, 1)) ms vs \(fmt(process.sqlite3, 1)) ms (+\(fmt(process.minutebook - process.sqlite3, 1)) ms)"
                ))
        }
        if let ingest {
            targets.append(("peak ingest memory < 300 MB", ingest.peakMB < 300, "\(fmt(ingest.peakMB, 1)) MB"))
            targets.append(("no ingest failures", ingest.failures == 0, "\(ingest.failures) failed"))
        }
        say("\n[targets]")
        for (name, pass, detail) in targets { say("  \(pass ? "PASS" : "FAIL")  \(pad(name, 48)) \(detail)") }
        let failed = targets.filter { !$0.1 }.count
        say("Targets: " + targets.map { "\($0.0): \($0.1 ? "PASS" : "FAIL")" }.joined(separator: "; "))
        say(failed == 0 ? "Summary: all \(targets.count) targets met." : "Summary: \(failed) of \(targets.count) targets missed.")
        if check && failed > 0 { throw ExitCode(1) }
    }

    /// Generates `corpus-N` under `work` unless it already holds N documents (or `--fresh`).
    func prepareCorpus(work: URL) throws {
        let fm = FileManager.default
        let corpus = work.appendingPathComponent("corpus-\(documents)", isDirectory: true)
        let existing = (try? fm.contentsOfDirectory(atPath: corpus.path))?.filter { $0.hasPrefix("doc-") && $0.hasSuffix(".txt") }.count ?? 0
        if !fresh && existing == documents {
            say("\n[corpus] reused \(corpus.path) (\(existing) files)")
            return
        }
        if fm.fileExists(atPath: corpus.path) { try fm.removeItem(at: corpus) }
        let started = wallClock()
        let bytes = try CorpusGenerator(seed: 42).generate(count: documents, into: corpus)
        say("\n[corpus] generated \(documents) documents, \(fmt(megabytes(bytes), 1)) MB in \(fmt(wallClock() - started, 1)) s → \(corpus.path)")
    }

    /// Ingests `corpus` into a fresh index at `indexPath` and prints what it cost. The first thing that allocates
    /// much, so ru_maxrss (a lifetime high-water mark) is the ingest's.
    func runIngest(corpus: URL, indexPath: String, taxonomy: Taxonomy) throws -> IngestFigures {
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: indexPath + suffix) {
            try fm.removeItem(atPath: indexPath + suffix)
        }
        let before = Usage.now()
        let wallStart = wallClock()
        let store = try IndexStore.open(at: indexPath, create: true)
        var seen = 0
        let progressEvery = max(1_000, documents / 10)
        let report = try Ingester(store: store, taxonomy: taxonomy).ingest([corpus.path]) { _ in
            seen += 1
            if seen % progressEvery == 0 { FileHandle.standardError.write(Data("  ingest: \(seen)/\(documents)\n".utf8)) }
        }
        let wall = wallClock() - wallStart
        let after = Usage.now()
        let cpu = after.cpuSeconds - before.cpuSeconds
        let textMB = megabytes(report.bytes)
        // What `minutebook ingest` leaves: the write-ahead log folded into the file (IndexMaintenance.tidy).
        try BareConnection(path: indexPath, writable: true).execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let indexBytes = sizeOfFile(indexPath) + sizeOfFile(indexPath + "-wal")
        let figures = IngestFigures(
            mbPerCPU: textMB / max(cpu, 1e-9), peakMB: megabytes(after.peakResidentBytes), failures: report.failed.count,
            textMB: textMB, cpuSeconds: cpu, wallSeconds: wall, indexRatio: Double(indexBytes) / Double(max(report.bytes, 1)))

        say("\n[ingest] \(indexPath)")
        say("  documents      \(report.indexed) indexed, \(report.unchanged) unchanged")
        say("  text           \(fmt(textMB, 1)) MB")
        say("  wall           \(fmt(wall, 2)) s")
        say("  CPU            \(fmt(cpu, 2)) s (user+sys)")
        say("  throughput     \(fmt(textMB / wall, 2)) MB/s wall, \(fmt(figures.mbPerCPU, 2)) MB per CPU-second")
        say(
            "  split          reading and understanding \(fmt(report.understandSeconds, 2)) s (summed over \(ProcessInfo.processInfo.activeProcessorCount) threads), "
                + "index writing \(fmt(report.writeSeconds, 2)) s wall (its own thread, overlapping the reading)")
        say("  passages       \(report.passages) (\(fmt(Double(report.passages) / wall, 0))/s)")
        say("  questions      \(report.questions)")
        say("  peak memory    \(fmt(figures.peakMB, 1)) MB (ru_maxrss; \(fmt(megabytes(before.peakResidentBytes), 1)) MB before ingest)")
        say(
            "  index size     \(fmt(megabytes(indexBytes), 1)) MB (.sqlite + -wal, after a checkpoint) = \(fmt(Double(indexBytes) / Double(max(report.bytes, 1)), 2))× text"
        )
        try printIndexBreakdown(indexPath)
        if report.failed.isEmpty {
            say("  failures       none (report.failed is empty)")
        } else {
            say("  failures       \(report.failed.count) FAILED:")
            for failure in report.failed.prefix(5) { say("    \(failure.path): \(failure.error)") }
        }
        return figures
    }

    /// Where the index's bytes go, table by table (SQLite's dbstat), when SQLite has it.
    func printIndexBreakdown(_ indexPath: String) throws {
        let bare = try BareConnection(path: indexPath)
        guard
            let list = try? bare.scalarText(
                """
                SELECT group_concat(name || ' ' || printf('%.1f', mb), ', ') FROM (
                  SELECT CASE WHEN name LIKE '%_fts%' THEN substr(name, 1, instr(name, '_fts') + 3)
                              WHEN (SELECT type FROM sqlite_master m WHERE m.name = dbstat.name) = 'index' THEN 'indexes' ELSE name END AS name,
                         sum(pgsize) / 1e6 AS mb FROM dbstat GROUP BY 1 ORDER BY mb DESC)
                """)
        else { return }
        say("  index parts    \(list) (MB)")
    }

    /// The ingest's floor: bare SQLite building the same three FTS5 tables (passage text, headings, questions: same
    /// columns, tokenizer, batches of 500 documents, page cache and journal) from rows already in tables, so with no
    /// reading, parsing or row writing. Returns its wall-clock seconds.
    @discardableResult
    func runBareIndexing(indexPath: String, work: URL, minutebook: IngestFigures) throws -> Double {
        let path = work.appendingPathComponent("bare-fts-\(documents).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let bare = try BareConnection(path: path, writable: true)
        let quoted = indexPath.replacingOccurrences(of: "'", with: "''")
        try bare.execute(
            """
            PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
            ATTACH '\(quoted)' AS mb;
            CREATE TABLE p AS SELECT id, document_id, text FROM mb.passages ORDER BY id;
            CREATE TABLE h AS SELECT id, document_id, title, section FROM mb.headings ORDER BY id;
            CREATE TABLE q AS SELECT id, document_id, asker, question, answer FROM mb.questions ORDER BY id;
            DETACH mb;
            CREATE INDEX p_document ON p(document_id); CREATE INDEX h_document ON h(document_id); CREATE INDEX q_document ON q(document_id);
            CREATE VIRTUAL TABLE pf USING fts5(text, tokenize='porter unicode61 remove_diacritics 2', content='p', content_rowid='id');
            CREATE VIRTUAL TABLE hf USING fts5(title, section, tokenize='porter unicode61 remove_diacritics 2', content='h', content_rowid='id');
            CREATE VIRTUAL TABLE qf USING fts5(asker, question, answer, tokenize='porter unicode61 remove_diacritics 2', content='q', content_rowid='id');
            """)
        let before = Usage.now()
        let started = wallClock()
        for low in stride(from: 1, through: documents, by: Ingester.documentsPerBatch) {
            let range = "document_id BETWEEN \(low) AND \(low + Ingester.documentsPerBatch - 1)"
            try bare.execute(
                """
                BEGIN;
                INSERT INTO pf(rowid, text) SELECT id, text FROM p WHERE \(range);
                INSERT INTO hf(rowid, title, section) SELECT id, title, section FROM h WHERE \(range);
                INSERT INTO qf(rowid, asker, question, answer) SELECT id, asker, question, answer FROM q WHERE \(range);
                COMMIT;
                """)
        }
        let wall = wallClock() - started
        let cpu = Usage.now().cpuSeconds - before.cpuSeconds
        let bareMBPerCPU = minutebook.textMB / max(cpu, 1e-9)
        say("\n[bare FTS5 indexing of the same rows] \(path) (deleted afterwards)")
        say("  CPU            \(fmt(cpu, 2)) s (wall \(fmt(wall, 2)) s) for the \(fmt(minutebook.textMB, 1)) MB of documents")
        say("  throughput     \(fmt(bareMBPerCPU, 2)) MB per CPU-second: the ceiling for any ingest into these tables")
        say("  minutebook     \(fmt(minutebook.cpuSeconds / max(cpu, 1e-9), 2))× bare's CPU time (reading, parsing, tagging, row tables and FTS5)")
        say(
            "  minutebook     \(fmt(minutebook.wallSeconds / max(wall, 1e-9), 2))× bare's wall time (\(fmt(minutebook.wallSeconds, 2)) s against \(fmt(wall, 2)) s)"
        )
        return wall
    }

    /// The worst query a user can type: an OR of the index's 1,000 most common words. minutebook searches the
    /// first `QueryParser.maximumSearchTerms` of them (a note says how many were dropped) and stops any query
    /// after `IndexStore.queryTimeLimit`; bare FTS5 runs all 1,000, which is what minutebook did before the cap.
    func runWorstCase(store: IndexStore, bare: BareConnection) throws {
        guard
            let list = try bare.scalarText(
                """
                SELECT group_concat(term, ' ') FROM (SELECT term FROM passages_vocab WHERE term GLOB '[a-z][a-z][a-z]*' ORDER BY doc DESC, term LIMIT 1000)
                """)
        else { throw BenchError("no vocabulary for the worst case") }
        let words = list.split(separator: " ").map(String.init)
        let query = words.joined(separator: " OR ")
        say("\n[worst case] an OR of the \(words.count) most common words, limit \(Self.limit); ms")
        func time(runs: Int = 3, _ body: () throws -> Void) rethrows -> [Double] {
            try (0..<runs).map { _ in
                let t = wallClock(); try body(); return (wallClock() - t) * 1000
            }
        }
        var notes: [String] = []
        let passages = try time { notes = try Searcher(store: store).search(query, options: SearchOptions(limit: Self.limit)).notes }
        let questions = try time { _ = try QuestionSearcher(store: store).search(query, options: QuestionOptions(limit: Self.limit)) }
        say("  minutebook search     p50 \(fmt(percentile(passages, 50), 1)), max \(fmt(passages.max() ?? 0, 1))  (\(notes.last ?? "no note"))")
        say("  minutebook questions  p50 \(fmt(percentile(questions, 50), 1)), max \(fmt(questions.max() ?? 0, 1))")
        let expression = words.map { "\"\($0)\"" }.joined(separator: " OR ")
        let statement = try bare.prepare("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?1 ORDER BY rank LIMIT \(Self.limit)")
        let uncapped = try time(runs: 1) { _ = try statement.run(binding: expression) }  // once: seconds on a big index
        say("  bare FTS5, all \(words.count) terms (no cap)  one run \(fmt(uncapped[0], 1))")
        let started = wallClock()
        do {
            _ = try Searcher(store: store).search(expression, options: SearchOptions(limit: Self.limit, raw: true))
            say(
                "  --raw, all \(words.count) terms: finished in \(fmt((wallClock() - started) * 1000, 1)) ms, under the \(fmt(store.queryTimeLimit, 0)) s limit"
            )
        } catch let error as IndexError {
            say("  --raw, all \(words.count) terms: stopped after \(fmt(wallClock() - started, 2)) s: \(error.localizedDescription)")
        }
    }

    /// A pseudo-word from the generated long tail in 2–20 passages (closest to 10, then alphabetical): deterministic
    /// for a given corpus. Generated pseudo-words are consonant-vowel-consonant-vowel-consonant stems.
    static func rareTerm(_ bare: BareConnection) throws -> (term: String, documents: Int) {
        let stem = "[bdfghjklmnprstvz][aeiou][bdfghjklmnprstvz][aeiou][bdfghjklmnprstvz]*"
        for (low, high) in [(2, 20), (1, 1_000_000)] {
            let sql = """
                SELECT term || ' ' || doc FROM passages_vocab
                WHERE doc BETWEEN \(low) AND \(high) AND length(term) BETWEEN 5 AND 9 AND term GLOB '\(stem)'
                ORDER BY abs(doc - 10), term LIMIT 1
                """
            if let row = try bare.scalarText(sql) {
                let parts = row.split(separator: " ")
                return (String(parts[0]), Int(parts[1]) ?? 0)
            }
        }
        throw BenchError("no rare term found in passages_vocab")
    }

    static func printTable(_ results: [QueryResult]) {
        let header = [
            pad("kind", 9), pad("query", 30), pad("hits", 7, right: true), pad("minutebook p50/p95", 20, right: true),
            pad("bare p50/p95", 18, right: true), pad("ratio p50", 10, right: true), pad("ratio p95", 10, right: true),
            pad("+snip p50", 10, right: true), pad("ratio", 6, right: true),
        ]
        say("  " + header.joined(separator: " | "))
        say("  " + String(repeating: "-", count: header.joined(separator: " | ").count))
        for r in results {
            let label = r.query.text + (r.query.topic.map { " --topic \($0)" } ?? "")
            let hits = r.minutebookHits == r.bareHits ? "\(r.minutebookHits)" : "\(r.minutebookHits)/\(r.bareHits)"
            let cells = [
                pad(r.query.kind, 9), pad(label, 30), pad(hits, 7, right: true),
                pad("\(fmt(r.minutebook.p50, 3)) / \(fmt(r.minutebook.p95, 3))", 20, right: true),
                pad("\(fmt(r.bare.p50, 3)) / \(fmt(r.bare.p95, 3))", 18, right: true),
                pad(fmt(r.ratio50), 10, right: true), pad(fmt(r.ratio95), 10, right: true),
                pad(fmt(r.bareWithSnippets, 3), 10, right: true), pad(fmt(r.minutebook.p50 / r.bareWithSnippets), 6, right: true),
            ]
            say("  " + cells.joined(separator: " | "))
        }
    }
}

/// What the ingest measured, for the targets.
struct IngestFigures {
    var mbPerCPU: Double
    var peakMB: Double
    var failures: Int
    var textMB: Double
    var cpuSeconds: Double
    var wallSeconds: Double
    /// Index size (.sqlite + -wal) over the documents' size.
    var indexRatio: Double
    /// Bare SQLite's wall-clock seconds to build the same full-text tables, once measured.
    var bareWallSeconds: Double?
}

struct QueryCase {
    var kind: String
    var text: String
    var topic: String? = nil
    var questions = false
    /// The bare side searches the topic-widened expression (what minutebook searches when it expands).
    var expandBare = false

    /// The bare query: FTS5 rank order, no row details, no exact-phrase check, and no snippets unless `snippets`
    /// (then FTS5's snippet() over every column, about as long as minutebook's).
    func bareSQL(table: String, limit: Int, snippets: Bool = false) -> String {
        let columns = snippets ? "f.rowid, snippet(\(table), -1, char(2), char(3), '…', 28)" : "f.rowid"
        if let topic {
            let quoted = topic.replacingOccurrences(of: "'", with: "''")
            return """
                SELECT \(columns) FROM \(table) f JOIN passage_topics t ON t.passage_id = f.rowid AND t.topic = '\(quoted)' \
                WHERE \(table) MATCH ?1 ORDER BY f.rank LIMIT \(limit)
                """
        }
        return "SELECT \(columns) FROM \(table) f WHERE \(table) MATCH ?1 ORDER BY rank LIMIT \(limit)"
    }
}

struct QueryResult {
    var query: QueryCase
    var expression: String
    var sql: String
    var minutebookHits: Int
    var bareHits: Int
    var minutebook: (p50: Double, p95: Double)
    var bare: (p50: Double, p95: Double)
    /// p50 of the bare query with FTS5's snippet() for each row.
    var bareWithSnippets: Double
    var ratio50: Double { minutebook.p50 / bare.p50 }
    /// Within the target: at most 1.3× bare, or at most 1 ms slower, p50.
    var withinTarget: Bool { ratio50 <= 1.3 || minutebook.p50 - bare.p50 <= 1.0 }
    var ratio95: Double { minutebook.p95 / bare.p95 }
}

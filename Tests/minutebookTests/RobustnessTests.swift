import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits until `condition` holds, polling, for at most `timeout` seconds.
func waitUntil(timeout: TimeInterval, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

func fileSize(_ url: URL) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int) ?? 0
}

/// Issue 6: the index survives a killed ingest, serves searches during an ingest, and refuses a file that is not an index.
/// Serialized: the large-corpus tests each keep a core busy for several seconds.
@Suite("robustness", .serialized)
struct RobustnessTests {
    /// 200 copies of each of the five documents: 1,000 files, two or more of the ingester's batches (500 files or
    /// 4 MB each), so a kill after the first commit lands while the next batch is being prepared.
    static let copies = 200

    /// A file of 50 MB is far beyond real minutes (a year of them is a few MB) but under the 64 MB limit: it is
    /// indexed, alone, while the small files around it go in as usual; a file over the limit is refused by name
    /// without being read.
    @Test("a 50 MB document is indexed beside small files; one over the size limit is reported by name")
    func hugeFiles() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.makeLargeCorpus(in: "mixed", copies: 4)
        let original = try String(contentsOf: RepoPaths.corpus.appendingPathComponent(try RepoPaths.corpusFileNames()[1]), encoding: .utf8)
        var huge = ""
        huge.reserveCapacity(50_500_000)
        while huge.utf8.count < 50_000_000 { huge += original + "\n\n" }
        huge += "The PCC reported that quillwort figures would follow.\n"
        try ws.write("mixed/huge-minutes.txt", huge)
        let tooBig = ws.url("mixed/too-big.txt")
        try ws.write("mixed/too-big.txt", "")
        let handle = try FileHandle(forWritingTo: tooBig)
        try handle.truncate(atOffset: 65 * 1_048_576)   // sparse: over the limit without writing 65 MB
        try handle.close()

        let result = try ws.run("ingest", "mixed", timeout: 600)
        #expect(result.status == 2 && result.exitedNormally, "\(result)")
        let refused = result.stderrLines.first { $0.contains("mixed/too-big.txt:") }
        #expect(refused?.contains("over the 64 MB limit") == true, "\(result.stderr)")
        #expect(!result.stderr.contains("huge-minutes.txt"), "\(result.stderr)")
        #expect(result.stdoutLines.first?.hasPrefix("21 indexed, 0 unchanged, 0 removed, 1 failed") == true, "\(result)")
        #expect(try ws.searchHits("quillwort").map(\.document) == ["huge-minutes.txt"])
        let (_, report) = try ws.checkReport()
        #expect(report.ok && report.documents == 21)
    }

    @Test("a SIGKILLed ingest leaves a sound index that a second ingest completes")
    func killedIngest() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let files = try ws.makeLargeCorpus(in: "big", copies: Self.copies)
        #expect(files == Self.copies * 5)

        let ingest = try ws.start("ingest", "big")
        // Kill it once it is writing: the write-ahead log has a few documents' worth in it.
        let wal = ws.url("index/minutebook.sqlite-wal")
        let writing = waitUntil(timeout: 30) { fileSize(wal) > 400_000 || !ingest.isRunning }
        #expect(writing)
        usleep(UInt32.random(in: 50_000...300_000))
        #expect(ingest.isRunning, "the ingest finished before it could be killed; the corpus is too small to test this")
        ingest.kill(SIGKILL)
        let killed = ingest.wait(timeout: 30)
        #expect(killed.signalled && killed.status == SIGKILL, "\(killed)")

        let check = try ws.run("check")
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("the index is sound"), "\(check)")
        let (_, report) = try ws.checkReport()
        #expect(report.ok)
        #expect(report.checks.contains { $0.name.contains("integrity_check") && $0.ok })
        // passages_fts, headings_fts and questions_fts.
        #expect(report.checks.filter { $0.name.contains("fts5") }.count == 3 && report.checks.allSatisfy(\.ok))
        #expect(report.checks.contains { $0.name == "fts5 integrity-check headings_fts" })
        let committed = report.documents
        #expect(committed < files)

        let search = try ws.run("search", "police")
        #expect(search.status == 0 && search.exitedNormally, "\(search)")
        #expect(!search.stderr.contains("no index yet"))
        if committed > 0 { #expect(search.stdout.contains("1. "), "documents that were committed are searchable\n\(search)") }

        // The second ingest finishes the job: documents committed before the kill are whole (unchanged), the rest indexed.
        let second = try ws.run("ingest", "big", "--json")
        #expect(second.status == 0, "\(second)")
        let summary = try JSONOut.decode(IngestJSON.self, second)
        #expect(summary.failed.isEmpty)
        #expect(summary.unchanged == committed, "every document committed before the kill was complete")
        #expect(summary.indexed + summary.unchanged == files)
        let (_, final) = try ws.checkReport()
        #expect(final.ok && final.documents == files)
        // Each copy's closing line was indexed exactly once.
        #expect(try ws.searchHits("archive", "--limit", "1000").count == files)
    }

    @Test("searches run while an ingest is writing all succeed")
    func searchDuringIngest() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.ingestOK()   // the five documents are indexed already
        let files = try ws.makeLargeCorpus(in: "big", copies: Self.copies)

        let ingest = try ws.start("ingest", "big")
        let wal = ws.url("index/minutebook.sqlite-wal")
        #expect(waitUntil(timeout: 30) { fileSize(wal) > 400_000 || !ingest.isRunning })
        var overlapping = 0
        var results: [CLIResult] = []
        for query in ["cuckooing", "police", "FGM", "Egleton", "county lines", "hate OR slavery"] {
            let during = ingest.isRunning
            let result = try ws.run("search", query, "--limit", "3", timeout: 60)
            if during && ingest.isRunning { overlapping += 1 }
            results.append(result)
        }
        let topics = try ws.run("topics")
        let finished = ingest.wait(timeout: 120)
        #expect(finished.status == 0 && finished.exitedNormally, "\(finished)")
        #expect(overlapping >= 2, "searches should have run while the ingest was writing (\(overlapping) did)")
        for result in results {
            #expect(result.status == 0 && result.exitedNormally, "\(result)")
            #expect(result.stdout.contains("1. "), "the already-indexed documents answer\n\(result)")
            #expect(!result.stderr.lowercased().contains("locked"), "\(result)")
        }
        #expect(topics.status == 0, "\(topics)")
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == files + 5)
    }

    @Test("an index file that is not SQLite is refused with a one-line error and left alone",
          arguments: ["search police", "ingest", "topics", "check", "search --topic fgm", "questions"])
    func garbageIndex(_ command: String) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let garbage = Data("These are my notes, not a database.\n\u{00}\u{01}\u{02} 0123456789abcdef\n".utf8)
        try ws.write("index/minutebook.sqlite", garbage)

        let result = try ws.run(arguments: command.split(separator: " ").map(String.init))
        #expect(result.status == 1, "\(result)")
        #expect(result.exitedNormally)
        #expect(result.stderrLines.count == 1, "one line\n\(result)")
        #expect(result.stderr.contains("index/minutebook.sqlite"), "the message names the file\n\(result)")
        #expect(!result.stderr.contains("SQLITE") && !result.stderr.contains("file is not a database"), "\(result)")
        #expect(try ws.read("index/minutebook.sqlite") == garbage, "the file must not be overwritten")
        #expect(!ws.exists("index/minutebook.sqlite-wal"))
    }

    @Test("a file with an SQLite header but damaged pages is refused and left alone")
    func damagedDatabase() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096 - bytes.count))
        try ws.write("index/minutebook.sqlite", bytes)
        let result = try ws.run("search", "police")
        #expect(result.status == 1, "\(result)")
        #expect(result.exitedNormally)
        #expect(result.stderrLines.count == 1, "\(result)")
        #expect(result.stderr.contains("index/minutebook.sqlite"), "\(result)")
        #expect(try ws.read("index/minutebook.sqlite") == bytes, "the file must not be overwritten")
    }

    @Test("check on a sound index says so and exits 0; on no index it exits 1")
    func checkSoundIndex() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let none = try ws.run("check")
        #expect(none.status == 1, "\(none)")
        #expect(none.stderr.contains("no index"), "\(none)")
        #expect(!ws.exists("index/minutebook.sqlite"), "check does not create an index")

        try ws.ingestOK()
        let result = try ws.run("check")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("the index is sound"), "\(result)")
        #expect(!result.stdout.contains("FAIL"))
        let (_, report) = try ws.checkReport()
        #expect(report.ok && report.documents == 5)
        #expect(report.passages > 0 && report.questions > 0)
    }
}

@Suite("show")
struct ShowCommandTests {
    @Test("show prints how a file is understood: meeting date and item")
    func showMinutes() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.corpusFile("001_")
        let result = try ws.run("show", file)
        #expect(result.status == 0, "\(result)")
        // The header says: "Meeting of Thames Valley Police and Crime Panel, Friday, 2nd February, 2018 11.00 am (Item 150.)"
        #expect(result.stdout.contains("meeting date: 2018-02-02"), "\(result)")
        #expect(result.stdout.contains("item 150"), "\(result)")
        #expect(result.stdout.contains("Thames Valley Police and Crime Panel"))
        // Cllr Burke's bullet asks about the FGM strategy.
        #expect(result.stdout.contains("Cllr Burke asked for an update on the FGM strategy"), "\(result)")
        #expect(!ws.exists("index/minutebook.sqlite"), "show does not touch the index")

        let json = try ws.run("show", file, "--json")
        let object = try JSONOut.object(json)
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["meeting_date"] as? String == "2018-02-02", "\(metadata)")
        #expect(metadata["meetingDate"] == nil, "show --json writes snake_case keys, as every command does")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["number"] as? String == "150")

        let missing = try ws.run("show", "corpus/nope.txt")
        #expect(missing.status != 0 && missing.exitedNormally)
        #expect(missing.stderr.contains("corpus/nope.txt"), "\(missing)")
    }
}

import Foundation
import GRDB
import MinutebookTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 10, end to end: what the user has is never lost, no input crashes or hangs the tool, a read-only
/// index answers, hostile bytes reach no terminal, and queries are bounded.

/// Scalars that must never reach a terminal raw: C0 controls but tab and newline, DEL, C1, bidi overrides
/// and isolates. Written out here rather than taken from the code under test.
func unsafeScalars(_ text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }.map { String(format: "U+%04X", $0.value) }
}

func expectSafeOutput(_ result: CLIResult, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(unsafeScalars(result.stdout).isEmpty, "stdout has \(unsafeScalars(result.stdout))\n\(result)", sourceLocation: sourceLocation)
    #expect(unsafeScalars(result.stderr).isEmpty, "stderr has \(unsafeScalars(result.stderr))\n\(result)", sourceLocation: sourceLocation)
}

/// A failure that is one line on stderr, with the given exit status, naming what it should.
func expectOneLineError(_ result: CLIResult, status: Int32 = 1, mentions: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.exitedNormally, "\(result)", sourceLocation: sourceLocation)
    #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "one line\n\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(mentions), "should mention '\(mentions)'\n\(result)", sourceLocation: sourceLocation)
    for raw in ["NSCocoaErrorDomain", "Fatal error", "SQLITE", "GRDB"] {
        #expect(!result.stderr.contains(raw), "\(result)", sourceLocation: sourceLocation)
    }
}

extension Workspace {
    /// Files in `folder` whose names contain `.rebuild-` (a rebuild's new index, being built or abandoned).
    func rebuildFiles(in folder: String = "index") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []).filter { $0.contains(".rebuild-") }.sorted()
    }

    /// The index file's bytes and modification time.
    func indexSnapshot(_ relative: String = "index/minutebook.sqlite") throws -> (Data, Date?) {
        (try read(relative), try FileManager.default.attributesOfItem(atPath: url(relative).path)[.modificationDate] as? Date)
    }
}

@Suite("safety: --rebuild never loses what the user has", .serialized)
struct RebuildSafetyTests {
    /// Short minutes in three of the ingester's batches (at most 500 files each): the tests hold the ingest after
    /// its first batch is written, with more to come.
    static let manyFiles = 1_001

    @Test(
        "--rebuild refuses a folder, a text file or another program's database at --index, and leaves it alone",
        arguments: ["folder", "text file", "other database"])
    func refusesWhatIsNotAnIndex(_ kind: String) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let target: String
        var expected: [String: Data] = [:]
        switch kind {
        case "folder":
            // The issue: `cp -r corpus cc; minutebook ingest cc --index cc --rebuild` deleted cc.
            target = "cc"
            for name in try RepoPaths.corpusFileNames() {
                try ws.write("cc/\(name)", try ws.read("corpus/\(name)"))
                expected["cc/\(name)"] = try ws.read("corpus/\(name)")
            }
        case "text file":
            target = "notes.txt"
            try ws.write(target, "My notes for the next panel.\n")
            expected[target] = try ws.read(target)
        default:
            target = "contacts.sqlite"
            try DatabaseQueue(path: ws.url(target).path).write { db in
                try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Alice')")
            }
            expected[target] = try ws.read(target)
        }
        for arguments in [
            ["ingest", "corpus", "--index", target, "--rebuild"], ["ingest", "corpus", "--index", target], ["search", "police", "--index", target],
        ] {
            let result = try ws.run(arguments: arguments)
            expectOneLineError(result, mentions: target)
            #expect(result.stderr.contains(kind == "folder" ? "is a folder" : "is not a minutebook index"), "\(result)")
        }
        for (path, data) in expected { #expect(try ws.read(path) == data, "\(path) was changed") }
        if kind == "folder" { #expect(try FileManager.default.contentsOfDirectory(atPath: ws.url("cc").path).sorted() == RepoPaths.corpusFileNames()) }
        #expect(!ws.exists(target + ".lock") && ws.rebuildFiles(in: ".").isEmpty, "nothing is created beside what was refused")
    }

    @Test("a rebuild killed part-way leaves the old index whole; the next ingest removes its half-built file")
    func killedRebuild() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.ingestOK()  // its own: the last step ingests corpus/ again, and the index records where the files are
        let (before, _) = try ws.indexSnapshot()
        try ws.makeManySmallMinutes(in: "big", count: Self.manyFiles)

        // Killed once its first batch is written into the new index beside the old one.
        let rebuild = try ws.startWatched("ingest", "big", "--rebuild", "--verbose")
        #expect(rebuild.waitForLine(containing: "indexed: big/"), "the rebuild wrote no batch")
        #expect(rebuild.isRunning && !ws.rebuildFiles().isEmpty, "the rebuild should be writing its new index beside the old one")
        rebuild.signal(SIGKILL)
        #expect(rebuild.wait().signalled)

        #expect(try ws.read("index/minutebook.sqlite") == before, "the old index is untouched")
        #expect(try ws.searchHits("drones").map(\.document) == ["000_55528872e39bc363.txt"])
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == 5)
        #expect(!ws.rebuildFiles().isEmpty, "the killed rebuild's file is still there…")
        try ws.ingestOK()
        #expect(ws.rebuildFiles().isEmpty, "…until the next ingest removes it")
    }

    /// The issue: a rebuild started while another ingest wrote left 5 documents where that ingest had reported
    /// 3,000, and both exited 0.
    @Test("a rebuild started while an ingest writes is refused; the ingest completes and all it reported is there")
    func rebuildDuringIngest() throws {
        let ws = try Workspace.indexed(inProcess: false)
        defer { ws.remove() }
        let files = try ws.makeManySmallMinutes(in: "big", count: Self.manyFiles)
        // Held once its first batch is committed: it has the index (and its lock) and more to write.
        let ingest = try ws.startWatched("ingest", "big", "--verbose")
        #expect(ingest.waitForLine(containing: "indexed: big/"), "the ingest wrote no batch")
        #expect(ingest.isRunning, "the corpus is too small to test this")
        ingest.pause()
        let rebuild = try ws.run("ingest", "corpus", "--rebuild")
        ingest.resume()
        expectOneLineError(rebuild, mentions: "run the rebuild again when it has finished")
        let finished = ingest.wait()
        #expect(finished.status == 0 && finished.stdout.hasPrefix("\(files) indexed"), "\(finished)")
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == files + 5)
    }

    @Test("while a rebuild runs: an ingest is told to run again, a second rebuild too, and searches answer from the old index")
    func duringRebuild() throws {
        let ws = try Workspace.indexed(inProcess: false)
        defer { ws.remove() }
        let files = try ws.makeManySmallMinutes(in: "big", count: Self.manyFiles)
        // Held once its first batch is in the new index: the old index is still the one in place.
        let rebuild = try ws.startWatched("ingest", "big", "--rebuild", "--verbose")
        #expect(rebuild.waitForLine(containing: "indexed: big/"), "the rebuild wrote no batch")
        #expect(rebuild.isRunning, "the corpus is too small to test this")
        rebuild.pause()

        let ingest = try ws.run("ingest", "corpus")
        let second = try ws.run("ingest", "corpus", "--rebuild")
        var searches: [CLIResult] = []
        for _ in 0..<3 { searches.append(try ws.run("search", "drones", "--json")) }
        #expect(rebuild.isRunning)
        rebuild.resume()

        expectOneLineError(ingest, mentions: "is being rebuilt")
        #expect(ingest.stderr.contains("run this again when it has finished"))
        expectOneLineError(second, mentions: "run the rebuild again")
        for search in searches {
            #expect(search.status == 0, "\(search)")
            // The old index, whole: the rebuild has not been swapped in.
            let hits = try JSONOut.decode([Hit].self, search)
            #expect(!hits.isEmpty && hits.allSatisfy { $0.document == "000_55528872e39bc363.txt" }, "\(search)")
        }

        let finished = rebuild.wait()
        #expect(finished.status == 0 && finished.stdout.hasPrefix("\(files) indexed"), "\(finished)")
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == files, "the rebuilt index holds exactly what the rebuild read")
        #expect(ws.rebuildFiles().isEmpty)
        #expect(!ws.exists("index/minutebook.sqlite-wal") || fileSize(ws.url("index/minutebook.sqlite-wal")) == 0)
    }
}

@Suite("safety: no crash, hang or raw error")
struct CrashSafetyTests {
    @Test(
        "--limit out of range is a usage error, never an overflow",
        arguments: [
            ["search", "\"county lines\""], ["search", "police", "--by-meeting"], ["questions"], ["questions", "fgm"], ["asked", "county", "lines"],
        ])
    func limits(_ command: [String]) throws {
        try withIndexedWorkspace { ws throws in
            let maximum = command[0] == "asked" ? 1_000 : 10_000
            for limit in ["9223372036854775807", "0", "-1", "\(maximum + 1)"] {
                let result = try ws.run(arguments: command + ["--limit=\(limit)"])
                #expect(result.exitedNormally && result.status == 64, "\(result)")
                #expect(result.stderr.contains("--limit must be between 1 and \(maximum)"), "\(result)")
            }
            let largest = try ws.run(arguments: command + ["--limit", "\(maximum)"])
            #expect(largest.status == 0, "\(largest)")
        }
    }

    static let everyCommand: [[String]] = [
        ["search", "police"], ["questions"], ["topics"], ["brief", "fgm"], ["asked", "county lines"], ["check"], ["check", "--json"],
        ["ingest"], ["ingest", "--rebuild"],
    ]

    @Test("--index or MINUTEBOOK_INDEX naming a folder: one line, every command", arguments: everyCommand)
    func indexIsAFolder(_ command: [String]) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try FileManager.default.createDirectory(at: ws.url("folder"), withIntermediateDirectories: true)
        expectOneLineError(try ws.run(arguments: command + ["--index", "folder"]), mentions: "folder is a folder, not an index file")
        expectOneLineError(try ws.run(arguments: command, environment: ["MINUTEBOOK_INDEX": "folder"]), mentions: "folder is a folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws.url("folder").path).isEmpty)
    }

    @Test("--index naming a named pipe: one line at once, never a hang", arguments: everyCommand)
    func indexIsAFIFO(_ command: [String]) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        #expect(mkfifo(ws.url("pipe").path, 0o644) == 0)
        let result = try ws.run(arguments: command + ["--index", "pipe"], timeout: 30)
        #expect(!result.timedOut, "hung on the pipe")
        expectOneLineError(result, mentions: "pipe is a named pipe (FIFO)")
    }

    /// Damaged bytes at seeded places all over the file; the library's tests aim at the topic tables.
    @Test("an index with damaged bytes: no command crashes; errors are one line; check --json always prints its report")
    func damagedIndex() throws {
        try withIndexedWorkspace { ws throws in
            let original = try ws.read("index/minutebook.sqlite")
            var random = SplitMix64(seed: 0x64_616D_6167_65)
            let commands: [[String]] = [
                ["topics"], ["search", "police"], ["questions"], ["brief", "fgm"], ["asked", "county lines drugs"], ["check", "--json"],
            ]
            for round in 0..<14 {
                var bytes = original
                let offset = round == 0 ? 100 : Int(random.next() % UInt64(bytes.count))  // round 0: the header
                bytes[offset] ^= UInt8(1 + random.next() % 255)
                try ws.write("damaged.sqlite", bytes)
                for command in commands {
                    let result = try ws.run(arguments: command + ["--index", "damaged.sqlite"], timeout: 60)
                    #expect(result.exitedNormally, "byte \(offset): \(command) crashed\n\(result)")
                    #expect(result.status == 0 || result.status == 1, "byte \(offset): \(result)")
                    if result.status == 1 && command[0] != "check" { #expect(result.stderrLines.count == 1, "byte \(offset): \(result)") }
                    if command[0] == "check" { #expect((try? JSONOut.decode(CheckJSON.self, result)) != nil, "byte \(offset): no JSON\n\(result)") }
                    #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Duplicate values"), "\(result)")
                }
            }
        }
    }
}

/// Whether this machine lets a test mount a folder read-only in a private mount namespace (root with
/// CAP_SYS_ADMIN, as here; often not in CI containers).
enum ReadOnlyMount {
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-mount-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try? run(folder: folder.path, ["/bin/sh", "-c", "touch \"$0/probe\" 2>/dev/null && exit 1; exit 0", folder.path], in: folder)
        return result?.status == 0
    }()

    /// Runs `command` with `folder` mounted read-only (only for this process and its children).
    static func run(folder: String, _ command: [String], in directory: URL, environment: [String: String] = [:]) throws -> CLIResult {
        let script = "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && exec \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "--propagation", "private", "/bin/sh", "-c", script, "sh", folder] + command
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        for key in ["MINUTEBOOK_INDEX", "MINUTEBOOK_TOPICS"] { env[key] = nil }
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        return try RunningCLI.launch(process, arguments: command, label: "ro").wait(timeout: 120)
    }
}

@Suite("safety: read-only indexes")
struct ReadOnlyIndexTests {
    static let queries: [[String]] = [
        ["search", "county lines"], ["search", "police", "--by-meeting"], ["search", "--topic", "fgm"], ["search", "--raw", "NEAR(fgm strategy, 5)"],
        ["questions"], ["questions", "fgm", "--json"], ["topics"], ["topics", "--json"], ["brief", "fgm"], ["brief", "county lines", "--format", "json"],
        ["asked", "What is being done about county lines?"], ["check"], ["check", "--json"],
    ]

    /// Tests run as root here, and chmod stops no root, so this checks the bytes: a query that wrote (a migration,
    /// a checkpoint, the schema version rising by 2 as the issue found) would change them or the time.
    @Test("no query command changes a byte of the index or its time, or leaves a -wal or -shm file")
    func queriesNeverWrite() throws {
        try withIndexedWorkspace { ws throws in
            let before = try ws.indexSnapshot()
            for query in Self.queries {
                let result = try ws.run(arguments: query)
                #expect(result.status == 0, "\(result)")
                let after = try ws.indexSnapshot()
                #expect(after.0 == before.0 && after.1 == before.1, "\(query) changed the index")
                #expect(!ws.exists("index/minutebook.sqlite-wal") && !ws.exists("index/minutebook.sqlite-shm"), "\(query) left -wal/-shm")
            }
        }
    }

    /// A published or backed-up index on a read-only mount: SQLite cannot create the -shm a WAL database needs,
    /// so minutebook opens it immutable.
    @Test(
        "every query command answers from an index on a read-only mount; an ingest there fails in one line",
        .enabled(if: ReadOnlyMount.available, "needs unshare and mount (root with CAP_SYS_ADMIN)"))
    func readOnlyMount() throws {
        try withIndexedWorkspace { ws throws in
            try FileManager.default.createDirectory(at: ws.url("published"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: ws.defaultIndex, to: ws.url("published/minutebook.sqlite"))
            let before = try ws.indexSnapshot("published/minutebook.sqlite")
            let binary = try MinutebookBinary.url().path
            for query in Self.queries {
                let result = try ReadOnlyMount.run(
                    folder: ws.url("published").path, [binary] + query + ["--index", "published/minutebook.sqlite"], in: ws.root)
                #expect(result.status == 0 && result.exitedNormally, "\(result)")
                #expect(!result.stdout.isEmpty, "\(result)")
            }
            let ingest = try ReadOnlyMount.run(folder: ws.url("published").path, [binary, "ingest", "--index", "published/minutebook.sqlite"], in: ws.root)
            expectOneLineError(ingest, mentions: "published/minutebook.sqlite")
            #expect(try ws.indexSnapshot("published/minutebook.sqlite").0 == before.0)
        }
    }
}

@Suite("safety: hostile bytes never reach a terminal")
struct HostileBytesTests {
    static let evil = """
        Meeting of Thames Valley Police and Crime Panel, Friday, 3rd March, 2019 (Item 7.)

        Minutes:

        Cllr Hayes asked the PCC whether zanzibarite\u{1B}[2J\u{1B}[H was\u{08}\u{08} used in county lines \u{9B}31m cases \u{202E}gnp.exe. \
        The PCC reported that zanzibarite \u{1B}]0;pwned\u{07} \u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\ was rare\u{7F} and \
        he would look into it.

        """

    @Test("escape sequences in documents, sidecars, topic names and file names come out visible, from every command")
    func everyPrinter() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write("corpus/evil.txt", Self.evil)
        try ws.write("corpus/evil.txt.meta.json", #"{"title": "Budget \u001b]0;owned\u0007 \u202e", "body": "Panel \u001b[31mred\u009b"}"#)
        try ws.write("corpus/name\u{1B}[31m\u{202E}.txt", try ws.read(try ws.corpusFile("001_")))
        var taxonomy = try JSONSerialization.jsonObject(with: try ws.read("index/topics.json")) as! [String: Any]
        var topics = taxonomy["topics"] as! [[String: Any]]
        let index = topics.firstIndex { $0["id"] as? String == "county-lines" }!
        topics[index]["name"] = "County lines \u{1B}[5m\u{07}"
        taxonomy["topics"] = topics
        try ws.write("index/topics.json", try JSONSerialization.data(withJSONObject: taxonomy))

        let ingest = try ws.run("ingest", "-v")
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ingest.stderr.contains("name␛[31m\u{FFFD}.txt"), "the file name is shown, made visible\n\(ingest)")
        expectSafeOutput(ingest)
        let commands: [[String]] = [
            ["search", "zanzibarite"], ["search", "zanzibarite", "--by-meeting"], ["search", "zanzibarite", "--raw"], ["search", "revenge porn"],
            ["questions", "zanzibarite"], ["asked", "Is zanzibarite used in county lines?"], ["brief", "county-lines"],
            ["show", "corpus/evil.txt"], ["topics"], ["search", "nothingmatchesthis\u{1B}[2J"], ["brief", "no such topic \u{1B}]0;x\u{07}"],
            ["ingest", "corpus/evil.txt", "--force", "-v"], ["show", "corpus/missing\u{1B}[2J.txt"],
        ]
        for command in commands {
            let result = try ws.run(arguments: command)
            #expect(result.exitedNormally, "\(result)")
            expectSafeOutput(result)
        }
        let text = try ws.run("questions", "zanzibarite")
        #expect(
            text.stdout.contains("␛]0;pwned␇") && text.stdout.contains("␛[2J") && text.stdout.contains("\u{FFFD}gnp.exe"),
            "visible, not obeyed\n\(text)")

        // JSON carries the text unchanged, every control escaped.
        for command in [
            ["search", "zanzibarite", "--json"], ["questions", "zanzibarite", "--json"], ["show", "corpus/evil.txt", "--json"], ["topics", "--json"],
        ] {
            let result = try ws.run(arguments: command)
            #expect(result.status == 0, "\(result)")
            expectSafeOutput(result)
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(result)")
        }
        let hits = try ws.searchHits("zanzibarite")
        #expect(hits.first?.text.contains("\u{1B}]0;pwned\u{07} \u{1B}]8;;https://evil.example") == true, "the stored text is kept whole")
        #expect(hits.first?.title?.contains("\u{202E}") == true && hits.first?.body == "Panel \u{1B}[31mred\u{9B}")
    }
}

@Suite("safety: bounded queries")
struct BoundedQueryTests {
    @Test("an OR of 1,000 words runs the first 64 and says so; questions too")
    func orOfThousandWords() throws {
        try withIndexedWorkspace { ws throws in
            let query = (0..<1_000).map { $0 % 3 == 0 ? "police" : "word\($0)" }.joined(separator: " OR ")
            for command in ["search", "questions"] {
                let started = Date()
                let result = try ws.run(command, query, "--limit", "3")
                #expect(result.status == 0, "\(result)")
                #expect(Date().timeIntervalSince(started) < 20)
                #expect(result.stderr.contains("the query has 1000 terms; only the first 64 were searched (936 dropped)"), "\(result)")
            }
        }
    }

    @Test("a query past its time limit is stopped with a one-line message; the limit is range-checked")
    func timeLimit() throws {
        try withIndexedWorkspace { ws throws in
            let slow = try ws.run("search", "police OR crime OR panel", environment: ["MINUTEBOOK_QUERY_TIMEOUT": "0"])
            expectOneLineError(slow, mentions: "the query took too long (over 0 s) and was stopped; narrow it")
            #expect(try ws.run("search", "police", environment: ["MINUTEBOOK_QUERY_TIMEOUT": "5"]).status == 0)
            let bad = try ws.run("search", "police", environment: ["MINUTEBOOK_QUERY_TIMEOUT": "soon"])
            #expect(bad.status == 64 && bad.stderr.contains("MINUTEBOOK_QUERY_TIMEOUT must be a number of seconds"), "\(bad)")
        }
    }

    @Test("a note is printed once, not once per occurrence")
    func notesOnce() throws {
        try withIndexedWorkspace { ws throws in
            let result = try ws.run("search", Array(repeating: "fgm NEAR police", count: 40).joined(separator: " "))
            #expect(result.stderrLines.filter { $0.contains("NEAR") }.count == 1, "\(result)")
        }
    }
}

@Suite("safety: text is kept whole")
struct TextKeptWholeTests {
    @Test("text after a NUL byte past the first 8 KB is indexed, with a warning naming the line")
    func nulByte() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        var data = try ws.read(try ws.corpusFile("001_"))
        while data.count < 9_000 { data.append(Data("\nThe Panel noted the update.\n".utf8)) }
        data.append(0)
        data.append(Data("The PCC reported that quillwort MARK was found.\n".utf8))
        try ws.write("corpus/001_b4dcf0142f218540.txt", data)
        let ingest = try ws.ingestOK()
        #expect(ingest.stderr.contains("warning: corpus/001_b4dcf0142f218540.txt: line "), "\(ingest)")
        #expect(ingest.stderr.contains("a NUL byte was replaced with U+FFFD"), "\(ingest)")
        #expect(try ws.searchHits("MARK", "--no-expand").contains { $0.text.contains("quillwort MARK was found") })
        let show = try ws.run("show", "corpus/001_b4dcf0142f218540.txt")
        #expect(show.stdout.contains("quillwort MARK"), "\(show)")
    }

    /// The issue: "PCC’s" became "PCCâ€™s" and the questions went from 5 to 2.
    @Test("one stray byte at the end of a UTF-8 file: still UTF-8, every question kept, a warning")
    func strayByte() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.corpusFile("000_")
        var data = try ws.read(file)
        data.append(0xFF)
        try ws.write(file, data)
        let ingest = try ws.ingestOK()
        #expect(ingest.stderr.contains("warning: \(file): line "), "\(ingest)")
        let questions = try JSONOut.objects(try ws.run("questions", "--json")).filter { ($0["document"] as? String) == "000_55528872e39bc363.txt" }
        #expect(questions.count == 6)
        let hits = try ws.searchHits("drones")
        #expect(!hits.contains { $0.text.contains("â€") })
        #expect(try ws.searchHits("Chairman", "praised", "--limit", "50").contains { $0.text.contains("’") })
    }

    @Test("a UTF-16 file is read, with or without its byte-order mark", arguments: [true, false])
    func utf16(_ bom: Bool) throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.corpusFile("001_")
        let text = String(decoding: try ws.read(file), as: UTF8.self)
        var bytes: [UInt8] = bom ? [0xFF, 0xFE] : []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try ws.write(file, Data(bytes))
        let ingest = try ws.ingestOK()
        #expect(!ingest.stderr.contains("binary"), "\(ingest)")
        #expect(try ws.searchHits("revenge porn").count == 1)
    }
}

@Suite("safety: smaller fixes")
struct SmallerSafetyTests {
    @Test("-- ends the options for search, --raw, questions and asked")
    func doubleDash() throws {
        try withIndexedWorkspace { ws throws in
            let raw = try ws.run("search", "--raw", "--", "police")
            #expect(raw.status == 0 && raw.stdout.contains("1. "), "\(raw)")
            let plain = try ws.run("search", "--", "police")
            #expect(plain.status == 0 && !plain.stderr.contains("ignored"), "\(plain)")
            let literal = try ws.run("search", "--limit", "2", "--", "--limit", "police")
            #expect(literal.status == 0 && !literal.stderr.contains("unknown option"), "after --, --limit is a word\n\(literal)")
            #expect(try ws.run("questions", "--", "fgm").status == 0)
            let asked = try ws.run("asked", "--", "What about county lines?")
            #expect(asked.status == 0 && asked.stdout.contains("1. "), "\(asked)")
        }
    }

    @Test("% and _ in --speaker and --asker are characters, not wildcards")
    func likeWildcards() throws {
        try withIndexedWorkspace { ws throws in
            for wildcard in ["%", "_", "%%"] {
                #expect(try ws.searchHits("police", "--speaker", wildcard).isEmpty)
                #expect(try JSONOut.objects(try ws.run("questions", "--asker", wildcard, "--json")).isEmpty)
            }
            #expect(!(try JSONOut.objects(try ws.run("questions", "--asker", "hayes", "--json"))).isEmpty)
        }
    }

    /// The issue: a 20 MB title was copied into every passage, and a 3 KB document made a 200 MB index.
    @Test("a 20 MB sidecar is refused by name; the index stays small")
    func hugeSidecar() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.corpusFile("001_")
        try ws.write(file + ".meta.json", "{\"title\": \"" + String(repeating: "t", count: 20_000_000) + "\"}")
        let result = try ws.run("ingest")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderrLines.contains { $0.contains(file + ":") && $0.contains("sidecar") && $0.contains("at most 64 KB") }, "\(result)")
        #expect(fileSize(ws.defaultIndex) < 2_000_000)
    }

    @Test("a named pipe or a device file among the documents is reported as such, without hanging")
    func specialFiles() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        #expect(mkfifo(ws.url("corpus/pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: ws.url("corpus/null.txt").path, withDestinationPath: "/dev/null")
        let result = try ws.run(arguments: ["ingest"], timeout: 60)
        #expect(!result.timedOut && result.status == 2, "\(result)")
        #expect(result.stderrLines.contains { $0.contains("corpus/pipe.txt:") && $0.contains("named pipe (FIFO)") }, "\(result)")
        #expect(result.stderrLines.contains { $0.contains("corpus/null.txt:") && $0.contains("device file") }, "\(result)")
        #expect(!result.stderr.contains("permission"), "\(result)")
        let show = try ws.run(arguments: ["show", "corpus/pipe.txt"], timeout: 30)
        expectOneLineError(show, mentions: "named pipe")
    }

    /// SQLite cannot write past the file-size limit (`ulimit -f`, SIGXFSZ ignored): the disk is "full" once the
    /// first batch (500 small files) is in, when the big file after them is written.
    @Test("an ingest that cannot write part-way prints what it did, says the rest was not, and exits 3")
    func diskFull() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let minutes =
            "Meeting of Thames Valley Police and Crime Panel, Friday, 3rd March, 2019 (Item 7.)\n\nMinutes:\n\nThe PCC reported that item %d was noted.\n"
        for n in 0..<500 { try ws.write(String(format: "docs/small-%03d.txt", n), String(format: minutes, n)) }
        let report = String(decoding: try ws.read(try ws.corpusFile("003_")), as: UTF8.self)
        try ws.write("docs/zz-big.txt", String(repeating: report + "\n\n", count: 6_000_000 / report.utf8.count))
        let binary = try MinutebookBinary.url().path
        let process = try CLI(directory: ws.root).startShell("trap '' XFSZ; ulimit -f 24576; exec \"$0\" ingest docs", binary)
        let result = process.wait(timeout: 300)
        #expect(result.exitedNormally && result.status == 3, "\(result)")
        #expect(result.stdout.hasPrefix("500 indexed"), "the summary is printed\n\(result)")
        #expect(
            result.stderr.contains("the ingest stopped part-way") && result.stderr.contains("the 500 documents written before are in the index"), "\(result)")
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == 500)
    }
}

extension CLI {
    /// `/bin/sh -c SCRIPT BINARY` in this directory, with the same environment as `start`.
    func startShell(_ script: String, _ binary: String) throws -> RunningCLI {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, binary]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        for key in ["MINUTEBOOK_INDEX", "MINUTEBOOK_TOPICS"] { environment[key] = nil }
        environment["NO_COLOR"] = "1"
        process.environment = environment
        return try RunningCLI.launch(process, arguments: [script], label: "sh")
    }
}

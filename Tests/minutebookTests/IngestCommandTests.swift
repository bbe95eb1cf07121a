import Foundation
import MinutebookTestSupport
import Testing

/// `minutebook ingest` and the first search in a fresh directory, as a user runs them.
@Suite("ingest: first run, summaries, index location")
struct IngestCommandTests {
    let documentCount = (try? RepoPaths.corpusFileNames().count) ?? -1

    @Test("search with no index builds it from corpus/, says so on stderr, and answers")
    func firstSearchBuildsIndex() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        #expect(!ws.exists("index/minutebook.sqlite"))

        let result = try ws.run("search", "county lines")
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr.contains("no index yet"), "\(result)")
        #expect(result.stderr.contains("5 indexed, 0 unchanged, 0 removed, 0 failed"), "\(result)")
        #expect(ws.exists("index/minutebook.sqlite"))
        // 002 discusses "County Lines" at length; 001 has "the increasing use of county lines".
        #expect(result.stdout.contains("002_7d5ea2c59216397a.txt"), "\(result)")
        #expect(result.stdout.contains("001_b4dcf0142f218540.txt"), "\(result)")
        #expect(result.stdout.lowercased().contains("**county** **lines**"), "matched words are highlighted with ** under NO_COLOR\n\(result)")
        // Notes go to stderr, results to stdout.
        #expect(!result.stdout.contains("no index yet"))

        // The second search uses the index it built and says nothing about building.
        let again = try ws.run("search", "county lines")
        #expect(again.status == 0)
        #expect(!again.stderr.contains("no index yet"), "\(again)")
        #expect(again.stdout == result.stdout)
    }

    @Test("ingest prints a one-line summary; a second ingest finds every file unchanged")
    func ingestSummaryThenUnchanged() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        #expect(documentCount == 5)

        let first = try ws.ingestOK()
        #expect(first.stdoutLines.first?.hasPrefix("\(documentCount) indexed, 0 unchanged, 0 removed, 0 failed") == true, "\(first)")
        #expect(first.stderr.isEmpty, "\(first)")

        let second = try ws.ingestOK()
        #expect(second.stdoutLines.first?.hasPrefix("0 indexed, \(documentCount) unchanged, 0 removed, 0 failed") == true, "\(second)")

        // --force re-reads everything.
        let forced = try ws.ingestOK("--force")
        #expect(forced.stdoutLines.first?.hasPrefix("\(documentCount) indexed, 0 unchanged") == true, "\(forced)")
    }

    @Test("ingest --json has indexed, unchanged, removed (numbers) and failed (an array)")
    func ingestJSONShape() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let result = try ws.run("ingest", "--json")
        #expect(result.status == 0, "\(result)")
        let object = try JSONOut.object(result)
        for key in ["indexed", "unchanged", "removed"] {
            let value = try #require(object[key], "missing key \(key)")
            #expect(value is NSNumber, "\(key) should be a number, is \(type(of: value))")
            #expect(result.stdout.range(of: #""\#(key)"\s*:\s*\d+"#, options: .regularExpression) != nil, "\(key) is an integer in the JSON text")
        }
        #expect(object["failed"] is [Any], "failed should be an array: \(String(describing: object["failed"]))")
        let report = try JSONOut.decode(IngestJSON.self, result)
        #expect(report.indexed == documentCount)
        #expect(report.unchanged == 0 && report.removed == 0 && report.failed.isEmpty)
        // JSON mode prints only JSON on stdout.
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{"))

        let second = try JSONOut.decode(IngestJSON.self, try ws.run("ingest", "--json"))
        #expect(second.indexed == 0 && second.unchanged == documentCount)
    }

    @Test("MINUTEBOOK_INDEX moves the index")
    func environmentMovesIndex() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let env = ["MINUTEBOOK_INDEX": "elsewhere/panel.sqlite"]
        let ingest = try ws.run("ingest", environment: env)
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ws.exists("elsewhere/panel.sqlite"))
        #expect(!ws.exists("index/minutebook.sqlite"), "the default index must not be written when MINUTEBOOK_INDEX is set")

        let search = try ws.run("search", "cuckooing", environment: env)
        #expect(search.status == 0, "\(search)")
        #expect(search.stdout.contains("002_7d5ea2c59216397a.txt"), "\(search)")
        #expect(!search.stderr.contains("no index yet"), "\(search)")
        #expect(!ws.exists("index/minutebook.sqlite"))

        // A MINUTEBOOK_INDEX that does not exist is an error, not a silent rebuild elsewhere.
        let missing = try ws.run("search", "police", environment: ["MINUTEBOOK_INDEX": "nowhere/none.sqlite"])
        #expect(missing.status == 1, "\(missing)")
        #expect(missing.stderr.contains("nowhere/none.sqlite"), "\(missing)")
        #expect(!ws.exists("nowhere/none.sqlite"))
    }

    @Test("--index moves the index, and wins over MINUTEBOOK_INDEX")
    func optionMovesIndex() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let ingest = try ws.run("ingest", "--index", "other/x.sqlite", environment: ["MINUTEBOOK_INDEX": "env/y.sqlite"])
        #expect(ingest.status == 0, "\(ingest)")
        #expect(ws.exists("other/x.sqlite"))
        #expect(!ws.exists("env/y.sqlite"))
        #expect(!ws.exists("index/minutebook.sqlite"))

        let search = try ws.run("search", "Egleton", "--index", "other/x.sqlite")
        #expect(search.status == 0, "\(search)")
        #expect(search.stdout.contains("004_1bc588a5f481cfeb.txt"), "\(search)")
        let check = try ws.run("check", "--index", "other/x.sqlite")
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("\(documentCount) documents"), "\(check)")
    }
}

/// Changed, new and deleted files.
@Suite("ingest: incremental and --prune")
struct IncrementalIngestTests {
    @Test("an edited file is re-indexed, the others are unchanged, and its new text is searchable")
    func editedFileReindexed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.ingestOK()
        let file = try ws.corpusFile("001_")
        #expect(try ws.searchHits("zanzibarish").isEmpty)

        try ws.append(file, "\n\nThe Panel asked the PCC about zanzibarish widgets in Thames Valley.\n")
        let result = try ws.ingestOK()
        #expect(result.stdoutLines.first?.hasPrefix("1 indexed, 4 unchanged, 0 removed, 0 failed") == true, "\(result)")

        let hits = try ws.searchHits("zanzibarish")
        #expect(hits.count == 1, "\(locations(hits))")
        #expect(hits.first?.document == "001_b4dcf0142f218540.txt")
        #expect(hits.first?.meetingDate == "2018-02-02", "the re-indexed file keeps its header metadata")
        // The file was replaced, not added twice.
        let (_, check) = try ws.checkReport()
        #expect(check.documents == 5)
        let culverhouse = try countPassages(mentioning: "Culverhouse", in: "001_")
        #expect(try ws.searchHits("Culverhouse", "--limit", "50").count == culverhouse)
    }

    /// How many blocks of the original document mention `word` (a paragraph or bullet each), for a duplicate check.
    private func countPassages(mentioning word: String, in prefix: String) throws -> Int {
        let name = try #require(try RepoPaths.corpusFileNames().first { $0.hasPrefix(prefix) })
        let text = try String(contentsOf: RepoPaths.corpus.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.contains(word) }.count
    }

    @Test("a deleted file is reported missing and stays searchable; --prune removes it")
    func deletedFileAndPrune() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.ingestOK()
        let file = try ws.corpusFile("004_")
        // "Egleton" is named only in 004 (the MASH restructure question).
        #expect(!(try ws.searchHits("Egleton").isEmpty))
        try ws.delete(file)

        let kept = try ws.ingestOK()
        #expect(kept.stdoutLines.first?.hasPrefix("0 indexed, 4 unchanged, 0 removed, 0 failed") == true, "\(kept)")
        #expect(kept.stdout.contains("no longer exist") && kept.stdout.contains(file), "the missing file is named\n\(kept)")
        #expect(kept.stdout.contains("--prune"), "the summary says how to remove it\n\(kept)")
        let stillThere = try ws.searchHits("Egleton")
        #expect(stillThere.map(\.document) == ["004_1bc588a5f481cfeb.txt"])

        let json = try JSONOut.decode(IngestJSON.self, try ws.run("ingest", "--json"))
        #expect(json.missing == [file])
        #expect(json.removed == 0)

        let pruned = try ws.run("ingest", "--prune")
        #expect(pruned.status == 0, "\(pruned)")
        #expect(pruned.stdoutLines.first?.hasPrefix("0 indexed, 4 unchanged, 1 removed, 0 failed") == true, "\(pruned)")
        #expect(pruned.stderr.contains("removed: \(file)"), "\(pruned)")
        #expect(try ws.searchHits("Egleton").isEmpty)
        let text = try ws.run("search", "Egleton")
        #expect(text.status == 0 && text.stdout.contains("No passages match"), "\(text)")
        let (_, check) = try ws.checkReport()
        #expect(check.documents == 4 && check.ok)

        let again = try JSONOut.decode(IngestJSON.self, try ws.run("ingest", "--prune", "--json"))
        #expect(again.removed == 0 && again.missing.isEmpty && again.unchanged == 4)
    }
}

/// Bad files beside good ones: named, explained, skipped; the rest indexed; the old index kept.
@Suite("ingest: bad input beside good files")
struct BadInputTests {
    /// Windows-1252: 0x92 is a right single quote (’), 0x96 an en dash (–).
    static let windows1252: Data = {
        var bytes = Array("Meeting of Thames Valley Police and Crime Panel, Friday, 3rd March, 2019 (Item 7.)\n\nMinutes:\n\nThe PCC".utf8)
        bytes.append(0x92)
        bytes += Array("s report on quokkaville was noted ".utf8)
        bytes.append(0x96)
        bytes += Array(" the Chief Constable agreed to report back.\n".utf8)
        return Data(bytes)
    }()

    @Test("every bad file is named with a reason, exit status 2, good files indexed, earlier index kept")
    func badFilesBesideGood() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.ingestOK()
        // Before: 000 mentions drones, 002 cuckooing.
        #expect(!(try ws.searchHits("drones").isEmpty))
        #expect(!(try ws.searchHits("cuckooing", "--no-expand").isEmpty))

        try ws.write("corpus/empty.txt", "")
        try ws.write(
            "corpus/binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x00, 0x08, 0xFF, 0x00] + Array("Police and Crime Panel".utf8)))
        try ws.write("corpus/cp1252.txt", Self.windows1252)
        try ws.write("corpus/shopping.txt", "Shopping list\n\neggs\nmilk\nbread\n2 tins of tomatoes\nwashing-up liquid\n")
        try ws.write("corpus/numbers.csv", "year,count,rate\n2017,12,0.5\n2018,15,0.7\n2019,9,0.2\n")
        try FileManager.default.createDirectory(at: ws.url("corpus/loop"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: ws.url("corpus/loop/self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: ws.url("corpus/itself.txt").path, withDestinationPath: "itself.txt")
        let withSidecar = try ws.corpusFile("000_")
        try ws.write(withSidecar + ".meta.json", "{\"meeting_date\": ")
        // A file indexed before that is now emptied must not lose what was indexed.
        let emptied = try ws.corpusFile("002_")
        try ws.write(emptied, "")

        let result = try ws.run("ingest", "corpus", "does/not/exist.txt")
        #expect(result.status == 2, "\(result)")
        #expect(result.exitedNormally)
        let expectations: [(path: String, reason: String)] = [
            ("corpus/empty.txt", "empty"),
            ("corpus/binary.txt", "binary"),
            ("corpus/shopping.txt", "no recognisable"),
            ("corpus/numbers.csv", "no recognisable"),
            ("does/not/exist.txt", "no such file"),
            ("corpus/loop/self", "symlink loop"),
            ("corpus/itself.txt", ""),
            (withSidecar, "sidecar"),
            (emptied, "empty"),
        ]
        let lines = result.stderrLines
        for (path, reason) in expectations {
            let line = lines.first { $0.contains(path + ":") }
            #expect(line != nil, "\(path) is not named on stderr:\n\(result.stderr)")
            if let line {
                let said = line.components(separatedBy: path + ":").last?.trimmingCharacters(in: .whitespaces) ?? ""
                #expect(!said.isEmpty, "no reason given for \(path): \(line)")
                #expect(reason.isEmpty || said.lowercased().contains(reason), "reason for \(path) should mention '\(reason)': \(line)")
            }
        }
        #expect(!lines.contains { $0.contains("cp1252.txt") }, "the Windows-1252 file must be indexed, not failed:\n\(result.stderr)")
        #expect(result.stdoutLines.first?.hasPrefix("1 indexed, 3 unchanged, 0 removed, \(expectations.count) failed") == true, "\(result)")

        // The Windows-1252 file is read as such: its curly apostrophe and en dash come out right.
        let quokka = try ws.searchHits("quokkaville")
        #expect(quokka.count == 1)
        #expect(quokka.first?.text.contains("PCC\u{2019}s report") == true, "\(quokka.first?.text ?? "-")")
        #expect(quokka.first?.text.contains("noted \u{2013} the Chief Constable") == true)
        #expect(quokka.first?.meetingDate == "2019-03-03")

        // What was indexed before the bad run stays searchable.
        #expect(try ws.searchHits("drones").map(\.document) == ["000_55528872e39bc363.txt"])
        #expect(try ws.searchHits("cuckooing", "--no-expand").map(\.document) == ["002_7d5ea2c59216397a.txt"])
        // Nothing from the refused files got in.
        #expect(try ws.searchHits("tomatoes").isEmpty)
        let (_, check) = try ws.checkReport()
        #expect(check.ok && check.documents == 6)

        // The JSON report names the same failures.
        let json = try ws.run("ingest", "--json", "corpus", "does/not/exist.txt")
        #expect(json.status == 2)
        let report = try JSONOut.decode(IngestJSON.self, json)
        #expect(Set(report.failed.map(\.path)) == Set(expectations.map(\.path)))
        #expect(report.failed.allSatisfy { !$0.error.isEmpty })
    }
}

/// A `<file>.meta.json` sidecar supplies what a document does not say.
@Suite("ingest: metadata sidecar")
struct SidecarTests {
    @Test("a sidecar meeting_date dates an undated document; without it the date is unknown")
    func sidecarDate() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.corpusFile("000_")  // "Agenda item … Minutes:" with no meeting header
        try ws.ingestOK()

        // Without a sidecar: no date in JSON, "date unknown" in text.
        let before = try ws.run("search", "drones", "--json")
        let raw = try JSONOut.objects(before)
        #expect(raw.count == 1)
        #expect(raw.first.map { $0["meeting_date"] == nil || $0["meeting_date"] is NSNull } == true, "\(before)")
        let text = try ws.run("search", "drones")
        #expect(text.stdout.contains("date unknown"), "\(text)")
        #expect(try ws.searchHits("drones", "--from", "2020-01-01").isEmpty, "an undated document is left out by --from")

        try ws.write(file + ".meta.json", #"{"meeting_date": "2020-11-20"}"#)
        let ingest = try ws.ingestOK()
        #expect(ingest.stdoutLines.first?.hasPrefix("1 indexed, 4 unchanged") == true, "adding a sidecar re-indexes the file\n\(ingest)")
        let dated = try ws.searchHits("drones")
        #expect(dated.map(\.meetingDate) == ["2020-11-20"])
        // Every passage of that document carries the date.
        let all = try ws.searchHits("PCC", "--limit", "200").filter { $0.document == "000_55528872e39bc363.txt" }
        #expect(!all.isEmpty && all.allSatisfy { $0.meetingDate == "2020-11-20" })
        let datedText = try ws.run("search", "drones")
        #expect(datedText.stdout.contains("2020-11-20") && !datedText.stdout.contains("date unknown"), "\(datedText)")
        #expect(try ws.searchHits("drones", "--from", "2020-11-20", "--to", "2020-11-20").count == 1)

        // Removing the sidecar makes the date unknown again.
        try ws.delete(file + ".meta.json")
        try ws.ingestOK()
        #expect(try ws.searchHits("drones").map(\.meetingDate) == [nil])
    }
}

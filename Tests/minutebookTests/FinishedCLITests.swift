import Foundation
import Testing

/// Issue 13, end to end: plain-English search, totals, filters explained, --version, misspelled commands,
/// bad numbers, no wrapping when piped, brief --limit, completions, the built-in taxonomy and per-user index.
@Suite("A finished CLI", .serialized)
struct FinishedCLITests {
    @Test("a sentence finds the passages, and the page says how many there are")
    func plainEnglish() throws {
        let ws = try Workspace.indexed()
        defer { ws.remove() }
        let said = try ws.run("search", "what was said about county lines")
        #expect(said.status == 0)
        #expect(said.stderr.contains("left out words that say little on their own: what, was, said, about"))
        #expect(said.stdout.contains("**County** **Lines**"))
        #expect(!said.stdout.contains("No passages match"))
        let funding = try ws.run("search", "county lines zanzibarite")
        #expect(
            funding.stdout.contains(
                "No passage has all of: county lines, zanzibarite. Showing passages with most of them; not found with the others: zanzibarite."))
        let fgm = try ws.run("search", "fgm")
        #expect(fgm.stdout.contains(#/showing 10 of \d+ passages/#))
        let json = try JSONOut.objects(try ws.run("search", "fgm", "--json"))
        #expect(json.count == 10)
        #expect(json.allSatisfy { ($0["total"] as? Int ?? 0) > 10 })
        let filtered = try ws.run("search", "fgm", "--from", "2030-01-01")
        #expect(filtered.stdout.contains(#/\d+ passages match fgm; none on or after 2030-01-01\./#))
    }

    @Test("--version, a misspelled command, bad numbers")
    func messages() throws {
        let ws = try Workspace(copyCorpus: false)
        defer { ws.remove() }
        let version = try ws.run("--version")
        #expect(
            version.status == 0
                && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        let misspelled = try ws.run("serch", "fgm", "--index", "x")
        #expect(misspelled.status == 64)
        #expect(misspelled.stderr.contains("unknown command 'serch'; did you mean 'search'?"))
        let negative = try ws.run("search", "fgm", "--limit", "-1")
        #expect(negative.status == 64 && negative.stderr.contains("--limit must be between 1 and"))
        let word = try ws.run("search", "fgm", "--limit", "ten")
        #expect(word.status == 64 && word.stderr.contains("--limit needs a whole number, not 'ten'"))
    }

    @Test("piped text is not wrapped; brief --limit keeps a brief short; completions list topic ids")
    func output() throws {
        // The binary, with its stdout a file: what "piped" means is the separate process's business.
        let ws = try Workspace.indexed(inProcess: false)
        defer { ws.remove() }
        let search = try ws.run("search", "county lines")
        let snippets = search.stdoutLines.filter { $0.hasPrefix("   ") && $0.contains("**") }
        #expect(!snippets.isEmpty)
        #expect(snippets.contains { $0.count > 100 }, "a piped snippet stays on one line")
        let short = try ws.run("brief", "fgm", "--limit", "1")
        let long = try ws.run("brief", "fgm", "--limit", "1000")
        #expect(short.stdoutLines.count < long.stdoutLines.count)
        #expect(short.stdout.contains("Each section shows at most 1 entries"))
        let completion = try ws.run("---completion", "brief", "--", "positional@0", "1", "0")
        #expect(completion.stdoutLines.contains("fgm") && completion.stdoutLines.contains("county-lines"))
    }

    @Test("outside a repository: the built-in taxonomy, and the index in the per-user folder")
    func runsAnywhere() throws {
        let ws = try Workspace(copyCorpus: true, copyTopics: false)
        defer { ws.remove() }
        let data = ws.url("data").path
        let ingest = try ws.run("ingest", "corpus", environment: ["XDG_DATA_HOME": data])
        #expect(ingest.status == 0, "\(ingest)")
        #expect(FileManager.default.fileExists(atPath: data + "/minutebook/minutebook.sqlite"))
        let search = try ws.run("search", "fgm", "--topic", "fgm", environment: ["XDG_DATA_HOME": data])
        #expect(search.status == 0 && search.stdout.contains("topics: fgm"))
    }
}

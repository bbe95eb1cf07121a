import ArgumentParser
import Foundation
import MinutebookKit
import Testing

@testable import MinutebookCLI

/// The command line parsed in process (`Minutebook.parseAsRoot`), without an index or a binary: which command
/// and which values each flag gives, and the usage errors (exit status 64) with their messages.
@Suite("command line: parsing")
struct CommandLineParsingTests {
    func parse<T: ParsableCommand>(_ type: T.Type, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        let command = try Minutebook.parseAsRoot(arguments)
        return try #require(command as? T, "\(arguments) parsed as \(Swift.type(of: command))", sourceLocation: sourceLocation)
    }

    /// The status and message `main` would give for `arguments` that fail to parse.
    func usageError(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) -> (status: Int32, message: String) {
        usageError(arguments: arguments, sourceLocation: sourceLocation)
    }

    func usageError(arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) -> (status: Int32, message: String) {
        do {
            let command = try Minutebook.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed as \(type(of: command)); a usage error was expected", sourceLocation: sourceLocation)
            return (0, "")
        } catch {
            return (Minutebook.exitCode(for: error).rawValue, Minutebook.message(for: error))
        }
    }

    @Test("each command name gives its command")
    func commands() throws {
        #expect(try Minutebook.parseAsRoot(["ingest"]) is Ingest)
        #expect(try Minutebook.parseAsRoot(["search", "fgm"]) is Search)
        #expect(try Minutebook.parseAsRoot(["questions"]) is Questions)
        #expect(try Minutebook.parseAsRoot(["topics"]) is Topics)
        #expect(try Minutebook.parseAsRoot(["brief", "fgm"]) is Brief)
        #expect(try Minutebook.parseAsRoot(["asked", "county", "lines"]) is Asked)
        #expect(try Minutebook.parseAsRoot(["check"]) is Check)
        #expect(try Minutebook.parseAsRoot(["show", "corpus/a.txt"]) is Show)
    }

    @Test("search: words, filters, order and output flags")
    func search() throws {
        let search = try parse(
            Search.self, "search", "county", "lines", "--topic", "fgm", "--topic", "mash", "--from", "2018-01-01",
            "--to", "2018-12-31", "--kind", "report", "--speaker", "pcc", "--limit", "25", "--sort", "newest",
            "--no-expand", "--by-meeting", "--index", "x.sqlite", "--json")
        #expect(try QueryArgument.words(search.query) == ["county", "lines"])
        #expect(search.filterOptions.topic == ["fgm", "mash"])
        #expect(search.filterOptions.from == "2018-01-01" && search.filterOptions.to == "2018-12-31")
        #expect(search.kind == .report && search.speaker == "pcc" && search.limit == 25)
        #expect(search.ranking.sort == .newest && search.ranking.noExpand)
        #expect(search.byMeeting && !search.raw)
        #expect(search.indexOptions.index == "x.sqlite" && search.indexOptions.json)

        let defaults = try parse(Search.self, "search", "fgm")
        #expect(defaults.limit == 10 && defaults.ranking.sort == nil && !defaults.ranking.noExpand && !defaults.indexOptions.json)
        #expect(defaults.indexOptions.index == nil && defaults.filterOptions.topic.isEmpty && defaults.kind == nil)
    }

    @Test("search: -word is a query word; after --, everything is")
    func queryWords() throws {
        let exclusion = try parse(Search.self, "search", "county", "-cuckooing", "--no-expand")
        #expect(try QueryArgument.words(exclusion.query) == ["county", "-cuckooing"])
        #expect(exclusion.ranking.noExpand)
        let literal = try parse(Search.self, "search", "--limit", "2", "--", "--limit", "police")
        #expect(try QueryArgument.words(literal.query) == ["--limit", "police"])
        #expect(literal.limit == 2)
        let raw = try parse(Search.self, "search", "--raw", "--", "NEAR(fgm strategy, 5)")
        #expect(raw.raw)
        #expect(try QueryArgument.words(raw.query) == ["NEAR(fgm strategy, 5)"])
    }

    @Test("questions: respondent, asker, repeated status")
    func questions() throws {
        let questions = try parse(
            Questions.self, "questions", "fgm", "--respondent", "pcc", "--asker", "hayes",
            "--status", "deferred", "--status", "no-information", "--limit", "5")
        #expect(try QueryArgument.words(questions.query) == ["fgm"])
        #expect(questions.respondent == "pcc" && questions.asker == "hayes" && questions.limit == 5)
        #expect(questions.statuses == [.deferred, .noInformation])
        #expect(try parse(Questions.self, "questions").limit == 1_000)
    }

    @Test("brief, asked, show, ingest")
    func otherCommands() throws {
        let brief = try parse(Brief.self, "brief", "county lines", "--format", "json", "--limit", "3", "--from", "2018-01-01")
        #expect(brief.topic == "county lines" && brief.format == .json && brief.limit == 3 && brief.from == "2018-01-01")
        #expect(try parse(Brief.self, "brief", "fgm").format == .markdown)
        let asked = try parse(Asked.self, "asked", "What", "about", "cuckooing?", "--limit", "3")
        #expect(try QueryArgument.words(asked.draft) == ["What", "about", "cuckooing?"])
        #expect(asked.limit == 3)
        let show = try parse(Show.self, "show", "corpus/a.txt", "--no-explain", "--json")
        #expect(show.file == "corpus/a.txt" && !show.explain && show.json && !show.text)
        let ingest = try parse(Ingest.self, "ingest", "a", "b", "--prune", "--force", "-v", "--topics", "t.json")
        #expect(ingest.paths == ["a", "b"] && ingest.prune && ingest.force && ingest.verbose && !ingest.rebuild && ingest.topics == "t.json")
    }

    @Test(
        "usage errors: exit status 64 and a message that says what to type",
        arguments: [
            (["search", "fgm", "--limit", "0"], "--limit must be between 1 and 10000"),
            (["search", "fgm", "--limit", "10001"], "--limit must be between 1 and 10000"),
            (["search", "fgm", "--limit", "ten"], "--limit needs a whole number, not 'ten'"),
            (["search", "fgm", "--from", "2018-02-30"], "2018-02-30"),
            (["search", "fgm", "--from", "2019-01-01", "--to", "2018-01-01"], "--from 2019-01-01 is after --to 2018-01-01"),
            (["search", "fgm", "--limt", "3"], "unknown option '--limt'"),
            (["search", "fgm", "--index", ""], "--index needs a path"),
            (["questions", "--status", "maybe"], "unknown status 'maybe'"),
            (["asked", "county", "--limit", "1001"], "--limit must be between 1 and 1000"),
            (["brief", "fgm", "--limit", "0"], "--limit must be between 1 and 100000"),
            (["brief", "fgm", "--from", "2018-13-01"], "2018-13-01"),
        ])
    func usageErrors(_ arguments: [String], _ message: String) {
        let error = usageError(arguments: arguments)
        #expect(error.status == 64, "\(arguments): \(error.message)")
        #expect(error.message.contains(message), "\(arguments): \(error.message)")
    }

    @Test("--respondent takes the roles the questions are stored with, and names them when it does not")
    func respondentRoles() throws {
        for role in QuestionSearcher.roles {
            #expect(try parse(Questions.self, "questions", "--respondent", role).respondent == role)
        }
        let error = usageError("questions", "--respondent", "mayor")
        #expect(error.status == 64 && error.message.contains("mayor"), "\(error.message)")
        #expect(QuestionSearcher.roles.allSatisfy { error.message.contains($0) }, "the message lists the roles: \(error.message)")
    }

    @Test("the whole command line in process: a misspelt command, --version, help")
    func mainInProcess() {
        let misspelt = InProcessCLI.run(["serch", "fgm"])
        #expect(misspelt.status == 64 && misspelt.stderr.contains("unknown command 'serch'; did you mean 'search'?"), "\(misspelt)")
        #expect(misspelt.stdout.isEmpty)
        let version = InProcessCLI.run(["--version"])
        #expect(version.status == 0 && version.stdout == Minutebook.version + "\n", "\(version)")
        let help = InProcessCLI.run(["help", "questions"])
        #expect(help.status == 0 && help.stdout.contains("--respondent") && help.stdout.contains("--asker"), "\(help)")
        let usage = InProcessCLI.run(["search", "fgm", "--limit", "-1"])
        #expect(usage.status == 64 && usage.stderr.contains("--limit must be between 1 and 10000") && usage.stdout.isEmpty, "\(usage)")
    }
}

import Foundation
import MinutebookTestSupport
import Testing

@testable import MinutebookCLI

/// One command whose output on the bundled corpus is kept in `Golden/`.
struct GoldenCase: Sendable, CustomTestStringConvertible {
    /// The file name under `Golden/json/` or `Golden/text/`, without extension.
    var name: String
    var arguments: [String]
    var testDescription: String { "minutebook " + arguments.joined(separator: " ") }

    init(_ name: String, _ arguments: String...) {
        self.name = name
        self.arguments = arguments
    }
}

/// Every command's output on the bundled corpus compared with files recorded from the code as it was: JSON from
/// every command (`--json`, `brief --format json`), and the text printers (search, questions, topics, the brief's
/// Markdown, asked, check, show). A change of output fails here, naming the file and the first differences (JSON:
/// the paths of the values that differ). Numbers in JSON are compared to nine significant digits (bm25 scores).
///
/// After an intended change, regenerate and read the diff before committing:
///
///     MINUTEBOOK_UPDATE_GOLDEN=1 swift test --filter Golden
///     git diff Tests/minutebookTests/Golden
///
/// The commands run in process on a copy of the shared corpus index (`Workspace.indexed()`), whose own
/// `minutebook ingest --json` is the `ingest` case; `show` reads the
/// corpus files by their absolute path. Absolute paths in the output (the index stores them) are written back as
/// `corpus/…` before comparing.
@Suite("Golden output")
struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var updating: Bool { ProcessInfo.processInfo.environment["MINUTEBOOK_UPDATE_GOLDEN"].map { !$0.isEmpty && $0 != "0" } ?? false }

    static let jsonCases: [GoldenCase] =
        [
            .init("ingest", "ingest", "--json"),
            .init("search-county-lines", "search", "county lines", "--json"),
            .init("search-plain-english", "search", "what did the PCC say about cuckooing?", "--json"),
            .init("search-fgm-50", "search", "fgm", "--limit", "50", "--json"),
            .init("search-fgm-no-expand", "search", "fgm", "--no-expand", "--limit", "50", "--json"),
            .init("search-phrase", "search", "\"county lines\"", "--json"),
            .init("search-or", "search", "hate OR slavery", "--limit", "30", "--json"),
            .init("search-exclusion", "search", "county -cuckooing", "--no-expand", "--json"),
            .init("search-prefix", "search", "safeguard*", "--json"),
            .init("search-partial", "search", "county lines funding", "--json"),
            .init("search-related", "search", "bodycam", "--json"),
            .init("search-topic-listing", "search", "--topic", "fgm", "--limit", "500", "--json"),
            .init("search-newest", "search", "police", "--sort", "newest", "--limit", "20", "--json"),
            .init("search-filters", "search", "police", "--from", "2018-01-01", "--to", "2018-12-31", "--kind", "minutes", "--limit", "20", "--json"),
            .init("search-report-table", "search", "crime", "--kind", "report", "--limit", "20", "--json"),
            .init("search-speaker", "search", "crime", "--speaker", "pcc", "--limit", "20", "--json"),
            .init("search-by-meeting", "search", "police", "--by-meeting", "--json"),
            .init("search-raw", "search", "--raw", "NEAR(fgm strategy, 5)", "--json"),
            .init("search-nothing", "search", "cuckoing", "--json"),
            .init("questions-all", "questions", "--json"),
            .init("questions-fgm", "questions", "fgm", "--json"),
            .init("questions-topic", "questions", "--topic", "county-lines", "--json"),
            .init("questions-respondent-pcc", "questions", "--respondent", "pcc", "--json"),
            .init("questions-asker", "questions", "--asker", "hayes", "--json"),
            .init("questions-status", "questions", "--status", "deferred", "--status", "no_information", "--json"),
            .init("topics", "topics", "--json"),
            .init("brief-fgm", "brief", "fgm", "--format", "json"),
            .init("brief-mash", "brief", "mash", "--format", "json"),
            .init("brief-county-lines", "brief", "county-lines", "--format", "json"),
            .init("asked-cuckooing", "asked", "What is being done about cuckooing?", "--json"),
            .init("asked-body-worn-video", "asked", "Has the PCC put money into body-worn video?", "--json"),
            .init("check", "check", "--json"),
        ] + corpusFiles.map { .init("show-\($0.prefix(3))", "show", "corpus/\($0)", "--json") }

    static let textCases: [GoldenCase] = [
        .init("search-county-lines", "search", "county lines"),
        .init("search-partial", "search", "county lines funding"),
        .init("search-by-meeting", "search", "police", "--by-meeting"),
        .init("search-report-table", "search", "crime", "--kind", "report", "--limit", "5"),
        .init("search-nothing", "search", "cuckoing"),
        .init("questions-fgm", "questions", "fgm"),
        .init("questions-all", "questions"),
        .init("topics", "topics"),
        .init("brief-mash", "brief", "mash"),
        .init("brief-fgm-limit", "brief", "fgm", "--limit", "2"),
        .init("asked-cuckooing", "asked", "What is being done about cuckooing?"),
        .init("check", "check"),
        .init("show-001", "show", "corpus/001_b4dcf0142f218540.txt"),
        .init("show-003-no-explain", "show", "corpus/003_fd4940f4ed5dbcc1.txt", "--no-explain"),
    ]

    static let corpusFiles: [String] = (try? RepoPaths.corpusFileNames()) ?? []

    /// The output of one case: run in process; `show`'s file path made absolute, then written back.
    static func output(of golden: GoldenCase, in ws: Workspace) throws -> CLIResult {
        var result: CLIResult
        if golden.arguments == ["ingest", "--json"] {
            // The binary, end to end, in a workspace of its own (the other cases read the shared index, which the
            // library built the same way).
            let fresh = try Workspace()
            defer { fresh.remove() }
            result = try fresh.runBinary("ingest", "--json")
            result.stdout = result.stdout.replacingOccurrences(of: fresh.root.path + "/", with: "")
            result.stderr = result.stderr.replacingOccurrences(of: fresh.root.path + "/", with: "")
        } else if golden.arguments.first == "show" {
            let arguments = golden.arguments.map { $0.hasPrefix("corpus/") ? ws.url($0).path : $0 }
            result = InProcessCLI.run(arguments)
        } else {
            result = try ws.run(arguments: golden.arguments)
        }
        // Stored paths are absolute: the folder the shared index was built in, written back as the repository's.
        for folder in [ws.root.path, try SharedCorpusIndex.get().root.path] {
            result.stdout = result.stdout.replacingOccurrences(of: folder + "/", with: "")
            result.stderr = result.stderr.replacingOccurrences(of: folder + "/", with: "")
        }
        return result
    }

    @Test("JSON output is unchanged", arguments: jsonCases)
    func json(_ golden: GoldenCase) throws {
        let ws = try Workspace.indexed()
        let result = try Self.output(of: golden, in: ws)
        try #require(result.status == 0, "\(result)")
        let file = Self.folder.appendingPathComponent("json/\(golden.name).json")
        if Self.updating { return try Self.record(result.stdout, at: file) }
        let expected = try Self.recorded(file)
        let differences = JSONDifference.between(
            try JSONSerialization.jsonObject(with: Data(expected.utf8), options: .fragmentsAllowed),
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: .fragmentsAllowed))
        #expect(
            differences.isEmpty,
            """
            \(golden.testDescription) differs from Golden/json/\(golden.name).json at \(differences.count) place(s):
            \(differences.prefix(12).joined(separator: "\n"))
            If the change is intended: MINUTEBOOK_UPDATE_GOLDEN=1 swift test --filter Golden
            """)
    }

    @Test("text output is unchanged", arguments: textCases)
    func text(_ golden: GoldenCase) throws {
        let ws = try Workspace.indexed()
        let result = try Self.output(of: golden, in: ws)
        try #require(result.status == 0, "\(result)")
        // What a user sees: stdout, then the notes on stderr.
        let seen = result.stdout + (result.stderr.isEmpty ? "" : "--- stderr\n" + result.stderr)
        let file = Self.folder.appendingPathComponent("text/\(golden.name).txt")
        if Self.updating { return try Self.record(seen, at: file) }
        let expected = try Self.recorded(file)
        let difference = TextDifference.first(expected, seen)
        #expect(
            difference == nil,
            """
            \(golden.testDescription) differs from Golden/text/\(golden.name).txt: \(difference ?? "")
            If the change is intended: MINUTEBOOK_UPDATE_GOLDEN=1 swift test --filter Golden
            """)
    }

    /// Every file in Golden/ belongs to a case: a case renamed or removed leaves no stale file behind.
    @Test("every golden file has its case")
    func noStaleFiles() throws {
        for (kind, cases, ext) in [("json", Self.jsonCases, "json"), ("text", Self.textCases, "txt")] {
            let names = Set(cases.map { "\($0.name).\(ext)" })
            #expect(names.count == cases.count, "two \(kind) cases share a name")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent(kind).path)) ?? []
            #expect(Set(files).subtracting(names).isEmpty, "Golden/\(kind) has files no case writes: \(Set(files).subtracting(names).sorted())")
        }
    }

    static func recorded(_ file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no golden file \(file.path): record it with MINUTEBOOK_UPDATE_GOLDEN=1 swift test --filter Golden", sourceLocation: sourceLocation)
            throw CocoaError(.fileNoSuchFile)
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func record(_ text: String, at file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// Where two JSON values differ, as paths (`[3].score: 1.52 → 1.61`, `[0].meeting_date: missing → "2018-02-02"`).
enum JSONDifference {
    static func between(_ expected: Any, _ actual: Any, at path: String = "$") -> [String] {
        switch (expected, actual) {
        case (let a as [String: Any], let b as [String: Any]):
            return Set(a.keys).union(b.keys).sorted().flatMap { key -> [String] in
                switch (a[key], b[key]) {
                case (let x?, let y?): return between(x, y, at: path + "." + key)
                case (let x?, nil): return ["\(path).\(key): \(show(x)) → missing"]
                case (nil, let y?): return ["\(path).\(key): missing → \(show(y))"]
                default: return []
                }
            }
        case (let a as [Any], let b as [Any]):
            var differences = zip(a, b).enumerated().flatMap { between($1.0, $1.1, at: "\(path)[\($0)]") }
            if a.count != b.count { differences.append("\(path): \(a.count) elements → \(b.count)") }
            return differences
        case (let a as NSNumber, let b as NSNumber):
            let x = a.doubleValue, y = b.doubleValue
            return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y)) ? [] : ["\(path): \(show(a)) → \(show(b))"]
        case (let a as String, let b as String):
            return a == b ? [] : ["\(path): \(show(a)) → \(show(b))"]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path): \(show(expected)) → \(show(actual))"]
        }
    }

    static func show(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let string = value as? String { return string.count > 80 ? "\"\(string.prefix(80))…\"" : "\"\(string)\"" }
        if value is [Any] || value is [String: Any] {
            let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])) ?? Data()
            let text = String(decoding: data, as: UTF8.self)
            return text.count > 80 ? String(text.prefix(80)) + "…" : text
        }
        return "\(value)"
    }
}

/// The first line where two texts differ, with both versions of it.
enum TextDifference {
    static func first(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let a = expected.components(separatedBy: "\n"), b = actual.components(separatedBy: "\n")
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : "(end)", y = index < b.count ? b[index] : "(end)"
            if x != y { return "line \(index + 1) (of \(a.count) → \(b.count)):\n  was: \(x)\n  now: \(y)" }
        }
        return "the texts differ only in their last newline"
    }
}

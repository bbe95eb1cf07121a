import Foundation
import Testing

/// A query a user (or a cat on the keyboard) might type.
struct HostileQuery: Sendable, CustomTestStringConvertible {
    var label: String
    var query: String
    var raw = false
    var testDescription: String { raw ? "--raw \(label)" : label }
}

/// What must hold for any input: no crash, a plain exit status, no database internals leaking,
/// and a short answer.
func expectWellBehaved(_ result: CLIResult, raw: Bool = false, maxStdoutLines: Int = 40, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.signalled, "crashed with signal \(result.status)\n\(result)", sourceLocation: sourceLocation)
    #expect(!result.timedOut, "hung\n\(result)", sourceLocation: sourceLocation)
    #expect(result.status == 0 || result.status == 1, "exit status \(result.status)\n\(result)", sourceLocation: sourceLocation)
    var forbidden = [
        "SQLITE", "sqlite3", "Fatal error", "Stack dump", "stack trace", "Backtrace", "Segmentation", "Illegal instruction",
        "GRDB", "DatabaseError", "Swift/", ".swift:",
    ]
    if !raw { forbidden.append("fts5: syntax error") }
    for text in forbidden {
        #expect(!result.stderr.contains(text), "stderr shows '\(text)'\n\(result)", sourceLocation: sourceLocation)
        #expect(!result.stdout.contains(text), "stdout shows '\(text)'\n\(result)", sourceLocation: sourceLocation)
    }
    #expect(result.stderrLines.count <= 4, "stderr should be a line or two\n\(result)", sourceLocation: sourceLocation)
    #expect(result.stdoutLines.count <= maxStdoutLines, "stdout has \(result.stdoutLines.count) lines\n\(result)", sourceLocation: sourceLocation)
    if result.status == 1 {
        #expect(!result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "a failure says why\n\(result)", sourceLocation: sourceLocation)
    }
}

@Suite("search and questions: hostile input")
struct HostileInputTests {
    static let cases: [HostileQuery] = [
        .init(label: "unbalanced quote", query: "\"county lines"),
        .init(label: "unbalanced quote after a word", query: "fgm \"county"),
        .init(label: "lone -", query: "-"),
        .init(label: "lone *", query: "*"),
        .init(label: "AND", query: "AND"),
        .init(label: "OR", query: "OR"),
        .init(label: "NOT", query: "NOT"),
        .init(label: "NEAR", query: "NEAR"),
        .init(label: "NEAR(a b)", query: "NEAR(a b)"),
        .init(label: "NEAR(fgm police, 3)", query: "NEAR(fgm police, 3)"),
        .init(label: "a:b", query: "a:b"),
        .init(label: "^fgm", query: "^fgm"),
        .init(label: "fgm:", query: "fgm:"),
        .init(label: "col:fgm", query: "col:fgm"),
        .init(label: "text:fgm", query: "text:fgm"),
        .init(label: "(((", query: "((("),
        .init(label: ")", query: ")"),
        .init(label: "emoji only", query: "😀🚓👮‍♀️"),
        .init(label: "lone quote", query: "\""),
        .init(label: "empty quotes", query: "\"\""),
        .init(label: "four quotes", query: "\"\"\"\""),
        .init(label: "control characters", query: "\u{01}\u{02}\u{07}\u{1B}[31m\u{7F}"),
        .init(label: "control characters around a word", query: "\u{1B}[1mfgm\u{1B}[0m\u{08}\u{0B}"),
        .init(label: "tabs and newlines", query: "fgm\n\tpolice\r\n"),
        .init(label: "zero-width and bidi marks", query: "\u{200B}\u{202E}fgm\u{200D}"),
        .init(label: "combining marks", query: "e\u{0301}\u{0303}\u{0308}"),
        .init(label: "SQL injection", query: "'; DROP TABLE passages; --"),
        .init(label: "LIKE wildcards", query: "%_%"),
        .init(label: "backslash", query: "\\"),
        .init(label: "braces", query: "{fgm} [police]"),
        .init(label: "OR OR", query: "fgm OR OR police"),
        .init(label: "NOT at the end", query: "fgm NOT"),
        .init(label: "- -", query: "- -fgm --"),
        .init(label: "star soup", query: "f*g*m *:* **"),
        .init(label: "10,000 letters", query: String(repeating: "a", count: 10_000)),
        .init(label: "10,000 characters of syntax", query: String(repeating: "\"fgm OR (police -crime* ^x:", count: 385)),
        .init(label: "2,000 words", query: Array(repeating: "police crime panel", count: 667).joined(separator: " ")),
        .init(label: "raw: trailing AND", query: "fgm AND", raw: true),
        .init(label: "raw: unbalanced quote", query: "\"county lines", raw: true),
        .init(label: "raw: NEAR(", query: "NEAR(", raw: true),
        .init(label: "raw: unknown column", query: "col:fgm", raw: true),
        .init(label: "raw: (((", query: "(((", raw: true),
        .init(label: "raw: lone *", query: "*", raw: true),
        .init(label: "raw: emoji", query: "😀", raw: true),
    ]

    @Test("search never crashes or leaks SQLite on odd input", arguments: cases)
    func hostileSearch(_ input: HostileQuery) throws {
        try withIndexedWorkspace { ws in
            let arguments = ["search", "--limit", "3"] + (input.raw ? ["--raw"] : []) + ["--", input.query]
            let result = try ws.run(arguments: arguments)
            expectWellBehaved(result, raw: input.raw)
            // JSON mode: either an error on stderr (status 1) or a JSON array on stdout.
            let json = try ws.run(arguments: ["search", "--json", "--limit", "3"] + (input.raw ? ["--raw"] : []) + ["--", input.query])
            expectWellBehaved(json, raw: input.raw, maxStdoutLines: 400)
            #expect(json.status == result.status, "text and JSON agree on success")
            if json.status == 0 { #expect((try? JSONOut.decode([Hit].self, json)) != nil) }
            // The index is untouched by any query.
            let (_, check) = try ws.checkReport()
            #expect(check.ok && check.documents == 5)
        }
    }

    @Test(
        "--raw with bad FTS5 syntax is a one-line error naming --raw, exit 1",
        arguments: cases.filter { $0.raw && $0.label != "raw: emoji" })
    func rawSyntaxError(_ input: HostileQuery) throws {
        try withIndexedWorkspace { ws in
            let result = try ws.run("search", "--raw", "--", input.query)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderrLines.count == 1, "\(result)")
            #expect(result.stderr.contains("--raw"), "the message says what to do\n\(result)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("questions never crashes on odd input", arguments: cases.filter { !$0.raw })
    func hostileQuestions(_ input: HostileQuery) throws {
        try withIndexedWorkspace { ws in
            let result = try ws.run("questions", "--limit", "2", "--", input.query)
            expectWellBehaved(result)
        }
    }

    @Test("200 random queries from a seeded generator")
    func randomQueries() throws {
        try withIndexedWorkspace { ws in
            var random = SplitMix64(seed: 0x6D69_6E75_7465)
            let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            let symbols = Array("\"'-*:^()  ")
            let words = ["OR", "NOT", "AND", "NEAR", "fgm", "police", "county", "lines", "\"\"", "-", "*"]
            for iteration in 0..<200 {
                var query = ""
                for _ in 0..<Int(random.next() % 24 + 1) {
                    switch random.next() % 10 {
                    case 0...4: query.append(letters[Int(random.next() % UInt64(letters.count))])
                    case 5...7: query.append(symbols[Int(random.next() % UInt64(symbols.count))])
                    default: query += " " + words[Int(random.next() % UInt64(words.count))] + " "
                    }
                }
                let json = iteration % 2 == 1
                let result = try ws.run(arguments: ["search", "--limit", "3"] + (json ? ["--json"] : []) + ["--", query])
                expectWellBehaved(result, maxStdoutLines: json ? 400 : 40)
                if json && result.status == 0 {
                    #expect((try? JSONOut.decode([Hit].self, result)) != nil, "query \(iteration): \(query.debugDescription)")
                }
                if result.signalled || !(result.status == 0 || result.status == 1) {
                    Issue.record("query \(iteration) broke the command: \(query.debugDescription)")
                }
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing random query can be reproduced.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

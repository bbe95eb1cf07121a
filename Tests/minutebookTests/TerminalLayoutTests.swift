import Foundation
import Testing

@testable import MinutebookCLI

/// The pieces of the finished CLI that cannot be seen through a pipe: wrapping width, progress, suggestions.
@Suite("Terminal layout")
struct TerminalLayoutTests {
    @Test("the width: COLUMNS, else the terminal's, else 100; none when piped")
    func width() {
        #expect(Terminal.columns(environment: ["COLUMNS": "60"], isTerminal: true, terminalWidth: 120) == 60)
        #expect(Terminal.columns(environment: [:], isTerminal: true, terminalWidth: 72) == 72)
        #expect(Terminal.columns(environment: [:], isTerminal: true, terminalWidth: nil) == 100)
        #expect(Terminal.columns(environment: ["COLUMNS": "60"], isTerminal: false, terminalWidth: 60) == nil)
    }

    @Test("wrapping never breaks a word and keeps within the width")
    func wrap() {
        let text = "The PCC reported that county lines needed to be solved on three fronts, the countries where the drugs were made"
        let lines = Terminal.wrap(text, indent: "   ", width: 40).split(separator: "\n").map(String.init)
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.count <= 40 && $0.hasPrefix("   ") })
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == text)
        #expect(Terminal.wrap(text, indent: "   ", width: nil) == "   " + text)
        let heading = Terminal.wrapHanging(
            "1. 2018-11-16 · Thames Valley Police and Crime Panel · item 25: To receive a report\n   speaker: PCC · topics: county-lines", width: 40)
        let headingLines = heading.split(separator: "\n")
        #expect(headingLines.first?.hasPrefix("1. 2018-11-16") == true)
        #expect(headingLines.dropFirst().allSatisfy { $0.hasPrefix("   ") })
        #expect(headingLines.allSatisfy { $0.count <= 40 })
    }

    @Test("a misspelled command gets the closest command; a word far from all gets the list")
    func suggestions() {
        let commands = ["ingest", "search", "questions", "topics", "brief", "asked", "check", "show"]
        #expect(CommandSuggestion.message(for: ["serch", "fgm"], commands: commands)?.contains("did you mean 'search'?") == true)
        #expect(CommandSuggestion.message(for: ["qeustions"], commands: commands)?.contains("did you mean 'questions'?") == true)
        #expect(CommandSuggestion.message(for: ["zebra"], commands: commands)?.contains("did you mean") == false)
        #expect(CommandSuggestion.message(for: ["search", "fgm"], commands: commands) == nil)
        #expect(CommandSuggestion.message(for: ["--version"], commands: commands) == nil)
    }

    @Test("the progress line: files done of the total, MB/s, time left")
    func progress() {
        #expect(IngestProgress.line(done: 50, total: 200, totalBytes: 200 * 1_048_576, elapsed: 10) == "50 of 200 files · 5.0 MB/s · about 30s left")
        #expect(IngestProgress.line(done: 10, total: 1000, totalBytes: 1000 * 1_048_576, elapsed: 10) == "10 of 1000 files · 1.0 MB/s · about 17 min left")
        #expect(IngestProgress.line(done: 200, total: 200, totalBytes: 200 * 1_048_576, elapsed: 10) == "200 of 200 files · 20.0 MB/s")
    }
}

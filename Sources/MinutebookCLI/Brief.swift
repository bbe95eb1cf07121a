import ArgumentParser
import Foundation
import MinutebookKit

struct Brief: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A one-page brief on a topic: at a glance, timeline, questions, commitments, figures, answers to chase, gaps.",
        discussion: """
            TOPIC is a topic id or name (fgm, "county lines", MASH); an unknown topic lists the known ones. \
            Markdown is meant to be pasted into a briefing note; every item names its source (document, meeting \
            date, item) so it can be quoted.
            """
    )

    @Argument(help: ArgumentHelp("The topic.", valueName: "topic"), completion: TopicCompletion.kind)
    var topic: String

    @Option(name: .long, help: ArgumentHelp("Only meetings on or after this date.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only meetings on or before this date.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("markdown (default) or json.", valueName: "format"))
    var format: Format = .markdown

    @Option(
        name: .long, parsing: .unconditional,
        help: "How many entries each section shows (the most recent meetings, questions, commitments; the first figures).", transform: LimitArgument.parse)
    var limit = 10

    @OptionGroup var indexOptions: IndexOptions

    func validate() throws {
        try LimitArgument.check(limit, 1...100_000)
        for date in [from, to].compactMap({ $0 }) where !DateArgument.isValid(date) {
            throw ValidationError(SearchError.badDate(date).localizedDescription)
        }
    }

    func run() throws {
        let brief = try BriefBuilder(store: try indexOptions.openForQuery()).brief(topic, from: from, to: to).limited(to: limit)
        if indexOptions.json || format == .json { return try JSONOutput.print(brief.brief) }
        print(BriefMarkdown.render(brief.brief, limit: brief.limit, cut: brief.cut), terminator: "")
    }
}

/// The brief as Markdown: headings, lists and a table for figures; no terminal colours.
enum BriefMarkdown {
    static func render(_ brief: TopicBrief, limit: Int = .max, cut: [(key: String, value: Int)] = []) -> String {
        var out: [String] = []
        let s = brief.summary
        var scope = ""
        if brief.from != nil || brief.to != nil { scope = " (\(brief.from ?? "start") to \(brief.to ?? "latest"))" }
        out.append("# Brief: \(brief.topic.name)\(scope)\n")
        out.append("## At a glance\n")
        if s.passages == 0 && s.questions == 0 {
            out.append("Nothing in the index is tagged \(brief.topic.name)\(scope).\n")
            return out.joined(separator: "\n")
        }
        out.append(
            "- **\(s.meetings)** meeting\(s.meetings == 1 ? "" : "s"), **\(s.passages)** passage\(s.passages == 1 ? "" : "s"), **\(s.questions)** member question\(s.questions == 1 ? "" : "s")"
        )
        out.append("- First came up: \(s.firstMeeting ?? "no dated meeting"); last: \(s.lastMeeting ?? "no dated meeting")")
        out.append("- Documents: " + names(s.documents, limit: limit))
        if !s.undatedDocuments.isEmpty { out.append("- Undated (no meeting date in the text): " + names(s.undatedDocuments, limit: limit)) }
        out.append("")

        if !cut.isEmpty {
            out.append(
                "*Each section shows at most \(limit) entries; left out: " + cut.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                    + " (--limit N for more).*\n")
        }
        out.append("## Timeline\n")
        for meeting in brief.timeline {
            let date = meeting.meetingDate ?? "Date unknown (undated document)"
            out.append("### \(date)" + (meeting.body.map { " — \($0)" } ?? ""))
            out.append("")
            if !meeting.titles.isEmpty {
                out.append("*" + meeting.titles.joined(separator: "; ") + "* — \(meeting.passages) passage\(meeting.passages == 1 ? "" : "s")\n")
            }
            for quote in meeting.highlights {
                out.append("- " + (quote.speaker.map { "**\($0):** " } ?? "") + clip(quote.text) + " " + cite(quote))
            }
            out.append("")
        }

        out.append("## Questions asked and answers given\n")
        if brief.questions.isEmpty { out.append("No member questions on this topic.\n") }
        for (index, q) in brief.questions.enumerated() {
            out.append(
                "\(index + 1). **\(q.asker)** (\(q.source.meetingDate ?? "date unknown")): " + (q.question.isEmpty ? "*(question not recorded)*" : q.question))
            let answer: String
            switch q.status {
            case .unanswered: answer = "*No answer recorded.*"
            default:
                answer =
                    (q.respondent.map { "**\($0):** " } ?? "") + q.answer + (q.status == .noInformation ? " *(no information given)*" : "")
                    + (q.status == .deferred ? " *(answer promised for later)*" : "")
            }
            out.append("   - " + answer)
            out.append("   - Source: " + q.source.citation)
        }
        out.append("")

        out.append("## Commitments to follow up\n")
        if brief.commitments.isEmpty { out.append("No undertakings recorded on this topic.\n") }
        for c in brief.commitments {
            out.append("- **\(c.who)** (\(c.quote.source.meetingDate ?? "date unknown")): \(c.what) " + cite(c.quote))
            if c.followUps.isEmpty {
                out.append("  - Later mention: none found in later meetings on this topic.")
            }
            for later in c.followUps { out.append("  - Later mention: " + clip(later.text) + " " + cite(later)) }
        }
        out.append("")

        out.append("## Figures from reports\n")
        let rows = brief.figures.filter { $0.table != nil }
        let sentences = brief.figures.filter { $0.table == nil }
        if brief.figures.isEmpty { out.append("No figures recorded on this topic.\n") }
        var lastHeader: [String]? = nil
        for row in rows {
            guard let table = row.table else { continue }
            if table.header != lastHeader {
                if lastHeader != nil { out.append("") }
                if let section = row.section { out.append("*\(section.components(separatedBy: " › ").last ?? section)* " + cite(row.quote) + "\n") }
                out.append("| " + (table.header + ["Source"]).map(cell).joined(separator: " | ") + " |")
                out.append("|" + Array(repeating: "---", count: table.header.count + 1).joined(separator: "|") + "|")
                lastHeader = table.header
            }
            let cells = table.cells + Array(repeating: "", count: max(0, table.header.count - table.cells.count))
            let source = row.quote.source
            out.append("| " + (cells + [source.location + (source.sourceURL.map { " (\($0))" } ?? "")]).map(cell).joined(separator: " | ") + " |")
        }
        if !rows.isEmpty { out.append("") }
        for figure in sentences { out.append("- " + figure.text + " " + cite(figure.quote)) }
        if !sentences.isEmpty { out.append("") }

        out += answerList("## Answers promised for later: to chase", brief.deferred)
        out += answerList("## Gaps: answers that gave no information", brief.gaps)
        return out.joined(separator: "\n")
    }

    /// A section listing answers with what was asked, by whom, and the source.
    static func answerList(_ heading: String, _ items: [TopicBrief.Gap]) -> [String] {
        var out = [heading + "\n"]
        if items.isEmpty { out.append("None recorded.\n") }
        for item in items {
            let asked = item.question.isEmpty ? "" : "Asked" + (item.asker.map { " by \($0)" } ?? "") + ": " + item.question + " — "
            out.append("- " + asked + (item.respondent.map { "\($0): " } ?? "") + item.answer + " " + cite(item.quote))
        }
        out.append("")
        return out
    }

    /// File names in backquotes, the first `limit` of them and how many more.
    static func names(_ files: [String], limit: Int) -> String {
        files.prefix(limit).map { "`\($0)`" }.joined(separator: ", ") + (files.count > limit ? " and \(files.count - limit) more" : "")
    }

    static func cite(_ quote: TopicBrief.Quote) -> String { "[\(quote.citation)]" }

    static func clip(_ text: String) -> String { text.count <= 420 ? text : String(text.prefix(420)).trimmingCharacters(in: .whitespaces) + "…" }

    static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}

extension TopicBrief {
    /// At most `limit` entries in each section: the most recent meetings, questions, commitments, promised answers
    /// and gaps; the first figures.
    func limited(to limit: Int) -> (brief: TopicBrief, limit: Int, cut: [(key: String, value: Int)]) {
        var brief = self
        var cut: [(key: String, value: Int)] = []
        func keep<T>(_ items: inout [T], last: Bool, _ name: String) {
            guard items.count > limit else { return }
            cut.append((name, items.count - limit))
            items = last ? Array(items.suffix(limit)) : Array(items.prefix(limit))
        }
        keep(&brief.timeline, last: true, "earlier meetings")
        keep(&brief.questions, last: true, "earlier questions")
        keep(&brief.commitments, last: true, "earlier commitments")
        keep(&brief.figures, last: false, "figures")
        keep(&brief.deferred, last: true, "promised answers")
        keep(&brief.gaps, last: true, "gaps")
        return (brief, limit, cut)
    }
}

import ArgumentParser
import Foundation
import MinutebookKit

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find what was said about a subject, best match first.",
        discussion: """
            Words must all match, in any order, stemmed ("prosecute" finds "prosecutions"). "Quoted phrases" match \
            exactly, unstemmed. OR between words gives alternatives; -word or NOT word leaves passages out; word* \
            matches a prefix. An acronym or topic name (FGM, MASH, county lines) also finds the topic's other names; \
            passages matching the words as typed come first. --raw passes FTS5's own syntax through.
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What to look for (quote it in the shell when it has several words).", valueName: "query"))
    var query: [String] = []

    @OptionGroup var filterOptions: FilterOptions

    @Option(name: .long, help: ArgumentHelp("Only minutes or only reports.", valueName: "minutes|report"))
    var kind: DocumentKind?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only passages where this person speaks: a role (\(Role.speakers.map(\.rawValue).joined(separator: ", "))) or part of a name.", valueName: "speaker"
        ))
    var speaker: String?

    @Option(name: .long, parsing: .unconditional, help: "How many hits to show.", transform: LimitArgument.parse)
    var limit = 10

    @OptionGroup var ranking: RankingOptions

    @Flag(name: .long, help: "One line per meeting, in date order, with the number of hits and the best snippet.")
    var byMeeting = false

    @Flag(name: .long, help: "Pass the query to SQLite FTS5 as written (for experts).")
    var raw = false

    @OptionGroup var indexOptions: IndexOptions

    /// The most hits one search shows.
    static let maximumLimit = 10_000

    func validate() throws {
        _ = try QueryArgument.words(query)
        try LimitArgument.check(limit, 1...Self.maximumLimit)
    }

    func run() throws {
        let store = try indexOptions.openForQuery()
        let searcher = Searcher(store: store, related: try indexOptions.relatedTerms())
        var filters = filterOptions.filters(resolvedTopics: try searcher.resolveTopics(filterOptions.topic))
        filters.kind = kind
        filters.speaker = speaker
        let text = try QueryArgument.words(query).joined(separator: " ")
        let queryless = text.trimmingCharacters(in: .whitespaces).isEmpty
        var options = SearchOptions(
            filters: filters, limit: byMeeting ? 10_000 : limit, sort: ranking.sort ?? (queryless ? .oldest : nil), raw: raw, expand: !ranking.noExpand)
        if byMeeting && queryless { options.limit = 10_000 }
        let result = try searcher.search(text, options: options)

        if byMeeting {
            let groups = Array(MeetingGroup.group(result.hits, newestFirst: ranking.sort == .newest).prefix(limit))
            if indexOptions.json { return try JSONOutput.print(groups) }
            printHeader(result)
            if groups.isEmpty { return printNothing(result) }
            for group in groups {
                let date = group.meetingDate ?? "date unknown"
                print(Terminal.bold(date) + "  " + (group.body ?? "panel unknown") + "  " + Terminal.dim("\(group.hits) hit\(group.hits == 1 ? "" : "s")"))
                print("  " + group.titles.joined(separator: "; "))
                print(Terminal.wrap(render(group.best.snippet), indent: "    "))
            }
            return
        }
        if indexOptions.json { return try JSONOutput.print(result.hits) }
        printHeader(result)
        if result.hits.isEmpty { return printNothing(result) }
        if let partial = result.partial { print(Terminal.wrap(partial.line, indent: "")) }
        print(Terminal.dim(Self.showing(result.hits.count, of: result.total, noun: "passage", atLeast: result.totalIsAtLeast)))
        for (index, hit) in result.hits.enumerated() {
            print(Terminal.wrapHanging(PassagePrinter.heading(index + 1, hit)))
            print(Terminal.wrap(render(hit.snippet), indent: "   "))
            let how = hit.match == .expanded ? " · matched a synonym" : hit.match == .partial ? " · has some of the words" : ""
            print(Terminal.dim("   \(hit.source.location)" + how))
            if let address = hit.source.sourceURL { print(Terminal.dim("   \(address)")) }
        }
    }

    /// The snippet with its matches marked; the text between the marks made safe first, so a document's own
    /// escape sequences never pass as minutebook's.
    private func render(_ snippet: Snippet) -> String {
        let marks = Terminal.highlight
        return Snippet(marked: TerminalSafe.clean(snippet.marked, keeping: Set(String([Snippet.open, Snippet.close]).unicodeScalars))).render(
            open: marks.open, close: marks.close)
    }

    private func printHeader(_ result: SearchResult) {
        for note in result.notes { Terminal.note("note: \(note)") }
        if !result.expandedTopics.isEmpty {
            Terminal.note("also searched the other names of: \(result.expandedTopics.joined(separator: ", ")) (--no-expand to turn off)")
        }
        if !result.relatedTerms.isEmpty {
            Terminal.note("also searched related words: \(result.relatedTerms.joined(separator: ", ")) (--no-expand to turn off)")
        }
    }

    /// "showing 10 of 18 passages" (or "18 passages" when all are shown).
    static func showing(_ shown: Int, of total: Int, noun: String, atLeast: Bool = false) -> String {
        let total = max(total, shown)
        let plural = total == 1 ? noun : noun + "s"
        return shown < total ? "showing \(shown) of \(total)\(atLeast ? "+" : "") \(plural) (--limit N for more)" : "\(total) \(plural)"
    }

    private func printNothing(_ result: SearchResult) {
        if let filtered = result.filteredOut { return print(filtered.line(noun: "passage")) }
        print("No passages match \(result.understood).")
        if !result.suggestions.isEmpty { print("Did you mean: \(result.suggestions.joined(separator: ", "))?") }
    }
}

/// The heading line of a passage or question in text output.
enum PassagePrinter {
    static func heading(_ number: Int, _ hit: PassageHit) -> String {
        var parts = [Terminal.bold(hit.source.meetingDate ?? "date unknown")]
        parts.append(hit.source.body ?? "panel unknown")
        parts.append(itemLabel(hit.source))
        parts.append(hit.source.kind.rawValue)
        var line = "\(number). " + parts.joined(separator: " · ")
        var extra: [String] = []
        if let speaker = hit.speaker { extra.append("speaker: \(speaker)") }
        if !hit.topics.isEmpty { extra.append("topics: \(hit.topics.joined(separator: ", "))") }
        if !extra.isEmpty { line += "\n   " + Terminal.dim(extra.joined(separator: " · ")) }
        return line
    }

    static func itemLabel(_ source: SourceRef) -> String {
        switch (source.item, source.title) {
        case (let n?, let t?): "item \(n): \(t)"
        case (let n?, nil): "item \(n)"
        case (nil, let t?): t
        case (nil, nil): "item unknown"
        }
    }
}

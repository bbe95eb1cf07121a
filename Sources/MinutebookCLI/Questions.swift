import ArgumentParser
import Foundation
import MinutebookKit

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "List member questions with the answers given, oldest first or by relevance to a query.",
        discussion: """
            Without a query every question is listed, oldest meeting first. With one, the same query language \
            as `search` ranks them (acronyms and topic names widened). Each question shows the meeting, item, \
            asker and respondent. Status: answered, unanswered (no answer in the minutes), no_information \
            (the answer gave none, e.g. "did not have the figures") or deferred (an answer was promised for later, \
            e.g. "would provide a written answer": one to chase).
            """
    )

    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Words to look for in questions and answers.", valueName: "query"))
    var query: [String] = []

    @OptionGroup var filterOptions: FilterOptions

    @Option(name: .long, help: ArgumentHelp("Only answers by: \(QuestionSearcher.roles.joined(separator: ", ")).", valueName: "role"))
    var respondent: String?

    @Option(name: .long, help: ArgumentHelp("Only questions by this member (part of the name, e.g. hayes).", valueName: "name"))
    var asker: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only questions with this status: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable).", valueName: "status"))
    var status: [String] = []

    @Option(name: .long, parsing: .unconditional, help: "How many questions to show at most.", transform: LimitArgument.parse)
    var limit = 1_000

    @OptionGroup var ranking: RankingOptions

    @OptionGroup var indexOptions: IndexOptions

    var statuses: [AnswerStatus] {
        status.compactMap { AnswerStatus(rawValue: $0.lowercased().replacingOccurrences(of: "-", with: "_")) }
    }

    func validate() throws {
        _ = try QueryArgument.words(query)
        try LimitArgument.check(limit, 1...Search.maximumLimit)
        for value in status where AnswerStatus(rawValue: value.lowercased().replacingOccurrences(of: "-", with: "_")) == nil {
            throw ValidationError("unknown status '\(value)'; use one of: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let respondent {
            guard let role = Role(flag: respondent), Role.respondents.contains(role) else {
                throw ValidationError("unknown respondent '\(respondent)'; use one of: \(QuestionSearcher.roles.joined(separator: ", "))")
            }
        }
    }

    func run() throws {
        let store = try indexOptions.openForQuery()
        let topics = try Searcher(store: store).resolveTopics(filterOptions.topic)
        let options = QuestionOptions(
            filters: filterOptions.filters(resolvedTopics: topics), respondentRole: respondent.flatMap { Role(flag: $0) }, asker: asker,
            statuses: statuses, limit: limit, sort: ranking.sort, expand: !ranking.noExpand)
        let result = try QuestionSearcher(store: store, related: try indexOptions.relatedTerms()).search(
            try QueryArgument.words(query).joined(separator: " "), options: options)
        if indexOptions.json { return try JSONOutput.print(result.hits) }
        for note in result.notes { Terminal.note("note: \(note)") }
        if !result.expandedTopics.isEmpty {
            Terminal.note("also searched the other names of: \(result.expandedTopics.joined(separator: ", ")) (--no-expand to turn off)")
        }
        if !result.relatedTerms.isEmpty {
            Terminal.note("also searched related words: \(result.relatedTerms.joined(separator: ", ")) (--no-expand to turn off)")
        }
        if result.hits.isEmpty {
            if let filtered = result.filteredOut { return print(filtered.line(noun: "member question")) }
            print(result.understood.isEmpty ? "No member questions in the index match these filters." : "No member questions match \(result.understood).")
            if !result.suggestions.isEmpty { print("Did you mean: \(result.suggestions.joined(separator: ", "))?") }
            return
        }
        if let partial = result.partial {
            print(
                Terminal.wrap(
                    partial.line.replacingOccurrences(of: "No passage", with: "No question").replacingOccurrences(of: "passages", with: "questions"), indent: ""
                ))
        }
        for (index, hit) in result.hits.enumerated() {
            QuestionPrinter.print(index + 1, hit)
            if hit.match == .partial { print(Terminal.dim("   has some of the words")) }
        }
        print(
            Terminal.dim(
                result.understood.isEmpty
                    ? "\(result.hits.count) question\(result.hits.count == 1 ? "" : "s")"
                    : Search.showing(result.hits.count, of: result.total, noun: "question")))
    }
}

enum QuestionPrinter {
    static func print(_ number: Int, _ hit: QuestionHit) {
        let date = Terminal.bold(hit.source.meetingDate ?? "date unknown")
        Terminal.out(Terminal.wrapHanging("\(number). \(date) · \(hit.source.body ?? "panel unknown") · \(PassagePrinter.itemLabel(hit.source))"))
        var topicLine = "   asked by \(hit.asker)"
        if let respondent = hit.respondent { topicLine += " · answered by \(respondent)" }
        if !hit.topics.isEmpty { topicLine += " · topics: \(hit.topics.joined(separator: ", "))" }
        Terminal.out(Terminal.dim(topicLine))
        Terminal.out(Terminal.wrap("Q: " + (hit.question.isEmpty ? "(question not recorded)" : hit.question), indent: "   "))
        switch hit.status {
        case .unanswered: Terminal.out("   A: (no answer recorded)")
        default:
            Terminal.out(Terminal.wrap("A: " + hit.answer, indent: "   "))
            if hit.status == .noInformation { Terminal.out(Terminal.dim("   (the answer gave no information: a follow-up candidate)")) }
            if hit.status == .deferred { Terminal.out(Terminal.dim("   (an answer was promised for later: one to chase)")) }
        }
        Terminal.out(Terminal.dim("   \(hit.source.location)"))
        if let address = hit.source.sourceURL { Terminal.out(Terminal.dim("   \(address)")) }
    }
}

import Foundation

/// How results are ordered.
public enum ResultOrder: String, Codable, Sendable, CaseIterable {
    /// Best bm25 match first (the default with a query).
    case relevance
    /// Oldest meeting first; undated documents last (the default without a query).
    case oldest
    /// Newest meeting first; undated documents last.
    case newest
}

/// Filters shared by `search` and `questions`.
public struct Filters: Sendable, Equatable {
    /// Topic ids; a hit must carry at least one.
    public var topics: [String] = []
    /// ISO dates, inclusive. A document with no date is left out when either is set.
    public var from: String?
    public var to: String?
    public var kind: DocumentKind?
    /// A speaker role (`pcc`, `chief-constable`, …) or part of a name (`hayes`).
    public var speaker: String?
    /// Passages: the document's panel contains this text.
    public var body: String?

    public init(topics: [String] = [], from: String? = nil, to: String? = nil, kind: DocumentKind? = nil, speaker: String? = nil, body: String? = nil) {
        self.topics = topics
        self.from = from
        self.to = to
        self.kind = kind
        self.speaker = speaker
        self.body = body
    }
}

extension Filters {
    /// A role from what a user typed: "pcc", "PCC", "chief constable", "chief_constable", "chief-constable".
    /// Any office as the minutes write it is read with the shared vocabulary (`Vocabulary.offices`): "the Mayor",
    /// "Chief Fire Officer", "PFCC". nil for anything else (a name: `--speaker hayes`).
    static func role(_ text: String) -> Role? {
        let key = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let role = Role(flag: key), Role.speakers.contains(role) { return role }
        let lower = text.lowercased()
        if Vocabulary.chairPhrases.contains(lower) || Vocabulary.chairPhrases.contains("the " + lower) { return .chair }
        if Vocabulary.memberNouns.contains(lower) || Vocabulary.membersNouns.contains(lower) || Vocabulary.pluralMemberTitles.contains(lower)
            || Vocabulary.memberTitles[lower] == "Cllr"
        {
            return .member
        }
        if key == "cc" { return .chiefConstable }
        // Acronyms are matched in capitals ("dcc" → "DCC"); offices with a capital ("chief fire officer" → "Chief Fire Officer").
        let written = text.count <= 4 ? text.uppercased() : text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let words = SentenceWords("the " + written)
        guard let office = SentenceReader.officeSubject(words, at: 0), office.end >= words.count else { return nil }
        return office.respondent.role.asSpeaker
    }
}

public struct SearchOptions: Sendable {
    /// The most hits a search or question list returns (a larger `limit` is taken as this).
    public static let maximumLimit = 1_000_000

    public var filters = Filters()
    public var limit = 10
    public var sort: ResultOrder?
    /// Pass the query to FTS5 as written (its own syntax), after checking it parses.
    public var raw = false
    /// Widen acronyms and topic names with the topic's other names.
    public var expand = true
    /// Build each hit's snippet. Without (`false`), hits have an empty snippet: for counting what the matches
    /// carry (topics, panels, dates, speakers), as the web pages' facets do over the best 500.
    public var snippets = true
    /// Also count what the best `facets` matches carry (`SearchResult.facets`, as `Searcher.facets` counts them),
    /// from the same ranking as the hits: the web page's facets without a second search. 0: none.
    public var facets = 0

    public init(filters: Filters = Filters(), limit: Int = 10, sort: ResultOrder? = nil, raw: Bool = false, expand: Bool = true) {
        self.filters = filters
        self.limit = limit
        self.sort = sort
        self.raw = raw
        self.expand = expand
    }
}

/// Why a search could not run. One line each.
public enum SearchError: Error, Equatable, Sendable, LocalizedError {
    case nothingToSearch(String)
    case badRawSyntax(String)
    case unknownTopic(String, known: [String])
    case badDate(String)
    case badOption(String)

    public var errorDescription: String? {
        switch self {
        case .nothingToSearch(let why): why
        case .badRawSyntax(let message): "the --raw query is not valid FTS5 syntax (\(message)); drop --raw to search the words as typed"
        case .unknownTopic(let topic, let known): "unknown topic '\(topic)'; known topics: \(known.joined(separator: ", "))"
        case .badDate(let text): "'\(text)' is not a date; write YYYY-MM-DD (e.g. 2018-02-02)"
        case .badOption(let message): message
        }
    }
}

import Foundation

/// A marked-up excerpt: the text with the matched words between `Snippet.open` and `Snippet.close`.
public struct Snippet: Equatable, Sendable, Codable {
    public static let open: Character = "\u{2}"
    public static let close: Character = "\u{3}"

    public var marked: String

    public init(marked: String) {
        self.marked = marked
    }

    /// The excerpt with the markers replaced, e.g. `render(open: "**", close: "**")`.
    public func render(open: String, close: String) -> String {
        var out = ""
        out.reserveCapacity(marked.count + 16)
        for c in marked {
            if c == Snippet.open { out += open } else if c == Snippet.close { out += close } else { out.append(c) }
        }
        return out
    }

    /// The excerpt without highlights.
    public var plain: String { render(open: "", close: "") }

    public init(from decoder: Decoder) throws {
        marked = try decoder.singleValueContainer().decode(String.self)
    }

    /// In JSON a snippet is a string with matches between `**`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(render(open: "**", close: "**"))
    }
}

/// How a hit matched what was asked.
public enum Match: String, Codable, Sendable, CaseIterable {
    /// The query as typed.
    case exact
    /// Only a topic's other names, or related words ("cuckooing" for "county lines").
    case expanded
    /// Most of the query's words, not all.
    case partial
    /// A listing without a query (`questions` with filters only).
    case list
    /// A topic listing (`search --topic` without words).
    case topic
}

/// Where a passage or question comes from: enough to quote it.
public struct SourceRef: Codable, Equatable, Sendable {
    /// The source file name.
    public var document: String
    public var path: String
    /// ISO date, or nil when unknown.
    public var meetingDate: String?
    public var body: String?
    /// The agenda item number, e.g. "150".
    public var item: String?
    public var title: String?
    public var kind: DocumentKind
    public var line: Int
    /// The page it is on, for documents with pages (PDF); nil otherwise.
    public var page: Int?
    /// The address of the original document (a sidecar's `url`, or the web page's own), without a page.
    public var documentURL: String?

    enum CodingKeys: String, CodingKey {
        case document, path, meetingDate = "meeting_date", body, item, title, kind, line, page, sourceURL = "source_url"
    }

    public init(
        document: String, path: String, meetingDate: String?, body: String?, item: String?, title: String?, kind: DocumentKind, line: Int,
        page: Int? = nil, documentURL: String? = nil
    ) {
        self.document = document
        self.path = path
        self.meetingDate = meetingDate
        self.body = body
        self.item = item
        self.title = title
        self.kind = kind
        self.line = line
        self.page = page
        self.documentURL = documentURL
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(String.self, forKey: .document)
        path = try c.decode(String.self, forKey: .path)
        meetingDate = try c.decodeIfPresent(String.self, forKey: .meetingDate)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        item = try c.decodeIfPresent(String.self, forKey: .item)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        kind = try c.decode(DocumentKind.self, forKey: .kind)
        line = try c.decode(Int.self, forKey: .line)
        page = try c.decodeIfPresent(Int.self, forKey: .page)
        documentURL = try c.decodeIfPresent(String.self, forKey: .sourceURL)?.components(separatedBy: "#page=").first
    }

    /// Where to open the original at this passage: the document's address, with `#page=N` for a page of a PDF.
    public var sourceURL: String? {
        guard let documentURL else { return nil }
        guard let page else { return documentURL }
        let base = documentURL.split(separator: "#", maxSplits: 1).first.map(String.init) ?? documentURL
        return "\(base)#page=\(page)"
    }

    /// "004.pdf p. 2, line 91", "001.txt line 17".
    public var location: String {
        page.map { "\(document) p. \($0), line \(line)" } ?? "\(document) line \(line)"
    }

    /// Unknown values are written as `null`, never left out, so every hit has the same keys.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(path, forKey: .path)
        try c.encode(meetingDate, forKey: .meetingDate)
        try c.encode(body, forKey: .body)
        try c.encode(item, forKey: .item)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(line, forKey: .line)
        try c.encode(page, forKey: .page)
        try c.encode(sourceURL, forKey: .sourceURL)
    }

    /// "2018-02-02, Thames Valley Police and Crime Panel, item 150: Strategic Objective 2 (001_b49.txt line 17)";
    /// from a PDF with an address, "… (minutes.pdf p. 4, line 120; https://…/minutes.pdf#page=4)".
    public var citation: String {
        var parts = [meetingDate ?? "date unknown"]
        if let body { parts.append(body) }
        var item = ""
        if let number = self.item { item = "item \(number)" }
        if let title { item += item.isEmpty ? title : ": \(title)" }
        if !item.isEmpty { parts.append(item) }
        return parts.joined(separator: ", ") + " (\(location)" + (sourceURL.map { "; \($0)" } ?? "") + ")"
    }
}

/// One passage found by a search.
public struct PassageHit: Codable, Equatable, Sendable {
    public var id: Int64
    public var source: SourceRef
    public var passageKind: Passage.Kind
    public var section: String?
    public var speaker: String?
    public var speakerRole: Role?
    public var speakers: [Speaker]
    public var topics: [String]
    public var text: String
    public var snippet: Snippet
    /// Higher is better (the negated bm25 score); 0 for lists without a query.
    public var score: Double
    public var match: Match
    public var table: TableRow?
    /// Position on the page (1 first) and how many passages match in all, set on the hits a search returns;
    /// written to JSON as `rank` and `total` when set.
    public var rank: Int?
    public var total: Int?

    enum CodingKeys: String, CodingKey {
        case id, passageKind = "passage_kind", section, speaker, speakerRole = "speaker_role", speakers, topics, text, snippet, score, match, table
        case rank, total
    }

    public func encode(to encoder: Encoder) throws {
        try source.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(passageKind, forKey: .passageKind)
        try container.encode(section, forKey: .section)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerRole, forKey: .speakerRole)
        try container.encode(speakers, forKey: .speakers)
        try container.encode(topics, forKey: .topics)
        try container.encode(text, forKey: .text)
        try container.encode(snippet, forKey: .snippet)
        try container.encode((score * 1000).rounded() / 1000, forKey: .score)
        try container.encode(match, forKey: .match)
        try container.encode(table, forKey: .table)
        try container.encodeIfPresent(rank, forKey: .rank)
        try container.encodeIfPresent(total, forKey: .total)
    }

    public init(from decoder: Decoder) throws {
        source = try SourceRef(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        passageKind = try c.decode(Passage.Kind.self, forKey: .passageKind)
        section = try c.decodeIfPresent(String.self, forKey: .section)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        speakerRole = try c.decodeIfPresent(Role.self, forKey: .speakerRole)
        speakers = try c.decode([Speaker].self, forKey: .speakers)
        topics = try c.decode([String].self, forKey: .topics)
        text = try c.decode(String.self, forKey: .text)
        snippet = try c.decode(Snippet.self, forKey: .snippet)
        score = try c.decode(Double.self, forKey: .score)
        match = try c.decode(Match.self, forKey: .match)
        table = try c.decodeIfPresent(TableRow.self, forKey: .table)
        rank = try c.decodeIfPresent(Int.self, forKey: .rank)
        total = try c.decodeIfPresent(Int.self, forKey: .total)
    }

    init(
        id: Int64, source: SourceRef, passageKind: Passage.Kind, section: String?, speaker: String?, speakerRole: Role?, speakers: [Speaker],
        topics: [String], text: String, snippet: Snippet, score: Double, match: Match, table: TableRow?
    ) {
        self.id = id
        self.source = source
        self.passageKind = passageKind
        self.section = section
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.speakers = speakers
        self.topics = topics
        self.text = text
        self.snippet = snippet
        self.score = score
        self.match = match
        self.table = table
    }
}

/// What a search found, and how it read the query.
public struct SearchResult: Sendable {
    public var hits: [PassageHit]
    /// The query as understood, e.g. `fgm AND strategy`.
    public var understood: String
    /// Topics whose other names were searched too.
    public var expandedTopics: [String]
    /// Notes on input read differently from how it was typed.
    public var notes: [String]
    /// Words from the index close to query words that matched nothing ("did you mean").
    public var suggestions: [String]
    /// How many passages match the query (with its topic names and related words) and the filters; the page
    /// shows the first `hits.count`. Hits matching only some of the words (`partial`) are counted in too.
    public var total = 0
    /// True when `total` is a lower bound: a query with quoted phrases counts at most 1,000 matches.
    public var totalIsAtLeast = false
    /// Set when no passage, or very few, had every word and passages with most of the words were added.
    public var partial: PartialMatch?
    /// Related words searched too (from `related.json`).
    public var relatedTerms: [String] = []
    /// With no hits: how many passages match without the filters, and which filters left them out.
    public var filteredOut: FilteredOut?
    /// With `SearchOptions.facets`: what the best matches carry. nil when not asked for, or when the search added
    /// passages with most of the words (then `Searcher.facets` counts them as the search shows them).
    public var facets: SearchFacets?
}

/// Passages with most, not all, of the words: which words the query had, and which none of those passages has.
public struct PartialMatch: Sendable, Equatable {
    /// The query's words (one entry per word or phrase as typed).
    public var words: [String]
    /// Words none of the partial hits contains.
    public var missing: [String]

    /// "No passage has all of: county lines, funding. Showing passages with most of them; not found with the others: funding."
    public var line: String {
        "No passage has all of: \(words.joined(separator: ", ")). Showing passages with most of them"
            + (missing.isEmpty ? "." : "; not found with the others: \(missing.joined(separator: ", ")).")
    }
}

/// Matches the filters excluded: "18 passages match fgm; none on or after 2030-01-01".
public struct FilteredOut: Sendable, Equatable {
    public var unfiltered: Int
    public var filters: [String]
    public var query: String

    public func line(noun: String) -> String {
        "\(unfiltered) \(noun)\(unfiltered == 1 ? "" : "s") match\(unfiltered == 1 ? "es" : "") \(query); none \(filters.joined(separator: ", "))."
    }

    /// The filters in words: "on or after 2030-01-01", "tagged county-lines".
    static func describe(_ filters: Filters) -> [String] {
        var parts: [String] = []
        if !filters.topics.isEmpty { parts.append("tagged " + filters.topics.joined(separator: " or ")) }
        if let from = filters.from { parts.append("on or after \(from)") }
        if let to = filters.to { parts.append("on or before \(to)") }
        if let kind = filters.kind { parts.append("in \(kind.rawValue == "report" ? "reports" : "minutes")") }
        if let speaker = filters.speaker { parts.append("spoken by \(speaker)") }
        if let body = filters.body { parts.append("from a panel matching '\(body)'") }
        return parts
    }
}

import ArgumentParser
import Foundation
import MinutebookKit

/// `--index` and `--json`, shared by every command.
struct IndexOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The index database (default: $MINUTEBOOK_INDEX, else \(IndexStore.defaultPath) where there is an index/ folder, else $XDG_DATA_HOME/minutebook/minutebook.sqlite or ~/.local/share/minutebook/minutebook.sqlite).",
            valueName: "path"))
    var index: String?

    @Flag(name: .long, help: "Print JSON for scripts instead of text.")
    var json = false

    func validate() throws {
        if index?.isEmpty == true { throw ValidationError("--index needs a path") }
    }

    var indexPath: String {
        if let index { return index }
        if let env = ProcessInfo.processInfo.environment["MINUTEBOOK_INDEX"], !env.isEmpty { return env }
        return IndexStore.resolvedDefaultPath()
    }

    /// The index path, its folder created first when it is the per-user default (for `ingest`).
    func indexPathCreatingUserFolder() -> String {
        let path = indexPath
        if index == nil, path == IndexStore.userPath() {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        return path
    }

    /// Related words: `related.json` beside the index, else `index/related.json`, else the built-in list.
    func relatedTerms() throws -> RelatedTerms {
        try RelatedTerms.locate(indexPath: indexPath)
    }

    /// Opens the index for a query, read-only. A missing default index is built from corpus/ first, as the README says.
    func openForQuery() throws -> IndexStore {
        let path = indexPath
        let limit = try Self.queryTimeLimit()
        if index == nil, ProcessInfo.processInfo.environment["MINUTEBOOK_INDEX"] == nil,
            PathKind.of(path) == .missing, FileManager.default.fileExists(atPath: Ingest.defaultCorpus)
        {
            let taxonomy = try TaxonomyLocator.locate(explicit: nil, indexPath: path)
            let built = try IndexMaintenance.buildIfMissing(at: path) { store in
                Terminal.note("no index yet: building \(path) from \(Ingest.defaultCorpus)/ …")
                return try Ingester(store: store, taxonomy: taxonomy.taxonomy).ingest([Ingest.defaultCorpus])
            }
            if let built { Terminal.note(Ingest.summary(built)) }
        }
        var store = try IndexStore.openForReading(at: path)
        if store.upgraded { Terminal.note(store.upgradeNote) }
        store.queryTimeLimit = limit
        return store
    }

    /// Seconds a query may run: `$MINUTEBOOK_QUERY_TIMEOUT`, else 10.
    static func queryTimeLimit() throws -> Double {
        guard let text = ProcessInfo.processInfo.environment["MINUTEBOOK_QUERY_TIMEOUT"], !text.isEmpty else {
            return IndexStore.defaultQueryTimeLimit
        }
        guard let seconds = Double(text), seconds >= 0, seconds <= 3600 else {
            throw ValidationError("MINUTEBOOK_QUERY_TIMEOUT must be a number of seconds from 0 to 3600, not '\(text)'")
        }
        return seconds
    }
}

/// `--limit N`, range-checked: a clear message, never an overflow deeper down.
enum LimitArgument {
    /// `--limit`'s value: a whole number, or a message that says so ("-1" reaches `check` and its range).
    @Sendable static func parse(_ text: String) throws -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("--limit needs a whole number, not '\(text)'")
        }
        return value
    }

    static func check(_ limit: Int, _ range: ClosedRange<Int>) throws {
        guard range.contains(limit) else {
            throw ValidationError("--limit must be between \(range.lowerBound) and \(range.upperBound)")
        }
    }
}

/// Filters shared by `search` and `questions`.
struct FilterOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Only hits tagged with this topic (id or name; repeatable). See `minutebook topics`.", valueName: "topic"),
        completion: TopicCompletion.kind)
    var topic: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only meetings on or after this date.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only meetings on or before this date.", valueName: "YYYY-MM-DD"))
    var to: String?

    func validate() throws {
        for date in [from, to].compactMap({ $0 }) where !DateArgument.isValid(date) {
            throw ValidationError(SearchError.badDate(date).localizedDescription)
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func filters(resolvedTopics: [String]) -> Filters {
        Filters(topics: resolvedTopics, from: from, to: to)
    }
}

/// Query words are taken as typed, so `-cuckooing` excludes a word rather than being read as an option;
/// a misspelt long option (`--limt`) is still an error. `--` ends the options: it is not a query word, and
/// everything after it is taken literally (`search -- --not-an-option`).
enum QueryArgument {
    /// The query words of an argument captured with `.allUnrecognized` (which keeps `--` and what follows it).
    static func words(_ captured: [String]) throws -> [String] {
        guard let end = captured.firstIndex(of: "--") else {
            try rejectUnknownOptions(captured)
            return captured
        }
        try rejectUnknownOptions(Array(captured[..<end]))
        return Array(captured[..<end]) + Array(captured[(end + 1)...])
    }

    static func rejectUnknownOptions(_ words: [String]) throws {
        if let option = words.first(where: { $0.hasPrefix("--") && $0.count > 2 && $0.dropFirst(2).first?.isLetter == true }) {
            throw ValidationError("unknown option '\(option)'")
        }
    }
}

/// `--sort` and `--no-expand`, shared by `search` and `questions`.
struct RankingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("relevance (default with a query), oldest (default without) or newest.", valueName: "order"))
    var sort: ResultOrder?

    @Flag(name: .long, help: "Do not widen acronyms and topic names with the topic's other names.")
    var noExpand = false
}

enum DateArgument {
    static func isValid(_ text: String) -> Bool {
        CalendarDate.isValid(text)
    }
}

extension DocumentKind: ExpressibleByArgument {}
extension ResultOrder: ExpressibleByArgument {}

/// Prints JSON with sorted keys, one document per call, safe to show on a terminal.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder escapes C0 controls; the C1 and bidirectional ones it leaves raw are escaped too.
        let json = TerminalSafe.escapeJSON(String(decoding: try encoder.encode(value), as: UTF8.self))
        Terminal.outVerbatim(json + "\n")
    }
}

/// Shell completion of topic ids: the taxonomy an ingest here would use (`topics.json` beside the default index,
/// `index/topics.json`, else the built-in one).
enum TopicCompletion {
    static let kind = CompletionKind.custom { _, _, _ in ids() }

    static func ids() -> [String] {
        let taxonomy = (try? TaxonomyLocator.locate(explicit: nil, indexPath: IndexStore.resolvedDefaultPath()).taxonomy) ?? TaxonomyLocator.builtIn
        return taxonomy.topics.map(\.id)
    }
}

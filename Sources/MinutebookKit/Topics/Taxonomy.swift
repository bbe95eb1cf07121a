import Foundation

/// One subject members follow across meetings, with the words that name it.
public struct Topic: Codable, Equatable, Sendable {
    /// Stable id used on the command line and in JSON: "county-lines".
    public var id: String
    /// "County lines".
    public var name: String
    /// Words and phrases, matched on whole words, any case, plurals folded: "cuckooing", "drug lines".
    public var terms: [String]
    /// Acronyms, matched only when written in capitals: "FGM", "MASH" (so "mash" in prose is not MASH).
    public var acronyms: [String]

    public init(id: String, name: String, terms: [String], acronyms: [String] = []) {
        self.id = id
        self.name = name
        self.terms = terms
        self.acronyms = acronyms
    }

    /// Every name of the topic: acronyms first, then terms.
    public var allNames: [String] { acronyms + terms }
}

/// The topics the index tags passages with. Lives in a JSON file users edit without recompiling.
public struct Taxonomy: Codable, Equatable, Sendable {
    public var topics: [Topic]

    public init(topics: [Topic]) {
        self.topics = topics
    }

    /// The file name looked for beside the index: `index/topics.json`.
    public static let fileName = "topics.json"

    public static func load(from url: URL) throws(TaxonomyError) -> Taxonomy {
        let data: Data
        // Checked before it is opened: a named pipe would block the read for ever.
        do { data = try PathKind.readRegularFile(url.path, limit: 16 * 1_048_576) } catch { throw .unreadable(path: url.path, reason: "\(error)") }
        let taxonomy: Taxonomy
        do { taxonomy = try JSONDecoder().decode(Taxonomy.self, from: data) } catch {
            throw .malformed(path: url.path, reason: TaxonomyError.describe(error))
        }
        try taxonomy.validate(path: url.path)
        return taxonomy
    }

    func validate(path: String) throws(TaxonomyError) {
        var seen = Set<String>()
        for topic in topics {
            guard !topic.id.isEmpty, topic.id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
                throw .malformed(path: path, reason: "topic id '\(topic.id)' must be lowercase letters, digits and hyphens")
            }
            guard seen.insert(topic.id).inserted else { throw .malformed(path: path, reason: "topic id '\(topic.id)' appears twice") }
            guard !topic.allNames.isEmpty else { throw .malformed(path: path, reason: "topic '\(topic.id)' has no terms or acronyms") }
        }
    }

    /// Changes whenever a topic, term or acronym changes; stored in the index to know when to re-tag.
    public var fingerprint: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        return String(FNV1a.hash(data), radix: 16)
    }

    /// The topic whose id or name is `text` (any case; spaces and hyphens alike), or whose acronym it is.
    public func topic(named text: String) -> Topic? {
        let key = Self.key(text)
        return topics.first { Self.key($0.id) == key || Self.key($0.name) == key }
            ?? topics.first { $0.allNames.contains { Self.key($0) == key } }
    }

    static func key(_ text: String) -> String {
        WordTokenizer.words(text).map(\.folded).joined(separator: " ")
    }
}

public enum TaxonomyError: Error, Equatable, Sendable, LocalizedError {
    case notFound(searched: [String])
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .notFound(let searched):
            "no topic taxonomy found (looked for \(searched.joined(separator: ", "))); pass --topics PATH"
        case .unreadable(let path, let reason): "cannot read the topic taxonomy \(path): \(reason)"
        case .malformed(let path, let reason): "the topic taxonomy \(path) is malformed: \(reason)"
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing \"\(key.stringValue)\" at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            "not valid JSON (\(context.debugDescription))"
        default: error.localizedDescription
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let parts = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
        return parts.isEmpty ? "the top level" : parts.joined()
    }
}

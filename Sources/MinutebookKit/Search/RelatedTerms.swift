import Foundation

/// Groups of words and phrases that mean the same thing to a reader, beside the topics: "revenge porn",
/// "intimate image abuse", "intimate photos". `search`, `questions` and `asked` look for the other members of a
/// group when the query names one.
///
/// Read from `related.json` beside the index, else `index/related.json` under the working directory, else
/// the list built into the binary (a copy of the shipped `index/related.json`):
/// ```json
/// { "related": [["body-worn video", "bodycam", "body cameras"], ["elderly", "older people", "pensioners"]] }
/// ```
public struct RelatedTerms: Codable, Equatable, Sendable {
    /// Each group: terms as written (any case, hyphens allowed).
    public var related: [[String]] {
        didSet { lookup = Lookup(related) }
    }
    /// The groups as words and their terms by key, worked out once for the list rather than for every query.
    private var lookup: Lookup

    public init(related: [[String]]) {
        self.related = related
        self.lookup = Lookup(related)
    }

    enum CodingKeys: String, CodingKey { case related }

    public init(from decoder: Decoder) throws {
        self.init(related: try decoder.container(keyedBy: CodingKeys.self).decode([[String]].self, forKey: .related))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(related, forKey: .related)
    }

    public static func == (a: RelatedTerms, b: RelatedTerms) -> Bool { a.related == b.related }

    final class Lookup: Sendable {
        /// For each group, its terms as FTS words.
        let groups: [[[String]]]
        /// Each group's terms as keys (`RelatedTerms.key`), in the order of `groups`.
        let keys: [[[String]]]
        /// The first group each term's key belongs to.
        let groupOfKey: [[String]: Int]

        init(_ related: [[String]]) {
            groups = related.map { group in group.map { Tokenizer.words($0) }.filter { !$0.isEmpty } }
            keys = groups.map { group in group.map(RelatedTerms.key) }
            var index: [[String]: Int] = [:]
            for (g, group) in keys.enumerated() { for key in group where index[key] == nil { index[key] = g } }
            groupOfKey = index
        }
    }

    public static let fileName = "related.json"

    /// The list built into the binary.
    public static let builtIn: RelatedTerms = {
        (try? JSONDecoder().decode(RelatedTerms.self, from: Data(BuiltInData.relatedJSON.utf8))) ?? RelatedTerms(related: [])
    }()

    public static func load(from url: URL) throws -> RelatedTerms {
        let data = try PathKind.readRegularFile(url.path, limit: 4 * 1_048_576)
        do { return try JSONDecoder().decode(RelatedTerms.self, from: data) } catch {
            throw SearchError.badOption("\(url.path) is not a related-words list: write {\"related\": [[\"word\", \"other word\"], …]}")
        }
    }

    /// `related.json` beside the index, else `index/related.json`, else the built-in list.
    public static func locate(indexPath: String) throws -> RelatedTerms {
        let beside = URL(fileURLWithPath: indexPath).deletingLastPathComponent().appendingPathComponent(fileName)
        let fallback = URL(fileURLWithPath: "index").appendingPathComponent(fileName)
        for candidate in [beside, fallback] where FileManager.default.fileExists(atPath: candidate.path) {
            return try load(from: candidate)
        }
        return builtIn
    }

    /// A term as matched: its words, plural-folded ("Body Cameras" → body camera).
    static func key(_ words: [String]) -> [String] { words.map { Stemmer.singular($0) } }

    /// For each group, its terms as FTS words.
    var groups: [[[String]]] { lookup.groups }

    /// The first group with a term of this key (`key(_:)`).
    func group(ofKey key: [String]) -> Int? { lookup.groupOfKey[key] }

    /// The groups with a term whose words occur in sequence in `words` (plural-folded), with the matched term.
    func groupsMentioned(in words: [String]) -> [(group: Int, term: [String])] {
        let folded = Self.key(words)
        var found: [(Int, [String])] = []
        for (index, group) in groups.enumerated() {
            if let at = lookup.keys[index].firstIndex(where: { ExactCheck.contains(folded, $0) }) { found.append((index, group[at])) }
        }
        return found
    }
}

/// Widens a query with related words: the longest run of plain words naming a group term becomes
/// "that OR the group's other terms". Quoted phrases and OR groups are left as typed.
struct RelatedExpansion {
    var query: SearchQuery
    /// The terms added, for the note.
    var added: [String]

    static func expand(_ query: SearchQuery, related: RelatedTerms) -> RelatedExpansion? {
        let groups = related.groups
        guard !groups.isEmpty else { return nil }
        var clauses = query.required
        var added: [String] = []
        var i = 0
        while i < clauses.count {
            var match: (end: Int, group: Int)?
            var words: [String] = []
            var j = i
            while j < clauses.count, j - i < 6, clauses[j].alternatives.count == 1 {
                switch clauses[j].alternatives[0] {
                case .word(let w, false): words.append(w)
                case .phrase(let ws, false): words += ws
                default: j = clauses.count; continue
                }
                if let g = related.group(ofKey: RelatedTerms.key(words)) { match = (j, g) }
                j += 1
            }
            guard let found = match else { i += 1; continue }
            let typed = clauses[i...found.end].flatMap { $0.alternatives.flatMap(\.words) }
            var alternatives: [SearchQuery.Term] = [typed.count == 1 ? .word(typed[0], prefix: false) : .phrase(typed, exact: false)]
            for term in groups[found.group] where RelatedTerms.key(term) != RelatedTerms.key(typed) {
                let alternative: SearchQuery.Term = term.count == 1 ? .word(term[0], prefix: false) : .phrase(term, exact: false)
                if !alternatives.contains(alternative) {
                    alternatives.append(alternative)
                    added.append(term.joined(separator: " "))
                }
            }
            clauses.replaceSubrange(i...found.end, with: [SearchQuery.Clause(alternatives)])
            i += 1
        }
        guard !added.isEmpty else { return nil }
        var expanded = query
        expanded.required = clauses
        return RelatedExpansion(query: expanded, added: added)
    }
}

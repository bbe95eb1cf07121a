import Foundation

/// A taxonomy with the table topic expansion looks its names up in: folded name → topic index.
struct TopicNames: Sendable {
    let taxonomy: Taxonomy
    let byName: [String: Int]

    init(_ taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var table: [String: Int] = [:]
        for (index, topic) in taxonomy.topics.enumerated() {
            for name in topic.allNames + [topic.name] {
                let folded = Taxonomy.key(name)
                if !folded.isEmpty, table[folded] == nil { table[folded] = index }
            }
        }
        byName = table
    }
}

/// The taxonomies read from indexes in this process, with their name tables, by fingerprint: decoding the
/// stored taxonomy on every search cost more than a rare-word search itself.
final class TaxonomyCache: @unchecked Sendable {
    static let shared = TaxonomyCache()
    private let lock = NSLock()
    private var cached: [String: TopicNames] = [:]

    func names(fingerprint: String, load: () throws -> Taxonomy) rethrows -> TopicNames {
        if let names = lock.withLock({ cached[fingerprint] }) { return names }
        let names = TopicNames(try load())
        lock.withLock { cached[fingerprint] = names }
        return names
    }
}

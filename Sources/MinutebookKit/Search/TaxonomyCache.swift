import Foundation

/// The taxonomies read from indexes in this process, with the name table topic expansion uses, by fingerprint.
final class TaxonomyCache: @unchecked Sendable {
    static let shared = TaxonomyCache()
    private let lock = NSLock()
    private var taxonomies: [String: Taxonomy] = [:]
    private var names: [String: [String: Int]] = [:]

    func taxonomy(fingerprint: String, load: () throws -> Taxonomy) rethrows -> Taxonomy {
        if let cached = lock.withLock({ taxonomies[fingerprint] }) { return cached }
        let taxonomy = try load()
        lock.withLock { taxonomies[fingerprint] = taxonomy }
        return taxonomy
    }

    /// Folded topic name → topic index, for `TopicExpansion`.
    func names(for taxonomy: Taxonomy) -> [String: Int] {
        let key = taxonomy.topics.map { $0.id + ":" + $0.allNames.joined(separator: "|") }.joined(separator: ";")
        if let cached = lock.withLock({ names[key] }) { return cached }
        var table: [String: Int] = [:]
        for (index, topic) in taxonomy.topics.enumerated() {
            for name in topic.allNames + [topic.name] {
                let folded = Taxonomy.key(name)
                if !folded.isEmpty, table[folded] == nil { table[folded] = index }
            }
        }
        lock.withLock { names[key] = table }
        return table
    }
}

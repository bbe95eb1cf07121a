import Foundation
import GRDB

extension IndexReader {
    /// The stored taxonomy (the one the last ingest tagged with).
    func taxonomy() throws -> Taxonomy { try topicNames().taxonomy }

    /// The stored taxonomy and its name table, decoded once per process for each version of it (keyed by its
    /// fingerprint in `meta`).
    func topicNames() throws -> TopicNames {
        let fingerprint = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = 'taxonomy'")) ?? ""
        return try TaxonomyCache.shared.names(fingerprint: fingerprint) { try decodeTaxonomy() }
    }

    private func decodeTaxonomy() throws -> Taxonomy {
        let rows = try Row.fetchAll(db, sql: "SELECT id, name, terms, acronyms FROM topics ORDER BY position")
        let decoder = JSONDecoder()
        return Taxonomy(
            topics: rows.map { row in
                Topic(
                    id: row["id"], name: row["name"],
                    terms: (try? decoder.decode([String].self, from: Data((row["terms"] as String).utf8))) ?? [],
                    acronyms: (try? decoder.decode([String].self, from: Data((row["acronyms"] as String).utf8))) ?? [])
            })
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

import Foundation
import GRDB

// What `Searcher.facets` (Search/SearchFacets.swift) still calls while its own query moves into `Index/`: the
// ranked search's page, its filters and the stored topic names, under their earlier names. Removed with that move.

extension MatchPlan {
    func topRows(_ db: Database, content: String, alias: String, columns: [String], filters: FilterSQL, order: ResultOrder, limit: Int) throws -> [RankedRow] {
        try RankedSearch(IndexReader(db: db), plan: self, filters: filters, order: order).top(limit: limit).rows
    }
}

extension Searcher {
    static func filterSQL(_ filters: Filters) -> FilterSQL { .passages(filters) }
    static let checkColumns = MatchPlan.Target.passages.checkColumns
    static func storedTopicNames(_ db: Database) throws -> TopicNames { try IndexReader(db: db).topicNames() }
}

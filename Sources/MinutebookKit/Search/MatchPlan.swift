import Foundation
import GRDB

/// How a `SearchQuery` runs against a pair of FTS5 tables: one stemmed (porter), one exact (unstemmed).
///
/// Unquoted words go to the stemmed table; quoted phrases to the exact one. A query with both
/// matches on the stemmed table and keeps the rows whose exact-table match also holds.
struct MatchPlan: Equatable {
    /// The FTS5 table the MATCH, rank and snippet run on.
    var table: String
    var expression: String
    /// Extra SQL conditions on `<table>.rowid`, each with one `?` for an FTS5 expression.
    var conditions: [(sql: String, argument: String)]

    static func == (a: MatchPlan, b: MatchPlan) -> Bool {
        a.table == b.table && a.expression == b.expression && a.conditions.map(\.sql) == b.conditions.map(\.sql)
            && a.conditions.map(\.argument) == b.conditions.map(\.argument)
    }

    /// nil when the query has nothing to look for.
    /// - Parameter exclusionColumn: where `-word` looks; passages exclude on their own text only, so a word in
    ///   the heading they sit under does not hide them.
    static func make(_ query: SearchQuery, stemmed: String, exact: String, exclusionColumn: String? = nil) -> MatchPlan? {
        let stemmedClauses = query.required.filter { !$0.hasExact }
        let exactClauses = query.required.filter(\.hasExact)
        let excludedStemmed = query.excluded.filter { !$0.isExact }
        let excludedExact = query.excluded.filter(\.isExact)
        guard !query.required.isEmpty else { return nil }

        func and(_ clauses: [SearchQuery.Clause]) -> String { clauses.map(\.fts).joined(separator: " AND ") }
        func or(_ terms: [SearchQuery.Term]) -> String {
            let any = terms.map(\.fts).joined(separator: " OR ")
            return exclusionColumn.map { "\($0) : (\(any))" } ?? any
        }

        var plan: MatchPlan
        if !stemmedClauses.isEmpty {
            var expression = and(stemmedClauses)
            if !excludedStemmed.isEmpty { expression = "(\(expression)) NOT (\(or(excludedStemmed)))" }
            plan = MatchPlan(table: stemmed, expression: expression, conditions: [])
            if !exactClauses.isEmpty {
                plan.conditions.append(("\(stemmed).rowid IN (SELECT rowid FROM \(exact) WHERE \(exact) MATCH ?)", and(exactClauses)))
            }
            if !excludedExact.isEmpty {
                plan.conditions.append(("\(stemmed).rowid NOT IN (SELECT rowid FROM \(exact) WHERE \(exact) MATCH ?)", or(excludedExact)))
            }
        } else {
            var expression = and(exactClauses)
            if !excludedExact.isEmpty { expression = "(\(expression)) NOT (\(or(excludedExact)))" }
            plan = MatchPlan(table: exact, expression: expression, conditions: [])
            if !excludedStemmed.isEmpty {
                plan.conditions.append(("\(exact).rowid NOT IN (SELECT rowid FROM \(stemmed) WHERE \(stemmed) MATCH ?)", or(excludedStemmed)))
            }
        }
        return plan
    }
}

extension MatchPlan {
    /// The best `limit` rows of `content` (aliased `alias`, joined to `documents d`) by rank or date.
    /// Without filters or a date order this is exactly the bare `SELECT rowid, rank FROM t WHERE t MATCH ? ORDER BY rank LIMIT n`.
    func topRows(_ db: Database, content: String, alias: String, filters: FilterSQL, order: ResultOrder, limit: Int) throws -> [(id: Int64, rank: Double)] {
        let t = table
        var arguments: [DatabaseValue] = [expression.databaseValue]
        var extra = ""
        for condition in conditions {
            extra += " AND " + condition.sql
            arguments.append(condition.argument.databaseValue)
        }
        arguments += filters.arguments.map(\.databaseValue)
        let sql: String
        if filters.conditions.isEmpty && order == .relevance {
            sql = "SELECT rowid AS id, rank FROM \(t) WHERE \(t) MATCH ?\(extra) ORDER BY rank LIMIT \(limit)"
        } else {
            let orderBy: String
            switch order {
            case .relevance: orderBy = "\(t).rank"
            case .oldest: orderBy = "d.meeting_date IS NULL, d.meeting_date, \(alias).id"
            case .newest: orderBy = "d.meeting_date IS NULL, d.meeting_date DESC, \(alias).id"
            }
            sql = """
                SELECT \(t).rowid AS id, \(t).rank AS rank FROM \(t)
                JOIN \(content) \(alias) ON \(alias).id = \(t).rowid JOIN documents d ON d.id = \(alias).document_id
                WHERE \(t) MATCH ?\(extra)\(filters.whereClause) ORDER BY \(orderBy) LIMIT \(limit)
                """
        }
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { ($0["id"], $0["rank"]) }
    }
}

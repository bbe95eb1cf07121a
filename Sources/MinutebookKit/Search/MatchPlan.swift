import Foundation

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
    static func make(_ query: SearchQuery, stemmed: String, exact: String) -> MatchPlan? {
        let stemmedClauses = query.required.filter { !$0.hasExact }
        let exactClauses = query.required.filter(\.hasExact)
        let excludedStemmed = query.excluded.filter { !$0.isExact }
        let excludedExact = query.excluded.filter(\.isExact)
        guard !query.required.isEmpty else { return nil }

        func and(_ clauses: [SearchQuery.Clause]) -> String { clauses.map(\.fts).joined(separator: " AND ") }
        func or(_ terms: [SearchQuery.Term]) -> String { terms.map(\.fts).joined(separator: " OR ") }

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

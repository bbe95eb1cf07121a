import Foundation
import GRDB

/// What "did you mean" (`Suggester`) asks of the index's own words.
extension IndexReader {
    /// Whether any passage, title or heading matches `term` (an FTS5 expression: a quoted word).
    func hasMatch(_ term: String) throws -> Bool {
        let found =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ?1 LIMIT 1))
                         + (SELECT count(*) FROM (SELECT 1 FROM titles_fts WHERE titles_fts MATCH ?1 LIMIT 1))
                         + (SELECT count(*) FROM (SELECT 1 FROM headings_fts WHERE headings_fts MATCH ?1 LIMIT 1))
                    """, arguments: [term]) ?? 0
        return found > 0
    }

    /// The words (porter stems) of the passages', titles' and headings' vocabulary from `from` up to, not including, `to`,
    /// each with how many passages, titles or headings have it; a word in several comes once for each.
    func vocabulary(from: String, to: String, _ body: (_ term: String, _ documents: Int) throws -> Void) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT term, doc FROM passages_vocab WHERE term >= ?1 AND term < ?2
                UNION ALL SELECT term, doc FROM titles_vocab WHERE term >= ?1 AND term < ?2
                UNION ALL SELECT term, doc FROM headings_vocab WHERE term >= ?1 AND term < ?2
                """, arguments: [from, to])
        while let row = try rows.next() { try body(row["term"], row["doc"]) }
    }

    /// The text of the first passage (else title, else heading) matching `term`, its matches between `Snippet.open` and
    /// `Snippet.close`.
    func firstMarkedMatch(_ term: String) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT coalesce(
                    (SELECT highlight(passages_fts, 0, char(2), char(3)) FROM passages_fts WHERE passages_fts MATCH ?1 LIMIT 1),
                    (SELECT highlight(titles_fts, 0, char(2), char(3)) FROM titles_fts WHERE titles_fts MATCH ?1 LIMIT 1),
                    (SELECT highlight(headings_fts, 0, char(2), char(3)) FROM headings_fts WHERE headings_fts MATCH ?1 LIMIT 1))
                """, arguments: [term])
    }
}

import Foundation
import GRDB

extension IndexSchema {
    /// Column weights for bm25 on `headings_fts`: an item title ranks above a section heading. A passage's score is
    /// the bm25 of its own text plus that of the heading it sits under (see `PassageRanking`).
    static let headingWeightList = "4.0, 2.0"

    /// v3: each item title and section heading indexed once, in `headings` and `headings_fts`, instead of again
    /// with every passage under it (once per run of passages under one heading, so those passages have consecutive ids,
    /// `first_passage_id...last_passage_id`) (they were 9.9 MB of a 17.8 MB corpus's 4.1× index). `passages` loses its
    /// `title` and `section` columns for `heading_id`; `passages_fts` indexes the passage's own text only.
    ///
    /// An older index is migrated in place: the headings are read back out of its passages, and both full-text
    /// tables are rebuilt from the rows (a few seconds for thousands of documents).
    static func registerHeadings(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-headings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE headings (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        title TEXT,
                        section TEXT,
                        first_passage_id INTEGER,
                        last_passage_id INTEGER
                    );
                    CREATE INDEX headings_document ON headings(document_id);
                    CREATE TEMP TABLE passage_runs AS
                        SELECT id, sum(starts) OVER (ORDER BY id) AS run FROM (
                            SELECT id, CASE WHEN item_id IS lag(item_id) OVER byID AND section IS lag(section) OVER byID THEN 0 ELSE 1 END AS starts
                            FROM passages WINDOW byID AS (ORDER BY id));
                    CREATE UNIQUE INDEX temp.passage_runs_id ON passage_runs(id);
                    CREATE INDEX temp.passage_runs_run ON passage_runs(run, id);
                    INSERT INTO headings (id, document_id, item_id, title, section)
                        SELECT r.run, p.document_id, p.item_id, p.title, p.section FROM passage_runs r JOIN passages p ON p.id = r.id GROUP BY r.run;
                    ALTER TABLE passages ADD COLUMN heading_id INTEGER REFERENCES headings(id);
                    UPDATE passages SET heading_id = (SELECT run FROM passage_runs WHERE passage_runs.id = passages.id);
                    UPDATE headings SET first_passage_id = (SELECT min(id) FROM passage_runs WHERE run = headings.id),
                                        last_passage_id = (SELECT max(id) FROM passage_runs WHERE run = headings.id);
                    DROP TABLE passage_runs;
                    CREATE INDEX passages_heading ON passages(heading_id);
                    DROP TABLE passages_vocab;
                    DROP TABLE passages_fts;
                    ALTER TABLE passages DROP COLUMN title;
                    ALTER TABLE passages DROP COLUMN section;
                    """)
            for (table, content, columns, weights) in [
                ("passages_fts", "passages", ["text"], "bm25(1.0)"),
                ("headings_fts", "headings", ["title", "section"], "bm25(\(headingWeightList))"),
            ] {
                try db.create(virtualTable: table, using: FTS5()) { t in
                    t.content = content
                    t.contentRowID = "id"
                    t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                    for column in columns { t.column(column) }
                }
                try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('rank', ?)", arguments: [weights])
                try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('rebuild')")
            }
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row');
                    CREATE VIRTUAL TABLE headings_vocab USING fts5vocab(headings_fts, 'row');
                    """)
        }
    }
}

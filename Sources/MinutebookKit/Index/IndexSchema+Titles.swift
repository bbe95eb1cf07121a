import Foundation
import GRDB

extension IndexSchema {
    /// bm25 weights of an item's title (`titles_fts`) and a section heading (`headings_fts`): the weights the two
    /// columns had in one table before v6 (`headingWeightList`).
    static let titleWeight = "4.0"
    static let sectionWeight = "2.0"

    /// v6: an item's title is indexed once, in `titles_fts` over `items`, instead of once for each of its headings
    /// (the items whose title says "police" have about eight headings each on the benchmark corpus: 10,486 of its
    /// 16,196 heading rows matched `police`, for 1,262 items). `headings_fts` indexes the section heading alone, over
    /// `heading_rows`. An item keeps the run of its passages' ids (`first_passage_id...last_passage_id`: an item's
    /// passages are written one after another), so a title that matches lifts the passages under it without a read
    /// of its headings; `heading_rows` gets an index on `item_id` (deleting an item no longer scans the table).
    ///
    /// A passage scores its text's bm25 plus its item title's (over items) plus its section heading's (over headings):
    /// before, one bm25 over the heading row's two columns.
    static func registerTitles(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v6-titles") { db in
            try db.execute(
                sql: """
                    ALTER TABLE items ADD COLUMN first_passage_id INTEGER;
                    ALTER TABLE items ADD COLUMN last_passage_id INTEGER;
                    CREATE INDEX heading_rows_item ON heading_rows(item_id);
                    CREATE TEMP TABLE item_runs AS
                        SELECT item_id, min(first_passage_id) AS lo, max(last_passage_id) AS hi FROM heading_rows GROUP BY item_id;
                    CREATE INDEX temp.item_runs_item ON item_runs(item_id);
                    UPDATE items SET first_passage_id = (SELECT lo FROM item_runs WHERE item_runs.item_id = items.id),
                                     last_passage_id = (SELECT hi FROM item_runs WHERE item_runs.item_id = items.id);
                    DROP TABLE item_runs;
                    DROP TABLE headings_vocab;
                    DROP TABLE headings_fts;
                    """)
            for (table, content, column, weight) in [
                ("titles_fts", "items", "title", titleWeight), ("headings_fts", "heading_rows", "section", sectionWeight),
            ] {
                try db.create(virtualTable: table, using: FTS5()) { t in
                    t.content = content
                    t.contentRowID = "id"
                    t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                    t.column(column)
                }
                try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('rank', 'bm25(\(weight))')")
                try db.execute(sql: "INSERT INTO \(table)(\(table)) VALUES ('rebuild')")
            }
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE headings_vocab USING fts5vocab(headings_fts, 'row');
                    CREATE VIRTUAL TABLE titles_vocab USING fts5vocab(titles_fts, 'row');
                    """)
        }
    }
}

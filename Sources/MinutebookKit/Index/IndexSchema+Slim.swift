import Foundation
import GRDB

extension IndexSchema {
    /// v5: what a passage and a heading stored twice is stored once (4.5 MB of a 54.5 MB index on the benchmark corpus).
    ///
    /// - `passages.kind` is a small integer (`Passage.Kind.storedCode`), not its name;
    /// - `passages.speakers` is NULL when it says no more than `speaker` and `speaker_role` (one speaker, or none): the
    ///   full list is `PassageRecord.speakersSQL`, and a record reads it back whole;
    /// - `passages` has no indexes on `document_id` and `item_id`, and no foreign keys (whose deletes needed those
    ///   indexes): a document's passages are the run of ids its headings cover (`PassageRecord.ofDocuments`), and the
    ///   writer deletes them itself (`FullTextSync.remove`); `check` looks for passages of missing rows;
    /// - an item's title is no longer copied into each of its headings: the table is `heading_rows`, and `headings`
    ///   a view that adds the item's title, which `headings_fts` indexes as before (same words, same scores). The title
    ///   is a subquery, not a join: a view with a join is not flattened into a query that LEFT JOINs it (the passage
    ///   reads, `RankedSearch`), and SQLite would build the whole view for every search (0.3 → 24 ms for a rare word).
    ///
    /// An older index is migrated in place: the passages are copied into the new table (same ids, so `passages_fts`
    /// is kept), and `headings_fts` is rebuilt from the view.
    static func registerSlim(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5-slim") { db in
            let kinds = Passage.Kind.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.storedCode)" }.joined(separator: " ")
            try db.execute(
                sql: """
                    DROP VIEW questions;
                    CREATE TABLE passages_v5 (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL,
                        item_id INTEGER NOT NULL,
                        heading_id INTEGER,
                        position INTEGER NOT NULL,
                        kind INTEGER NOT NULL,
                        line INTEGER NOT NULL,
                        page INTEGER,
                        speaker TEXT,
                        speaker_role TEXT,
                        speakers TEXT,
                        topics TEXT NOT NULL,
                        table_json TEXT,
                        text TEXT NOT NULL
                    );
                    INSERT INTO passages_v5 (
                        id, document_id, item_id, heading_id, position, kind, line, page, speaker, speaker_role, speakers, topics, table_json, text)
                    SELECT id, document_id, item_id, heading_id, position, CASE kind \(kinds) ELSE 0 END, line, page, speaker, speaker_role,
                        CASE WHEN speakers IS \(PassageRecord.primarySpeakerSQL("passages")) THEN NULL ELSE speakers END,
                        topics, table_json, text
                    FROM passages ORDER BY id;
                    DROP TABLE passages;
                    ALTER TABLE passages_v5 RENAME TO passages;
                    CREATE INDEX passages_heading ON passages(heading_id);
                    ALTER TABLE headings RENAME TO heading_rows;
                    ALTER TABLE heading_rows DROP COLUMN title;
                    CREATE VIEW headings AS SELECT
                        h.id, h.document_id, h.item_id, (SELECT title FROM items WHERE id = h.item_id) AS title, h.section, h.first_passage_id,
                        h.last_passage_id
                    FROM heading_rows h;
                    CREATE VIEW questions AS SELECT
                        q.id, q.document_id, q.item_id, q.position, q.line, q.asker,
                        coalesce(q.question_text, CAST(substr(CAST(qp.text AS BLOB), q.question_start, q.question_length) AS TEXT), '') AS question,
                        q.respondent, q.respondent_role,
                        coalesce(q.answer_text, CAST(substr(CAST(ap.text AS BLOB), q.answer_start, q.answer_length) AS TEXT), '') AS answer,
                        q.status, q.topics, q.page
                    FROM question_rows q
                    LEFT JOIN passages qp ON qp.id = q.question_passage_id
                    LEFT JOIN passages ap ON ap.id = q.answer_passage_id;
                    INSERT INTO headings_fts(headings_fts) VALUES ('rebuild');
                    """)
        }
    }
}

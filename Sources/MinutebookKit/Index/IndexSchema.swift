import Foundation
import GRDB

/// The index's tables, created and upgraded by migrations. A shipped migration is never edited:
/// a change of schema is a new migration.
///
/// - `documents`, `items`, `passages`: ordinary tables, one row per file, agenda item, passage; `question_rows` one per
///   question, read through the view `questions`.
/// - `passages_fts` (porter stemming over unicode61): an external-content FTS5 index over `passages` (text; since
///   v3 the item title and section heading are in `headings_fts`, once per heading); quoted phrases are matched on it and verified unstemmed (`ExactCheck`). Kept in step by the ingester,
///   one statement per document (`FullTextSync`), not by row triggers: FTS5 flushes its pending terms at every
///   statement savepoint, and a trigger per row made ingest an order of magnitude slower.
/// - `questions_fts`: the same over `questions` (asker, question, answer); since v4 `questions` is a view over
///   `question_rows`, whose question and answer are spans of passage text (`IndexSchema+QuestionSpans.swift`).
/// - `headings`, `headings_fts`: each item title and section heading once (v3, `IndexSchema+Headings.swift`); since v5
///   `headings` is a view over `heading_rows` that takes the title from the item (`IndexSchema+Slim.swift`).
/// - since v5, `passages` stores its kind as a code, its speakers only when there are several, and has no foreign keys.
/// - `passages_vocab`, `headings_vocab`: fts5vocab tables over the two, for "did you mean".
/// - `passage_topics`, `question_topics`: topic tags, for filters; `topics`: the taxonomy in force.
/// - `meta`: key/value facts such as the taxonomy fingerprint.
enum IndexSchema {
    /// Column weights for bm25 in v1 (title, section, text); v3 moved title and section to `headings_fts`
    /// (`headingWeightList`). Kept because a shipped migration is never edited.
    /// Set as each table's default `rank`, so `ORDER BY rank` (minutebook's and a bare query's alike) uses them.
    static let passageWeightList = "4.0, 2.0, 1.0"
    static let questionWeightList = "1.0, 2.0, 1.0"
    static let passageWeights = "bm25(\(passageWeightList))"
    static let questionWeights = "bm25(\(questionWeightList))"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE documents (
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        file_name TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        byte_size INTEGER NOT NULL,
                        encoding TEXT NOT NULL,
                        body TEXT,
                        meeting_date TEXT,
                        kind TEXT NOT NULL,
                        metadata_source TEXT NOT NULL,
                        ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX documents_date ON documents(meeting_date);
                    CREATE TABLE items (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        number TEXT,
                        title TEXT
                    );
                    CREATE INDEX items_document ON items(document_id);
                    CREATE TABLE passages (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        title TEXT,
                        section TEXT,
                        text TEXT NOT NULL,
                        speaker TEXT,
                        speaker_role TEXT,
                        speakers TEXT NOT NULL,
                        topics TEXT NOT NULL,
                        table_json TEXT
                    );
                    CREATE INDEX passages_document ON passages(document_id);
                    CREATE INDEX passages_item ON passages(item_id);
                    CREATE TABLE passage_topics (
                        topic TEXT NOT NULL,
                        passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
                        PRIMARY KEY (topic, passage_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX passage_topics_passage ON passage_topics(passage_id);
                    CREATE TABLE questions (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        line INTEGER NOT NULL,
                        asker TEXT NOT NULL,
                        question TEXT NOT NULL,
                        respondent TEXT,
                        respondent_role TEXT,
                        answer TEXT NOT NULL,
                        status TEXT NOT NULL,
                        topics TEXT NOT NULL
                    );
                    CREATE INDEX questions_document ON questions(document_id);
                    CREATE TABLE question_topics (
                        topic TEXT NOT NULL,
                        question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
                        PRIMARY KEY (topic, question_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX question_topics_question ON question_topics(question_id);
                    CREATE TABLE topics (
                        id TEXT PRIMARY KEY,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        terms TEXT NOT NULL,
                        acronyms TEXT NOT NULL
                    );
                    """)
            for (table, content, columns, weights) in [
                ("passages_fts", "passages", ["title", "section", "text"], passageWeights),
                ("questions_fts", "questions", ["asker", "question", "answer"], questionWeights),
            ] {
                try db.create(virtualTable: table, using: FTS5()) { t in
                    t.content = content
                    t.contentRowID = "id"
                    t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                    for column in columns { t.column(column) }
                }
                try db.execute(sql: "INSERT INTO \(table)(\(table), rank) VALUES ('rank', ?)", arguments: [weights])
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row')")
        }
        registerReaderColumns(&migrator)
        registerHeadings(&migrator)
        registerQuestionSpans(&migrator)
        registerSlim(&migrator)
        registerTitles(&migrator)
        return migrator
    }
}

import Foundation
import GRDB

extension IndexSchema {
    /// The columns of the `questions` view, in the order the v1 table had them: what every reader selects.
    static let questionColumns = "id, document_id, item_id, position, line, asker, question, respondent, respondent_role, answer, status, topics, page"

    /// v4: a question's text and its answer's are nearly always words of a passage of the same item, stored there
    /// already (26,088 of 26,114 questions and answers on the benchmark corpus). `question_rows` keeps, for each, the
    /// passage and the bytes it covers (`question_passage_id`, `question_start`, 1-based, `question_length`), or the
    /// text itself when it is not found whole in one passage (`question_text`; likewise `answer_…`). The view
    /// `questions` puts the text back, with the v1 table's columns in the same order, so every reader and
    /// `questions_fts` (whose content it is) read it as before. See `QuestionSpan`. A span whose passage is gone (a
    /// damaged index) reads as an empty text, never NULL, so no reader fails on it; `check` reports it.
    ///
    /// An older index is migrated in place: each question's text is looked for in its item's passages by the
    /// writer's rule (`QuestionSpan.locate`, near the question's line); `questions_fts` is unchanged, since the view
    /// gives it the same text.
    static func registerQuestionSpans(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4-question-spans") { db in
            try db.execute(
                sql: """
                    CREATE TABLE question_rows (
                        id INTEGER PRIMARY KEY,
                        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        line INTEGER NOT NULL,
                        page INTEGER,
                        asker TEXT NOT NULL,
                        respondent TEXT,
                        respondent_role TEXT,
                        status TEXT NOT NULL,
                        topics TEXT NOT NULL,
                        question_passage_id INTEGER,
                        question_start INTEGER,
                        question_length INTEGER,
                        question_text TEXT,
                        answer_passage_id INTEGER,
                        answer_start INTEGER,
                        answer_length INTEGER,
                        answer_text TEXT,
                        CHECK ((question_text IS NULL) = (question_passage_id IS NOT NULL)),
                        CHECK ((answer_text IS NULL) = (answer_passage_id IS NOT NULL))
                    );
                    """)
            try copyQuestionRows(db)
            try db.execute(
                sql: """
                    CREATE INDEX question_rows_document ON question_rows(document_id);
                    CREATE TABLE question_topics_new (
                        topic TEXT NOT NULL,
                        question_id INTEGER NOT NULL REFERENCES question_rows(id) ON DELETE CASCADE,
                        PRIMARY KEY (topic, question_id)
                    ) WITHOUT ROWID;
                    INSERT INTO question_topics_new SELECT topic, question_id FROM question_topics;
                    DROP TABLE question_topics;
                    ALTER TABLE question_topics_new RENAME TO question_topics;
                    CREATE INDEX question_topics_question ON question_topics(question_id);
                    DROP TABLE questions;
                    CREATE VIEW questions AS SELECT
                        q.id, q.document_id, q.item_id, q.position, q.line, q.asker,
                        coalesce(q.question_text, CAST(substr(CAST(qp.text AS BLOB), q.question_start, q.question_length) AS TEXT), '') AS question,
                        q.respondent, q.respondent_role,
                        coalesce(q.answer_text, CAST(substr(CAST(ap.text AS BLOB), q.answer_start, q.answer_length) AS TEXT), '') AS answer,
                        q.status, q.topics, q.page
                    FROM question_rows q
                    LEFT JOIN passages qp ON qp.id = q.question_passage_id
                    LEFT JOIN passages ap ON ap.id = q.answer_passage_id;
                    """)
        }
    }

    /// Copies each row of the v3 table `questions` into `question_rows`, its question and answer as spans of the
    /// item's passages where one holds them whole (the writer's rule), else as text. One item's passages at a time.
    private static func copyQuestionRows(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO question_rows (
                    id, document_id, item_id, position, line, page, asker, respondent, respondent_role, status, topics,
                    question_passage_id, question_start, question_length, question_text,
                    answer_passage_id, answer_start, answer_length, answer_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var item: Int64?
        var passages: [QuestionSpan.Passage] = []
        func parts(_ text: String, line: Int) -> [(any DatabaseValueConvertible)?] {
            guard let span = QuestionSpan.locate(text, line: line, in: passages) else { return [nil, nil, nil, text] }
            return [span.passageID, span.start, span.length, nil]
        }
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, document_id, item_id, position, line, page, asker, respondent, respondent_role, status, topics, question, answer
                FROM questions ORDER BY item_id, id
                """)
        while let row = try rows.next() {
            let itemID: Int64 = row["item_id"]
            if itemID != item {
                item = itemID
                passages = try Row.fetchAll(db, sql: "SELECT id, line, text FROM passages WHERE item_id = ? ORDER BY id", arguments: [itemID]).map {
                    QuestionSpan.Passage(id: $0["id"], line: $0["line"], text: $0["text"])
                }
            }
            let line: Int = row["line"]
            let fixed: [(any DatabaseValueConvertible)?] = [
                row["id"] as Int64, row["document_id"] as Int64, itemID, row["position"] as Int, line, row["page"] as Int?, row["asker"] as String,
                row["respondent"] as String?, row["respondent_role"] as String?, row["status"] as String, row["topics"] as String,
            ]
            try insert.execute(arguments: StatementArguments(fixed + parts(row["question"], line: line) + parts(row["answer"], line: line)))
        }
    }
}

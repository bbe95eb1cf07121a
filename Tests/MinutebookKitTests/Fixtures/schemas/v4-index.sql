-- An index as minutebook wrote it before v5 (schema "v4-question-spans": a question's and an answer's text kept as a
-- span of the passage that holds it, in `question_rows`, read through the view `questions`; each passage with its
-- kind's name and every speaker's name again in `speakers`; each heading with its item's title). Written out in SQL,
-- as `sqlite3 .schema` prints an index made by that version, rather than made by today's migrator, so that the test
-- that opens it (IndexMigrationTests) fails if a later change stops upgrading what users have on disk.
-- One document, one item under one heading, three passages (two speakers, one, none), two member questions: the
-- first question's text and answer are spans of the first passage (after a '£', two bytes in UTF-8); the second's
-- answer is in no passage, so its text is stored.
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
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
, format TEXT NOT NULL DEFAULT 'text', source_url TEXT, fingerprint TEXT);
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
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_role TEXT,
    speakers TEXT NOT NULL,
    topics TEXT NOT NULL,
    table_json TEXT
, page INTEGER, heading_id INTEGER REFERENCES headings(id));
CREATE INDEX passages_document ON passages(document_id);
CREATE INDEX passages_item ON passages(item_id);
CREATE TABLE passage_topics (
    topic TEXT NOT NULL,
    passage_id INTEGER NOT NULL REFERENCES passages(id) ON DELETE CASCADE,
    PRIMARY KEY (topic, passage_id)
) WITHOUT ROWID;
CREATE INDEX passage_topics_passage ON passage_topics(passage_id);
CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    terms TEXT NOT NULL,
    acronyms TEXT NOT NULL
);
CREATE VIRTUAL TABLE "questions_fts" USING fts5(asker, question, answer, tokenize='''porter'' ''unicode61'' ''remove_diacritics'' ''2''', content='questions', content_rowid='id');
CREATE INDEX documents_fingerprint ON documents(fingerprint);
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
CREATE INDEX passages_heading ON passages(heading_id);
CREATE VIRTUAL TABLE "passages_fts" USING fts5(text, tokenize='''porter'' ''unicode61'' ''remove_diacritics'' ''2''', content='passages', content_rowid='id');
CREATE VIRTUAL TABLE "headings_fts" USING fts5(title, section, tokenize='''porter'' ''unicode61'' ''remove_diacritics'' ''2''', content='headings', content_rowid='id');
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row');
CREATE VIRTUAL TABLE headings_vocab USING fts5vocab(headings_fts, 'row');
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
CREATE INDEX question_rows_document ON question_rows(document_id);
CREATE TABLE IF NOT EXISTS "question_topics" (
                        topic TEXT NOT NULL,
                        question_id INTEGER NOT NULL REFERENCES question_rows(id) ON DELETE CASCADE,
                        PRIMARY KEY (topic, question_id)
                    ) WITHOUT ROWID;
CREATE INDEX question_topics_question ON question_topics(question_id);
CREATE VIEW questions AS SELECT
                        q.id, q.document_id, q.item_id, q.position, q.line, q.asker,
                        coalesce(q.question_text, CAST(substr(CAST(qp.text AS BLOB), q.question_start, q.question_length) AS TEXT), '') AS question,
                        q.respondent, q.respondent_role,
                        coalesce(q.answer_text, CAST(substr(CAST(ap.text AS BLOB), q.answer_start, q.answer_length) AS TEXT), '') AS answer,
                        q.status, q.topics, q.page
                    FROM question_rows q
                    LEFT JOIN passages qp ON qp.id = q.question_passage_id
                    LEFT JOIN passages ap ON ap.id = q.answer_passage_id;

INSERT INTO grdb_migrations VALUES ('v1'), ('v2-formats'), ('v3-headings'), ('v4-question-spans');
INSERT INTO questions_fts(questions_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0, 1.0)');
INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(1.0)');
INSERT INTO headings_fts(headings_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0)');

INSERT INTO documents VALUES (1, 'archive/2023-06-14.txt', '2023-06-14.txt', '5d41402abc4b2a76b9719d911017c592', 4096, 'utf-8',
    'Thames Valley Police and Crime Panel', '2023-06-14', 'minutes', 'text', '2023-06-20T09:00:00Z', 'text', NULL, 'a1b2c3d4e5f60718');
INSERT INTO items VALUES (1, 1, 0, '9', 'Public Questions');
INSERT INTO headings VALUES (1, 1, 1, 'Public Questions', NULL, 1, 3);
INSERT INTO passages VALUES (1, 1, 1, 0, 'question', 20,
    'Cllr Okafor asked about the £2m fund: How many drones had been bought for rural patrols? The PCC replied: Four drones had been bought, one for each rural area.',
    'Cllr Okafor', 'member', char(10) || 'member' || char(9) || 'Cllr Okafor' || char(10) || 'pcc' || char(9) || 'The PCC',
    'rural-crime', NULL, NULL, 1);
INSERT INTO passages VALUES (2, 1, 1, 1, 'paragraph', 24, 'Cllr Patel asked whether the Wexcombe station would reopen.', 'Cllr Patel', 'member',
    char(10) || 'member' || char(9) || 'Cllr Patel', '', NULL, NULL, 1);
INSERT INTO passages VALUES (3, 1, 1, 2, 'paragraph', 26, 'The Panel noted the answers.', NULL, NULL, '', '', NULL, NULL, 1);
INSERT INTO passage_topics VALUES ('rural-crime', 1);
INSERT INTO question_rows VALUES (1, 1, 1, 0, 20, NULL, 'Cllr Okafor', 'The PCC', 'pcc', 'answered', 'rural-crime', 1, 40, 50, NULL, 1, 108, 53, NULL);
INSERT INTO question_rows VALUES (2, 1, 1, 1, 24, NULL, 'Cllr Patel', NULL, NULL, 'deferred', '', 2, 18, 41, NULL, NULL, NULL, NULL,
    'A written answer on the Wexcombe station would follow.');
INSERT INTO question_topics VALUES ('rural-crime', 1);
INSERT INTO passages_fts(passages_fts) VALUES ('rebuild');
INSERT INTO headings_fts(headings_fts) VALUES ('rebuild');
INSERT INTO questions_fts(questions_fts) VALUES ('rebuild');

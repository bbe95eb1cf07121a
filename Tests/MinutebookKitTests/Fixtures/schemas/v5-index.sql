-- An index as minutebook wrote it before v6 (schema "v5-slim": each heading row indexed in `headings_fts` with its
-- item's title, through the view `headings`, so an item's title was indexed once for each of its headings; items
-- without a run of passage ids). Written out in SQL, as `sqlite3 .schema` prints an index made by that version
-- (the benchmark corpus's index, its FTS5 shadow tables left to the CREATE VIRTUAL TABLE statements), rather than made
-- by today's migrator, so that the test that opens it (IndexMigrationTests) fails if a later change stops upgrading
-- what users have on disk.
-- One document, two items: "Rural crime update" with two headings (none, then "Farm thefts") over three passages, and
-- "Budget" with one heading over one passage; no questions.
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
CREATE TABLE IF NOT EXISTS "heading_rows" (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    section TEXT,
    first_passage_id INTEGER,
    last_passage_id INTEGER
);
CREATE INDEX headings_document ON "heading_rows"(document_id);
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
CREATE TABLE IF NOT EXISTS "passages" (
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
CREATE INDEX passages_heading ON passages(heading_id);
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

INSERT INTO grdb_migrations VALUES ('v1'), ('v2-formats'), ('v3-headings'), ('v4-question-spans'), ('v5-slim');
INSERT INTO questions_fts(questions_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0, 1.0)');
INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(1.0)');
INSERT INTO headings_fts(headings_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0)');

INSERT INTO documents VALUES (1, 'archive/2024-03-08.txt', '2024-03-08.txt', '9e107d9d372bb6826bd81d3542a419d6', 2048, 'utf-8',
    'Wealdshire Police and Crime Panel', '2024-03-08', 'minutes', 'text', '2024-03-10T09:00:00Z', 'text', NULL, 'f0e1d2c3b4a59687');
INSERT INTO items VALUES (1, 1, 0, '5', 'Rural crime update'), (2, 1, 1, '6', 'Budget');
INSERT INTO heading_rows VALUES (1, 1, 1, NULL, 1, 1), (2, 1, 1, 'Farm thefts', 2, 3), (3, 1, 2, NULL, 4, 4);
INSERT INTO passages VALUES
    (1, 1, 1, 1, 0, 0, 3, NULL, NULL, NULL, NULL, '', NULL, 'The Panel noted the report.'),
    (2, 1, 1, 2, 1, 0, 5, NULL, NULL, NULL, NULL, '', NULL, 'Quad bikes were stolen from three farms near Ashcombe.'),
    (3, 1, 1, 2, 2, 0, 6, NULL, NULL, NULL, NULL, '', NULL, 'Tractors were now marked with a forensic liquid.'),
    (4, 1, 2, 3, 0, 0, 9, NULL, NULL, NULL, NULL, '', NULL, 'The precept would rise by 4.9%.');
INSERT INTO passages_fts(rowid, text) SELECT id, text FROM passages;
INSERT INTO headings_fts(rowid, title, section) SELECT id, title, section FROM headings;
INSERT INTO meta VALUES ('taxonomy', '4f3e3345b011af60');

-- An index as minutebook 0.9 wrote it: the first schema ("v1"), before documents had a format, an address or a
-- fingerprint and passages a page. Written out in SQL rather than made by today's migrator, so that the test that
-- opens it (IndexMigrationTests) fails if a later change stops upgrading what users have on disk.
-- One document, one item, two passages and one member question, with their topic tags and full-text rows.
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES ('v1');

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
CREATE VIRTUAL TABLE passages_fts USING fts5(title, section, text, content='passages', content_rowid='id',
                                             tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO passages_fts(passages_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.0)');
CREATE VIRTUAL TABLE questions_fts USING fts5(asker, question, answer, content='questions', content_rowid='id',
                                              tokenize='porter unicode61 remove_diacritics 2');
INSERT INTO questions_fts(questions_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0, 1.0)');
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, 'row');

INSERT INTO documents VALUES (1, 'archive/2019-03-01.txt', '2019-03-01.txt', 'b1946ac92492d2347c6235b4d2611184', 2048, 'utf-8',
    'Thames Valley Police and Crime Panel', '2019-03-01', 'minutes', 'text', '2019-03-05T10:00:00Z');
INSERT INTO items VALUES (1, 1, 0, '7', 'Police and Crime Commissioner''s Update');
INSERT INTO passages VALUES (1, 1, 1, 0, 'paragraph', 12, 'Police and Crime Commissioner''s Update', NULL,
    'Cllr Hayes asked what was being done about cuckooing in Wexcombe. The PCC reported that the force had closed eleven lines.',
    'Cllr Hayes', 'member', char(10) || 'member' || char(9) || 'Cllr Hayes' || char(10) || 'pcc' || char(9) || 'The PCC',
    'county-lines', NULL);
INSERT INTO passages VALUES (2, 1, 1, 1, 'paragraph', 14, 'Police and Crime Commissioner''s Update', NULL,
    'The Panel noted the update on the budget.', NULL, NULL, '', '', NULL);
INSERT INTO passage_topics VALUES ('county-lines', 1);
INSERT INTO questions VALUES (1, 1, 1, 0, 12, 'Cllr Hayes', 'What was being done about cuckooing in Wexcombe?', 'The PCC', 'pcc',
    'The force had closed eleven lines.', 'answered', 'county-lines');
INSERT INTO question_topics VALUES ('county-lines', 1);
INSERT INTO passages_fts(passages_fts) VALUES ('rebuild');
INSERT INTO questions_fts(questions_fts) VALUES ('rebuild');

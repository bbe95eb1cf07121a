import Foundation
import GRDB

// One record type per table of the index, each owning its columns: the `Columns` enum names them once, `init(row:)`
// reads them by name, and `storedColumns` with `storedValues` lists what is written, in one order: `encode(to:)` (GRDB's
// persistence) and the writer's prepared inserts (`RowInserter`) both read that list. Adding a column is a migration
// plus one line in `init(row:)` and one in each list.

/// A record written by position: its columns and their values in the same order.
protocol StoredRow: TableRecord where Columns: ColumnExpression {
    static var storedColumns: [Columns] { get }
    var storedValues: [(any DatabaseValueConvertible)?] { get }
}

extension StoredRow {
    /// `INSERT INTO table (columns) VALUES (?, …)`, for `RowInserter`.
    static var insertSQL: String {
        let names = storedColumns.map(\.name)
        return
            "INSERT INTO \(databaseTableName) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))"
    }

    func encodeStored(_ container: inout PersistenceContainer) {
        for (column, value) in zip(Self.storedColumns, storedValues) { container[column] = value }
    }
}

/// Inserts rows of one record type through one prepared statement, binding the values by position: what the writer
/// uses for the many rows of a batch (GRDB's `insert` builds a dictionary of the columns and looks its statement up
/// for every row).
struct RowInserter<Record: StoredRow> {
    private let statement: Statement
    private let db: Database

    init(_ db: Database) throws {
        self.db = db
        statement = try db.cachedStatement(sql: Record.insertSQL)
    }

    /// Inserts the row; returns its rowid.
    @discardableResult
    func insert(_ record: Record) throws -> Int64 {
        statement.setUncheckedArguments(StatementArguments(record.storedValues))
        try statement.execute()
        return db.lastInsertedRowID
    }
}

/// A row of `documents`: one file that was read.
struct DocumentRecord: FetchableRecord, MutablePersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "documents"
    enum Columns: String, ColumnExpression {
        case id, path, fileName = "file_name", contentHash = "content_hash", byteSize = "byte_size", encoding, body
        case meetingDate = "meeting_date", kind, metadataSource = "metadata_source", ingestedAt = "ingested_at"
        case format, sourceURL = "source_url", fingerprint
    }

    var id: Int64?
    /// The file's absolute path, symlinks resolved: what the index knows it by.
    var path: String
    var fileName: String
    var contentHash: String
    var byteSize: Int
    var encoding: String
    /// The panel.
    var body: String?
    var meetingDate: String?
    var kind: String
    /// `sidecar` or `text`: where the meeting's date and panel came from.
    var metadataSource: String
    var ingestedAt: String
    var format: String
    var sourceURL: String?
    var fingerprint: String?

    init(
        id: Int64? = nil, path: String, fileName: String, contentHash: String, byteSize: Int, encoding: String, body: String?,
        meetingDate: String?, kind: String, metadataSource: String, ingestedAt: String, format: String, sourceURL: String?, fingerprint: String?
    ) {
        self.id = id
        self.path = path
        self.fileName = fileName
        self.contentHash = contentHash
        self.byteSize = byteSize
        self.encoding = encoding
        self.body = body
        self.meetingDate = meetingDate
        self.kind = kind
        self.metadataSource = metadataSource
        self.ingestedAt = ingestedAt
        self.format = format
        self.sourceURL = sourceURL
        self.fingerprint = fingerprint
    }

    init(row: Row) {
        id = row[Columns.id]
        path = row[Columns.path]
        fileName = row[Columns.fileName]
        contentHash = row[Columns.contentHash]
        byteSize = row[Columns.byteSize]
        encoding = row[Columns.encoding]
        body = row[Columns.body]
        meetingDate = row[Columns.meetingDate]
        kind = row[Columns.kind]
        metadataSource = row[Columns.metadataSource]
        ingestedAt = row[Columns.ingestedAt]
        format = row[Columns.format]
        sourceURL = row[Columns.sourceURL]
        fingerprint = row[Columns.fingerprint]
    }

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [
        .id, .path, .fileName, .contentHash, .byteSize, .encoding, .body, .meetingDate, .kind, .metadataSource, .ingestedAt, .format, .sourceURL, .fingerprint,
    ]
    var storedValues: [(any DatabaseValueConvertible)?] {
        [id, path, fileName, contentHash, byteSize, encoding, body, meetingDate, kind, metadataSource, ingestedAt, format, sourceURL, fingerprint]
    }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `items`: one agenda item of a document.
struct ItemRecord: FetchableRecord, MutablePersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "items"
    enum Columns: String, ColumnExpression {
        case id, documentID = "document_id", position, number, title
        case firstPassageID = "first_passage_id", lastPassageID = "last_passage_id"
    }

    var id: Int64?
    var documentID: Int64
    var position: Int
    /// The agenda number as printed ("150", "7b").
    var number: String?
    var title: String?
    /// The run of the item's passages' ids (they are written one after another), set once its last passage is
    /// written; nil for an item without passages.
    var firstPassageID: Int64?
    var lastPassageID: Int64?

    init(id: Int64? = nil, documentID: Int64, position: Int, number: String?, title: String?, firstPassageID: Int64? = nil, lastPassageID: Int64? = nil) {
        self.id = id
        self.documentID = documentID
        self.position = position
        self.number = number
        self.title = title
        self.firstPassageID = firstPassageID
        self.lastPassageID = lastPassageID
    }

    init(row: Row) {
        id = row[Columns.id]
        documentID = row[Columns.documentID]
        position = row[Columns.position]
        number = row[Columns.number]
        title = row[Columns.title]
        firstPassageID = row[Columns.firstPassageID]
        lastPassageID = row[Columns.lastPassageID]
    }

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [.id, .documentID, .position, .number, .title, .firstPassageID, .lastPassageID]
    var storedValues: [(any DatabaseValueConvertible)?] { [id, documentID, position, number, title, firstPassageID, lastPassageID] }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `heading_rows`: one of an item's section headings, stored (and its section indexed in `headings_fts`;
/// the view `headings` adds the item's title, indexed once per item in `titles_fts`) once for all the passages under it.
struct HeadingRecord: FetchableRecord, MutablePersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "heading_rows"
    enum Columns: String, ColumnExpression {
        case id, documentID = "document_id", itemID = "item_id", section
        case firstPassageID = "first_passage_id", lastPassageID = "last_passage_id"
    }

    var id: Int64?
    var documentID: Int64
    var itemID: Int64
    /// The section heading inside the item, "Budget › Reserves" for nested ones; nil for the item's opening passages.
    var section: String?
    /// The passages under the heading: consecutive ids, from the first to the last.
    var firstPassageID: Int64?
    var lastPassageID: Int64?

    init(id: Int64? = nil, documentID: Int64, itemID: Int64, section: String?, firstPassageID: Int64? = nil, lastPassageID: Int64? = nil) {
        self.id = id
        self.documentID = documentID
        self.itemID = itemID
        self.section = section
        self.firstPassageID = firstPassageID
        self.lastPassageID = lastPassageID
    }

    init(row: Row) {
        id = row[Columns.id]
        documentID = row[Columns.documentID]
        itemID = row[Columns.itemID]
        section = row[Columns.section]
        firstPassageID = row[Columns.firstPassageID]
        lastPassageID = row[Columns.lastPassageID]
    }

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [.id, .documentID, .itemID, .section, .firstPassageID, .lastPassageID]
    var storedValues: [(any DatabaseValueConvertible)?] { [id, documentID, itemID, section, firstPassageID, lastPassageID] }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `passages`: a paragraph, bullet or table row of an item, with its speakers and topics.
struct PassageRecord: FetchableRecord, MutablePersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "passages"
    enum Columns: String, ColumnExpression {
        case id, documentID = "document_id", itemID = "item_id", headingID = "heading_id", position, kind, line, text
        case speaker, speakerRole = "speaker_role", speakers, topics, tableJSON = "table_json", page
    }

    var id: Int64?
    var documentID: Int64
    var itemID: Int64
    var headingID: Int64?
    var position: Int
    /// Stored as a small integer (`Passage.Kind.storedCode`).
    var kind: Passage.Kind
    var line: Int
    var text: String
    var speaker: String?
    var speakerRole: String?
    /// Every speaker, as `Speaker.stored` writes them. Stored (v5) only when it says more than `speaker` and
    /// `speaker_role`, else NULL: read the column through `speakersSQL`, or through this record, which puts it back.
    var speakers: String
    /// Topic ids separated by spaces.
    var topics: String
    /// A table row's cells, as JSON.
    var tableJSON: String?
    var page: Int?

    init(
        id: Int64? = nil, documentID: Int64, itemID: Int64, headingID: Int64?, position: Int, kind: Passage.Kind, line: Int, text: String,
        speaker: String?, speakerRole: String?, speakers: String, topics: String, tableJSON: String?, page: Int?
    ) {
        self.id = id
        self.documentID = documentID
        self.itemID = itemID
        self.headingID = headingID
        self.position = position
        self.kind = kind
        self.line = line
        self.text = text
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.speakers = speakers
        self.topics = topics
        self.tableJSON = tableJSON
        self.page = page
    }

    init(row: Row) {
        id = row[Columns.id]
        documentID = row[Columns.documentID]
        itemID = row[Columns.itemID]
        headingID = row[Columns.headingID]
        position = row[Columns.position]
        kind = row[Columns.kind]
        line = row[Columns.line]
        text = row[Columns.text]
        speaker = row[Columns.speaker]
        speakerRole = row[Columns.speakerRole]
        speakers = row[Columns.speakers] ?? Self.primarySpeaker(speaker, role: speakerRole) ?? ""
        topics = row[Columns.topics]
        tableJSON = row[Columns.tableJSON]
        page = row[Columns.page]
    }

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [
        .id, .documentID, .itemID, .headingID, .position, .kind, .line, .text, .speaker, .speakerRole, .speakers, .topics, .tableJSON, .page,
    ]
    var storedValues: [(any DatabaseValueConvertible)?] {
        let speakers = speakers == Self.primarySpeaker(speaker, role: speakerRole) ? nil : speakers
        return [id, documentID, itemID, headingID, position, kind, line, text, speaker, speakerRole, speakers, topics, tableJSON, page]
    }

    /// What `speakers` holds for the one speaker `speaker` (with `role`), or for none: what is not stored (v5).
    static func primarySpeaker(_ speaker: String?, role: String?) -> String? {
        guard let speaker else { return "" }
        return role.map { "\n\($0)\t\(speaker)" }
    }

    /// `primarySpeaker` in SQL, for the passage row `alias`.
    static func primarySpeakerSQL(_ alias: String) -> String {
        "(CASE WHEN \(alias).speaker IS NULL THEN '' ELSE char(10) || \(alias).speaker_role || char(9) || \(alias).speaker END)"
    }

    /// Every speaker of the passage row `alias`, as `Speaker.stored` writes them (`speakers` as stored before v5).
    static func speakersSQL(_ alias: String) -> String { "coalesce(\(alias).speakers, \(primarySpeakerSQL(alias)))" }

    /// The condition on the passage row `alias` for the passages of the documents `?1` to `?2`: the run of ids their
    /// headings cover (a document's passages are written together, with consecutive ids), so no index on
    /// `document_id` is needed.
    static func ofDocuments(_ alias: String) -> String {
        """
        \(alias).id BETWEEN (SELECT min(first_passage_id) FROM heading_rows WHERE document_id BETWEEN ?1 AND ?2)
            AND (SELECT max(last_passage_id) FROM heading_rows WHERE document_id BETWEEN ?1 AND ?2)
            AND \(alias).document_id BETWEEN ?1 AND ?2
        """
    }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of the view `questions`: a member's question with the answer given, their text put back from the passages
/// they were found in (`QuestionRowRecord` is what is stored). Read only.
struct QuestionRecord: FetchableRecord, TableRecord, Sendable {
    static let databaseTableName = "questions"
    enum Columns: String, ColumnExpression {
        case id, documentID = "document_id", itemID = "item_id", position, line, asker, question, respondent
        case respondentRole = "respondent_role", answer, status, topics, page
    }

    var id: Int64
    var documentID: Int64
    var itemID: Int64
    var position: Int
    var line: Int
    var asker: String
    var question: String
    var respondent: String?
    var respondentRole: String?
    var answer: String
    var status: String
    /// Topic ids separated by spaces.
    var topics: String
    var page: Int?

    init(row: Row) {
        id = row[Columns.id]
        documentID = row[Columns.documentID]
        itemID = row[Columns.itemID]
        position = row[Columns.position]
        line = row[Columns.line]
        asker = row[Columns.asker]
        question = row[Columns.question]
        respondent = row[Columns.respondent]
        respondentRole = row[Columns.respondentRole]
        answer = row[Columns.answer]
        status = row[Columns.status]
        topics = row[Columns.topics]
        page = row[Columns.page]
    }
}

/// A row of `question_rows`: a question as stored (v4). Its question and its answer are each a span of a passage of
/// the same item (`QuestionSpan`) or, when no passage holds them whole, their own text.
struct QuestionRowRecord: MutablePersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "question_rows"
    enum Columns: String, ColumnExpression {
        case id, documentID = "document_id", itemID = "item_id", position, line, page, asker, respondent
        case respondentRole = "respondent_role", status, topics
        case questionPassageID = "question_passage_id", questionStart = "question_start", questionLength = "question_length"
        case questionText = "question_text"
        case answerPassageID = "answer_passage_id", answerStart = "answer_start", answerLength = "answer_length", answerText = "answer_text"
    }

    /// Where a text is: a span of a passage, or the text itself.
    enum Text: Equatable, Sendable {
        case span(QuestionSpan)
        case stored(String)

        /// `text` as a span of the passage nearest `line` that holds it whole (`QuestionSpan.locate`), else stored.
        init(_ text: String, line: Int, in passages: [QuestionSpan.Passage]) {
            self = QuestionSpan.locate(text, line: line, in: passages).map(Text.span) ?? .stored(text)
        }
    }

    var id: Int64?
    var documentID: Int64
    var itemID: Int64
    var position: Int
    var line: Int
    var page: Int?
    var asker: String
    var respondent: String?
    var respondentRole: String?
    var status: String
    /// Topic ids separated by spaces.
    var topics: String
    var question: Text
    var answer: Text

    init(
        id: Int64? = nil, documentID: Int64, itemID: Int64, position: Int, line: Int, page: Int?, asker: String, respondent: String?,
        respondentRole: String?, status: String, topics: String, question: Text, answer: Text
    ) {
        self.id = id
        self.documentID = documentID
        self.itemID = itemID
        self.position = position
        self.line = line
        self.page = page
        self.asker = asker
        self.respondent = respondent
        self.respondentRole = respondentRole
        self.status = status
        self.topics = topics
        self.question = question
        self.answer = answer
    }

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [
        .id, .documentID, .itemID, .position, .line, .page, .asker, .respondent, .respondentRole, .status, .topics,
        .questionPassageID, .questionStart, .questionLength, .questionText, .answerPassageID, .answerStart, .answerLength, .answerText,
    ]
    var storedValues: [(any DatabaseValueConvertible)?] {
        let fixed: [(any DatabaseValueConvertible)?] = [id, documentID, itemID, position, line, page, asker, respondent, respondentRole, status, topics]
        return fixed + Self.stored(question) + Self.stored(answer)
    }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }

    /// A text's four columns: passage, start, length, or the text itself.
    private static func stored(_ text: Text) -> [(any DatabaseValueConvertible)?] {
        switch text {
        case .span(let span): [span.passageID, span.start, span.length, nil]
        case .stored(let value): [nil, nil, nil, value]
        }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `passage_topics`: one topic of one passage, for `--topic`.
struct PassageTopicRecord: PersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "passage_topics"
    enum Columns: String, ColumnExpression { case topic, passageID = "passage_id" }
    var topic: String
    var passageID: Int64

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [.topic, .passageID]
    var storedValues: [(any DatabaseValueConvertible)?] { [topic, passageID] }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }
}

/// A row of `question_topics`: one topic of one question, for `--topic`.
struct QuestionTopicRecord: PersistableRecord, StoredRow, Sendable {
    static let databaseTableName = "question_topics"
    enum Columns: String, ColumnExpression { case topic, questionID = "question_id" }
    var topic: String
    var questionID: Int64

    /// The stored columns, in the order of `storedValues` (the writer inserts them by position, `RowInserter`).
    static let storedColumns: [Columns] = [.topic, .questionID]
    var storedValues: [(any DatabaseValueConvertible)?] { [topic, questionID] }

    func encode(to container: inout PersistenceContainer) { encodeStored(&container) }
}

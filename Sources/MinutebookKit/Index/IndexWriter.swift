import Foundation
import GRDB

/// A document read, parsed and prepared (passages, questions, topics), waiting to be written: what `IndexWriter`
/// takes, so a test can index text without files (`ReadyDocument(text:path:preparer:)`).
struct ReadyDocument: Sendable {
    /// The file's absolute path, symlinks resolved: what the index knows it by.
    var identity: String
    var display: String
    var fileName: String
    var hash: String
    var size: Int
    var encoding: String
    var format: SourceFormat
    var sourceURL: String?
    var fingerprint: String
    /// The page of each line, for formats with pages.
    var pages: [Int]?
    var metadata: MeetingMetadata
    var fromSidecar: Bool
    var items: [DocumentPreparer.PreparedItem]
    /// What decoding repaired.
    var warnings: [String] = []
    var passageCount: Int { items.reduce(0) { $0 + $1.passages.count } }
    var questionCount: Int { items.reduce(0) { $0 + $1.questions.count } }
}

extension ReadyDocument {
    /// Plain-text minutes or a report, understood as if read from a file at `path` (nothing is read from disk).
    init(text: String, path: String, preparer: DocumentPreparer) throws {
        let document = try DocumentParser.parse(text)
        let data = Data(text.utf8)
        self.init(
            identity: path, display: path, fileName: (path as NSString).lastPathComponent, hash: ContentHash.of(data), size: data.count,
            encoding: "utf-8", format: .text, sourceURL: nil, fingerprint: DocumentFingerprint.of(document), pages: nil,
            metadata: document.metadata, fromSidecar: false, items: preparer.prepare(document))
    }
}

/// Writes prepared documents to the index: the rows of each (document, items, headings, passages, questions and
/// their topics, through their record types), then the full-text tables, one transaction per batch.
struct IndexWriter: Sendable {
    let store: IndexStore

    /// The batch's prepared statements: one per table, rows bound by position (`RowInserter`).
    private struct Inserts {
        let documents: RowInserter<DocumentRecord>
        let items: RowInserter<ItemRecord>
        let headings: RowInserter<HeadingRecord>
        let passages: RowInserter<PassageRecord>
        let passageTopics: RowInserter<PassageTopicRecord>
        let questions: RowInserter<QuestionRowRecord>
        let questionTopics: RowInserter<QuestionTopicRecord>
        /// A heading's run of passages, set once its last passage is written.
        let headingRun: Statement
        /// An item's run of passages, set once its last passage is written.
        let itemRun: Statement

        init(_ db: Database) throws {
            documents = try RowInserter(db)
            items = try RowInserter(db)
            headings = try RowInserter(db)
            passages = try RowInserter(db)
            passageTopics = try RowInserter(db)
            questions = try RowInserter(db)
            questionTopics = try RowInserter(db)
            typealias H = HeadingRecord.Columns
            headingRun = try db.cachedStatement(
                sql: "UPDATE \(HeadingRecord.databaseTableName) SET \(H.firstPassageID.name) = ?, \(H.lastPassageID.name) = ? WHERE \(H.id.name) = ?")
            typealias I = ItemRecord.Columns
            itemRun = try db.cachedStatement(
                sql: "UPDATE \(ItemRecord.databaseTableName) SET \(I.firstPassageID.name) = ?, \(I.lastPassageID.name) = ? WHERE \(I.id.name) = ?")
        }
    }

    /// Writes a batch in one transaction: each document replaces its old version (same path), then the full-text
    /// tables are updated once for the batch.
    func write(_ documents: [ReadyDocument]) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try store.write { db in
            let inserts = try Inserts(db)
            var ids: [Int64] = []
            for document in documents {
                if let old = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?"), arguments: [document.identity]) {
                    try FullTextSync.remove(document: old, db)
                }
                let record = DocumentRecord(
                    path: document.identity, fileName: document.fileName, contentHash: document.hash, byteSize: document.size,
                    encoding: document.encoding, body: document.metadata.body, meetingDate: document.metadata.meetingDate,
                    kind: document.metadata.kind.rawValue, metadataSource: document.fromSidecar ? "sidecar" : "text",
                    ingestedAt: now, format: document.format.rawValue, sourceURL: document.sourceURL,
                    fingerprint: document.fingerprint)
                let id = try inserts.documents.insert(record)
                try write(document.items, documentID: id, pages: PageMap(document.pages), inserts: inserts)
                ids.append(id)
            }
            try FullTextSync.add(documents: ids, db)
        }
    }

    private func write(_ items: [DocumentPreparer.PreparedItem], documentID: Int64, pages: PageMap, inserts: Inserts) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same document always writes the same bytes
        for (itemPosition, prepared) in items.enumerated() {
            let itemID = try inserts.items.insert(
                ItemRecord(documentID: documentID, position: itemPosition, number: prepared.item.number, title: prepared.item.title))
            // Each heading (the section heading in force; the view `headings` adds the item's title) is stored and indexed once for the
            // run of passages under it, so a heading's passages have consecutive ids (`HeadingRanking` relies on it).
            var heading: (id: Int64, section: String?, first: Int64?, last: Int64?)?
            // The item's passages as written: its questions' text is looked for in them (`QuestionSpan`).
            var written: [QuestionSpan.Passage] = []
            // The item's run of passages (`items.first_passage_id...last_passage_id`, for `titles_fts`).
            var firstPassage: Int64?, lastPassage: Int64?
            func closeHeading() throws {
                guard let run = heading else { return }
                inserts.headingRun.setUncheckedArguments([run.first, run.last, run.id])
                try inserts.headingRun.execute()
            }
            for (position, (passage, topics)) in prepared.passages.enumerated() {
                if heading == nil || heading?.section != passage.section {
                    try closeHeading()
                    let id = try inserts.headings.insert(
                        HeadingRecord(documentID: documentID, itemID: itemID, section: passage.section))
                    heading = (id, passage.section, nil, nil)
                }
                let headingID = heading!.id
                let speaker = passage.speaker
                let passageID = try inserts.passages.insert(
                    PassageRecord(
                        documentID: documentID, itemID: itemID, headingID: headingID, position: position, kind: passage.kind,
                        line: passage.line, text: passage.text, speaker: speaker?.name, speakerRole: speaker?.role.rawValue,
                        speakers: Speaker.stored(passage.speakers), topics: topics.joined(separator: " "),
                        tableJSON: try passage.table.map { String(decoding: try encoder.encode($0), as: UTF8.self) },
                        page: pages.page(ofLine: passage.line)))
                if !prepared.questions.isEmpty { written.append(QuestionSpan.Passage(id: passageID, line: passage.line, text: passage.text)) }
                if heading?.first == nil { heading?.first = passageID }
                heading?.last = passageID
                if firstPassage == nil { firstPassage = passageID }
                lastPassage = passageID
                for topic in topics { try inserts.passageTopics.insert(PassageTopicRecord(topic: topic, passageID: passageID)) }
            }
            try closeHeading()
            if let first = firstPassage, let last = lastPassage {
                inserts.itemRun.setUncheckedArguments([first, last, itemID])
                try inserts.itemRun.execute()
            }
            for (position, (question, topics)) in prepared.questions.enumerated() {
                let questionID = try inserts.questions.insert(
                    QuestionRowRecord(
                        documentID: documentID, itemID: itemID, position: position, line: question.line, page: pages.page(ofLine: question.line),
                        asker: question.asker, respondent: question.respondent, respondentRole: question.respondentRole?.rawValue,
                        status: question.status.rawValue, topics: topics.joined(separator: " "),
                        question: .init(question.question, line: question.line, in: written),
                        answer: .init(question.answer, line: question.line, in: written)))
                for topic in topics { try inserts.questionTopics.insert(QuestionTopicRecord(topic: topic, questionID: questionID)) }
            }
        }
    }
}

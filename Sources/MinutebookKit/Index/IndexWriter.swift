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

    /// Writes a batch in one transaction: each document replaces its old version (same path), then the full-text
    /// tables are updated once for the batch.
    func write(_ documents: [ReadyDocument]) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try store.write { db in
            var ids: [Int64] = []
            for document in documents {
                if let old = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [document.identity]) {
                    try FullTextSync.remove(document: old, db)
                }
                var record = DocumentRecord(
                    path: document.identity, fileName: document.fileName, contentHash: document.hash, byteSize: document.size,
                    encoding: document.encoding, body: document.metadata.body, meetingDate: document.metadata.meetingDate,
                    kind: document.metadata.kind.rawValue, metadataSource: document.fromSidecar ? "sidecar" : "text",
                    ingestedAt: now, format: document.format.rawValue, sourceURL: document.sourceURL,
                    fingerprint: document.fingerprint)
                try record.insert(db)
                let id = record.id!
                try write(document.items, documentID: id, pages: PageMap(document.pages), db: db)
                ids.append(id)
            }
            try FullTextSync.add(documents: ids, db)
        }
    }

    private func write(_ items: [DocumentPreparer.PreparedItem], documentID: Int64, pages: PageMap, db: Database) throws {
        let encoder = JSONEncoder()
        for (itemPosition, prepared) in items.enumerated() {
            var item = ItemRecord(documentID: documentID, position: itemPosition, number: prepared.item.number, title: prepared.item.title)
            try item.insert(db)
            let itemID = item.id!
            // Each heading (the item's title with the section heading in force) is stored and indexed once for the
            // run of passages under it, so a heading's passages have consecutive ids (`HeadingRanking` relies on it).
            var heading: HeadingRecord?
            // The item's passages as written: its questions' text is looked for in them (`QuestionSpan`).
            var written: [QuestionSpan.Passage] = []
            func closeHeading() throws {
                guard let run = heading else { return }
                try run.update(db, columns: [HeadingRecord.Columns.firstPassageID, HeadingRecord.Columns.lastPassageID])
            }
            for (position, (passage, topics)) in prepared.passages.enumerated() {
                if heading == nil || heading?.section != passage.section {
                    try closeHeading()
                    var record = HeadingRecord(documentID: documentID, itemID: itemID, title: prepared.item.title, section: passage.section)
                    try record.insert(db)
                    heading = record
                }
                let headingID = heading!.id!
                let speaker = passage.speaker
                var record = PassageRecord(
                    documentID: documentID, itemID: itemID, headingID: headingID, position: position, kind: passage.kind.rawValue, line: passage.line,
                    text: passage.text, speaker: speaker?.name, speakerRole: speaker?.role.rawValue, speakers: Speaker.stored(passage.speakers),
                    topics: topics.joined(separator: " "), tableJSON: try passage.table.map { String(decoding: try encoder.encode($0), as: UTF8.self) },
                    page: pages.page(ofLine: passage.line))
                try record.insert(db)
                if !prepared.questions.isEmpty { written.append(QuestionSpan.Passage(id: record.id!, line: passage.line, text: passage.text)) }
                if heading?.firstPassageID == nil { heading?.firstPassageID = record.id }
                heading?.lastPassageID = record.id
                for topic in topics { try PassageTopicRecord(topic: topic, passageID: record.id!).insert(db) }
            }
            try closeHeading()
            for (position, (question, topics)) in prepared.questions.enumerated() {
                var record = QuestionRowRecord(
                    documentID: documentID, itemID: itemID, position: position, line: question.line, page: pages.page(ofLine: question.line),
                    asker: question.asker, respondent: question.respondent, respondentRole: question.respondentRole?.rawValue,
                    status: question.status.rawValue, topics: topics.joined(separator: " "),
                    question: .init(question.question, line: question.line, in: written), answer: .init(question.answer, line: question.line, in: written))
                try record.insert(db)
                for topic in topics { try QuestionTopicRecord(topic: topic, questionID: record.id!).insert(db) }
            }
        }
    }
}

import Foundation
import GRDB
import Testing

@testable import MinutebookKit

/// A document and a meeting read back whole from the index (`IndexStore.document(id:)`, `meetings()`,
/// `meeting(containing:)`), against what `minutebook show` understands of the same file before indexing.
@Suite("index: documents and meetings read back whole")
struct IndexedDocumentTests {
    static let built: Result<(folder: URL, store: IndexStore), any Error> = Result {
        let folder = try TestSupport.temporaryFolder()
        return (folder, try TestSupport.index(in: folder).0)
    }

    static func store() throws -> IndexStore { try built.get().store }

    @Test func aDocumentIsWhatShowUnderstood() throws {
        let store = try Self.store()
        let file = try TestSupport.corpusFile("002_")
        let ids = try store.documentIDs()
        let id = try #require(ids.first { $0.key.hasSuffix(file.lastPathComponent) }?.value)
        let document = try #require(try store.document(id: id))
        let understood = try UnderstoodDocument(data: Data(contentsOf: file), url: file, taxonomy: TestSupport.taxonomy())

        #expect(document.id == id && document.fileName == file.lastPathComponent)
        #expect(document.meetingDate == understood.metadata.meetingDate && document.body == understood.metadata.body)
        #expect(document.kind == understood.metadata.kind.rawValue && document.format == "text")
        #expect(document.items.map(\.number) == understood.items.map(\.number))
        #expect(document.items.map(\.title) == understood.items.map(\.title))
        for (stored, shown) in zip(document.items, understood.items) {
            #expect(stored.passages.map(\.text) == shown.passages.map(\.text))
            #expect(stored.passages.map(\.line) == shown.passages.map(\.line))
            #expect(stored.passages.map(\.topics) == shown.passages.map(\.topics))
            #expect(stored.questions.map(\.asker) == shown.questions.map(\.asker))
            #expect(stored.questions.map(\.answer) == shown.questions.map(\.answer))
            #expect(stored.questions.map(\.status) == shown.questions.map(\.status))
        }
        #expect(document.items.flatMap(\.questions).count > 0, "the 2018-11-16 minutes record member questions")
        // Every passage id is one a search hit links to.
        let hit = try #require(
            try Searcher(store: store).search("county lines", options: SearchOptions(limit: 50)).hits.first { $0.source.path == document.path })
        #expect(document.items.flatMap(\.passages).contains { $0.id == hit.id })
    }

    @Test func noSuchDocumentIsNil() throws {
        #expect(try Self.store().document(id: 999_999) == nil)
        #expect(try Self.store().meeting(containing: 999_999) == nil)
    }

    @Test func meetingsByDateAndOneMeeting() throws {
        let store = try Self.store()
        let meetings = try store.meetings()
        let dates = meetings.compactMap(\.meetingDate)
        #expect(dates == dates.sorted() && !dates.isEmpty)
        #expect(meetings.flatMap(\.documents).count == (try store.documentIDs().count))
        let first = try #require(meetings.first)
        let (meeting, documents) = try #require(try store.meeting(containing: first.documents[0].id))
        #expect(meeting.key == first.key)
        #expect(documents.map(\.id) == first.documents.map(\.id))
        #expect(documents.allSatisfy { $0.meetingDate == first.meetingDate })
    }

    @Test func theJSONUsesTheIndexsFieldNames() throws {
        let store = try Self.store()
        let id = try #require(try store.meetings().first { $0.meetingDate != nil }?.documents.first?.id)
        let document = try #require(try store.document(id: id))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(document)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["id", "path", "file_name", "meeting_date", "kind", "items"]))
        let item = try #require((object["items"] as? [[String: Any]])?.first)
        let passage = try #require((item["passages"] as? [[String: Any]])?.first)
        #expect(Set(passage.keys).isSuperset(of: ["id", "kind", "line", "topics", "text"]))
    }

    @Test func theChangeCounterMovesWhenAnotherConnectionWrites() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("index.sqlite").path
        _ = try IndexMaintenance.update(at: path) { store in
            try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([try TestSupport.corpusFile("000_").path])
        }
        let reader = try IndexStore.openForReading(at: path)
        let before = try reader.changeCounter()
        #expect(try reader.changeCounter() == before, "nothing was written")
        _ = try IndexMaintenance.update(at: path) { store in
            try Ingester(store: store, taxonomy: try TestSupport.taxonomy()).ingest([try TestSupport.corpusFile("001_").path])
        }
        #expect(try reader.changeCounter() != before)
        #expect(try reader.meetings().flatMap(\.documents).count == 2)
    }
}

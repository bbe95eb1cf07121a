import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// The index writer takes documents already understood, so the index can be tested without files.
@Suite("Index writer")
struct IndexWriterTests {
    static let minutes = """
        Thames Valley Police and Crime Panel
        Minutes of the meeting held on 2 February 2018

        7. Rural crime update

        The Panel received a report on rural crime.

        Farm thefts

        Quad bikes were stolen from three farms in the Vale.

        Cllr Hayes asked what was being done about hare coursing. The PCC said that a rural crime taskforce had been set up.
        """

    /// A table's cells are stored as JSON with its keys in order, so the same document always writes the same bytes.
    @Test("a table passage's JSON has its keys sorted")
    func tableJSONIsStable() throws {
        let stored = try SharedCorpusIndex.openForReading().read { db in
            try String.fetchAll(db, sql: "SELECT table_json FROM passages WHERE table_json IS NOT NULL")
        }
        #expect(!stored.isEmpty)
        for json in stored {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
            let sorted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            #expect(String(decoding: sorted, as: UTF8.self) == json)
        }
    }

    @Test("prepared text is written with its items, headings, passages and questions, each heading once")
    func writesPreparedText() throws {
        let store = try IndexStore.inMemoryForTests()
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        let document = try ReadyDocument(text: Self.minutes, path: "/minutes/2018-02-02.txt", preparer: preparer)
        try IndexWriter(store: store).write([document])

        let counts = try store.read { db in
            (
                documents: try DocumentRecord.fetchCount(db), items: try ItemRecord.fetchCount(db), headings: try HeadingRecord.fetchCount(db),
                passages: try PassageRecord.fetchCount(db), questions: try QuestionRecord.fetchCount(db)
            )
        }
        #expect(counts.documents == 1 && counts.passages == document.passageCount && counts.questions == document.questionCount)
        #expect(counts.headings >= 1 && counts.headings < counts.passages)
        let stored = try store.read { db in try DocumentRecord.fetchOne(db) }
        #expect(stored?.path == "/minutes/2018-02-02.txt" && stored?.fileName == "2018-02-02.txt")

        let hits = try Searcher(store: store).search("quad bikes", options: SearchOptions(expand: false)).hits
        #expect(hits.first?.text.contains("Quad bikes were stolen") == true)
        #expect(hits.first?.source.document == "2018-02-02.txt")
        // The item's title finds its passages although no passage's text has the word.
        #expect(try !Searcher(store: store).search("update", options: SearchOptions(expand: false)).hits.isEmpty)
        #expect(try store.checkIntegrity().ok)
    }

    @Test("writing a document again replaces it: no rows or terms of the old version stay")
    func rewritingReplaces() throws {
        let store = try IndexStore.inMemoryForTests()
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        let first = try ReadyDocument(text: Self.minutes, path: "/m.txt", preparer: preparer)
        let second = try ReadyDocument(text: Self.minutes.replacingOccurrences(of: "Quad bikes", with: "Tractors"), path: "/m.txt", preparer: preparer)
        try IndexWriter(store: store).write([first])
        try IndexWriter(store: store).write([second])
        let searcher = Searcher(store: store)
        #expect(try searcher.search("quad", options: SearchOptions(expand: false)).hits.isEmpty)
        #expect(try searcher.search("tractors", options: SearchOptions(expand: false)).hits.count == 1)
        let headings = try store.read { db in try HeadingRecord.fetchCount(db) }
        let headingIDs = try store.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT heading_id) FROM passages") ?? 0 }
        #expect(headings == headingIDs, "the old version's headings went with it")
        #expect(try store.checkIntegrity().ok)
    }
}

extension IndexStore {
    /// A fresh index in memory, for tests that write prepared documents.
    static func inMemoryForTests() throws -> IndexStore {
        let queue = try DatabaseQueue()
        try IndexSchema.migrator.migrate(queue)
        return IndexStore(path: ":memory:", writer: queue, access: .readWrite)
    }
}

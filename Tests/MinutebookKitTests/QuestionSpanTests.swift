import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// A question's text and its answer's are kept once, in the passage they were read from (`QuestionSpan`,
/// `question_rows`), and read back whole through the view `questions`.
@Suite("Questions kept as spans of their passages")
struct QuestionSpanTests {
    static let minutes = IndexWriterTests.minutes

    @Test("a text is found in the passage nearest its question's line that holds it, counted in UTF-8 bytes from 1")
    func locate() throws {
        let passages = [
            QuestionSpan.Passage(id: 7, line: 10, text: "How many drones were bought?"),
            QuestionSpan.Passage(id: 8, line: 12, text: "Cllr Okafor asked about the £2m fund – How many drones were bought? Four."),
            QuestionSpan.Passage(id: 9, line: 14, text: "How many drones were bought?"),
            QuestionSpan.Passage(id: 10, line: 16, text: "The Panel noted the report."),
        ]
        let span = try #require(QuestionSpan.locate("How many drones were bought?", line: 12, in: passages))
        #expect(span.passageID == 8, "the passage the question's line is in comes first")
        let bytes = passages[1].utf8[(span.start - 1)..<(span.start - 1 + span.length)]
        #expect(String(decoding: bytes, as: UTF8.self) == "How many drones were bought?")
        // "£" and "–" take two and three bytes: the start is past them in bytes, not characters.
        #expect(span.start == "Cllr Okafor asked about the £2m fund – ".utf8.count + 1)
        #expect(QuestionSpan.locate("Four.", line: 13, in: passages) == QuestionSpan(passageID: 8, start: passages[1].utf8.count - 4, length: 5))
        // Then the next passage, then the one before.
        #expect(QuestionSpan.locate("How many drones were bought?", line: 16, in: passages)?.passageID == 9)
        #expect(QuestionSpan.locate("The Panel noted", line: 11, in: passages)?.passageID == 10)
        #expect(QuestionSpan.locate("How many drones were bought?", line: 1, in: passages)?.passageID == 7, "before the first passage: from the first")
        #expect(QuestionSpan.locate("", line: 12, in: passages) == nil, "an empty text is stored, not pointed at")
        #expect(QuestionSpan.locate("How many horses were bought?", line: 12, in: passages) == nil)
        #expect(QuestionSpan.locate("report. Cllr", line: 12, in: passages) == nil, "a text over two passages is stored")
    }

    @Test("only passages within reach of the question's line are looked in, so a long item costs no more a question")
    func reach() throws {
        let filler = (0..<200).map { QuestionSpan.Passage(id: Int64($0), line: $0 * 2, text: "The Panel noted item \($0).") }
        let passages = filler + [QuestionSpan.Passage(id: 200, line: 400, text: "Was the far text found?")]
        #expect(QuestionSpan.locate("Was the far text found?", line: 400 - 2 * QuestionSpan.reach, in: passages)?.passageID == 200)
        #expect(QuestionSpan.locate("Was the far text found?", line: 398 - 2 * QuestionSpan.reach, in: passages) == nil, "out of reach: stored")
        #expect(QuestionSpan.locate("The Panel noted item 3.", line: 10, in: passages)?.passageID == 3)
    }

    @Test("questions are written as spans of their passages and read back whole; a text no passage holds is stored")
    func writtenAsSpans() throws {
        let store = try IndexStore.inMemoryForTests()
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        var document = try ReadyDocument(text: Self.minutes, path: "/minutes/2018-02-02.txt", preparer: preparer)
        let index = try #require(document.items.firstIndex { !$0.questions.isEmpty })
        // A second question whose answer is in no passage (as when a reader takes a label off).
        var reworded = document.items[index].questions[0]
        reworded.0.answer = "A written answer would follow."
        document.items[index].questions.append(reworded)
        try IndexWriter(store: store).write([document])

        let expected = document.items.flatMap(\.questions).map { [$0.0.question, $0.0.answer] }
        let (stored, spans, texts) = try store.read { db in
            (
                try QuestionRecord.fetchAll(db, sql: "SELECT * FROM questions ORDER BY id").map { [$0.question, $0.answer] },
                try Int.fetchOne(db, sql: "SELECT count(question_passage_id) + count(answer_passage_id) FROM question_rows") ?? 0,
                try String.fetchAll(db, sql: "SELECT answer_text FROM question_rows WHERE answer_text IS NOT NULL")
            )
        }
        #expect(stored == expected)
        #expect(spans == 3, "both texts of the first question and the second's question point into the passage")
        #expect(texts == ["A written answer would follow."])
        // Searched as before, in the question's and in the stored answer's words.
        let questions = QuestionSearcher(store: store)
        #expect(try questions.search("hare coursing").hits.count == 2)
        #expect(try questions.search("written answer").hits.map(\.answer) == ["A written answer would follow."])
        #expect(try store.checkIntegrity().ok)
    }

    @Test("the bundled corpus's questions are nearly all spans, and read back as the extractor gave them")
    func corpusQuestions() throws {
        let store = try SharedCorpusIndex.openForReading()
        let (questions, spans, mismatched) = try store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM question_rows") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM question_rows WHERE question_passage_id IS NOT NULL") ?? 0,
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM questions q JOIN question_rows r ON r.id = q.id
                        WHERE q.question IS NOT coalesce(r.question_text, (SELECT CAST(substr(CAST(text AS BLOB), r.question_start, r.question_length) AS TEXT)
                            FROM passages WHERE id = r.question_passage_id))
                        """) ?? -1
            )
        }
        #expect(questions > 0 && spans > questions / 2, "\(spans) of \(questions) questions are spans")
        #expect(mismatched == 0)
        let files = try FileManager.default.contentsOfDirectory(at: TestSupport.corpus, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        let extracted = try files.flatMap { file in
            let document = try TestSupport.parse(file)
            return document.items.flatMap { QuestionExtractor.extract(from: $0, in: document.metadata.kind).map(\.question) }
        }
        let stored = try store.read { db in try String.fetchAll(db, sql: "SELECT question FROM questions") }
        #expect(Set(stored).isSubset(of: Set(extracted)), "every stored question is one the extractor gave")
    }

    @Test("check finds a question whose text points outside its passage")
    func checkFindsBrokenSpan() throws {
        let store = try IndexStore.inMemoryForTests()
        let preparer = DocumentPreparer(tagger: TopicTagger(taxonomy: try TestSupport.taxonomy()))
        try IndexWriter(store: store).write([try ReadyDocument(text: Self.minutes, path: "/m.txt", preparer: preparer)])
        #expect(try store.checkIntegrity().checks.contains { $0.name == "question text" && $0.ok })
        try store.write { db in try db.execute(sql: "UPDATE question_rows SET answer_start = 100000 WHERE answer_passage_id IS NOT NULL") }
        let report = try store.checkIntegrity()
        let check = try #require(report.checks.first { $0.name == "question text" })
        #expect(!check.ok && check.detail.contains("1 question or answer"), "\(check)")
        #expect(!report.ok)
    }
}

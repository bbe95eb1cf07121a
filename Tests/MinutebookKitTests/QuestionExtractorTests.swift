import Foundation
import Testing
@testable import MinutebookKit

@Test func dumpQuestionExtractor() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("corpus").path).sorted() {
        let data = try Data(contentsOf: root.appendingPathComponent("corpus/\(name)"))
        let doc = try DocumentParser.parse(try SourceText.decode(data).text)
        print("=== \(name)")
        for item in doc.items {
            for q in QuestionExtractor.extract(from: item) {
                print("- L\(q.line) \(q.asker) → \(q.respondent ?? "nil") [\(q.respondentRole?.rawValue ?? "nil")] \(q.status.rawValue)\n  Q: \(q.question)\n  A: \(q.answer)")
            }
        }
    }
}

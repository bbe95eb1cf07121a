import Foundation
import Testing
@testable import MinutebookKit

@Test func dumpBlocks() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("corpus").path).sorted() {
        let data = try Data(contentsOf: root.appendingPathComponent("corpus/\(name)"))
        let text = try SourceText.decode(data).text
        let doc = try DocumentParser.parse(text)
        print("=== \(name) kind=\(doc.metadata.kind)")
        for (i, item) in doc.items.enumerated() {
            print("-- item \(i) \(item.number ?? "-") \(item.title ?? "-")")
            for b in item.blocks {
                print("  [\(b.kind.rawValue) L\(b.line) \(b.marker ?? "") d\(b.depth) \(b.sectionPath)] \(b.text.contains("Cllr") ? Substring(b.text) : b.text.prefix(100))")
            }
        }
    }
}

import Foundation
import MinutebookKit
for path in CommandLine.arguments.dropFirst() {
    let data = FileManager.default.contents(atPath: path)!
    do {
        let (text, _) = try SourceText.decode(data)
        let doc = try DocumentParser.parse(text)
        print("=== \(path) \(doc.metadata)")
        for item in doc.items {
            print("--- ITEM \(item.number ?? "-") | \(item.title ?? "-")")
            for b in item.blocks {
                print("  [\(b.kind.rawValue)\(b.marker.map { " " + $0 } ?? "") L\(b.line)] {\(b.section ?? "")} \(b.text.prefix(110))")
            }
        }
    } catch { print("ERR \(path): \(error.localizedDescription)") }
}

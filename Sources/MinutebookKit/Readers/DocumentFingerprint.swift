import Foundation

/// What makes two files the same document whatever their format: the panel, date, kind, items and the words of
/// every block as the parser understood them (headings too), case-folded, without punctuation, layout or markup.
/// A web page, a PDF and a Word file of the same minutes give the same fingerprint; a sidecar does not change it.
enum DocumentFingerprint {
    static func of(_ document: ParsedDocument) -> String {
        // The words of `words(_:)`, hashed as they are folded: no String a word.
        var hash = FNV1a()
        var count = 0
        visit(document) { text in
            guard let text else {
                hash.add(32)
                count += 1
                return
            }
            Tokenizer.forEachWord(in: text) { word in
                hash.add(word)
                hash.add(32)
                count += 1
            }
        }
        return String(format: "%016llx-%d", hash.value, count)
    }

    private static func visit(_ document: ParsedDocument, _ feed: (String?) -> Void) {
        feed(document.metadata.body)
        feed(document.metadata.meetingDate)
        feed(document.metadata.kind.rawValue)
        for item in document.items {
            feed(item.number)
            feed(item.title)
            for block in item.blocks {
                if let marker = block.marker { feed(marker) }
                feed(block.text)
            }
        }
    }

    /// The words compared (`Tokenizer`'s, as the index has them), in order ("" stands for a value the document
    /// does not give).
    static func words(_ document: ParsedDocument) -> [String] {
        var words: [String] = []
        func feed(_ text: String?) {
            guard let text else { words.append(""); return }
            words += Tokenizer.words(text)
        }
        visit(document, feed)
        return words
    }
}

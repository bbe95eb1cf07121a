import Foundation

/// What makes two files the same document whatever their format: the panel, date, kind, items and the words of
/// every block as the parser understood them (headings too), case-folded, without punctuation, layout or markup.
/// A web page, a PDF and a Word file of the same minutes give the same fingerprint; a sidecar does not change it.
enum DocumentFingerprint {
    static func of(_ document: ParsedDocument) -> String {
        // The FNV-1a hash of `words(document)` joined by spaces (each word followed by one), computed as the
        // words are found rather than from an array of them.
        var hash: UInt64 = 0xcbf29ce484222325
        var count = 0
        @inline(__always) func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        forEachWordByte(document) { byte in
            if let byte { mix(byte) } else { mix(32); count += 1 }
        }
        return String(format: "%016llx-%d", hash, count)
    }

    /// Calls `body` with each byte of each word of `words(document)`, and with nil after each word.
    private static func forEachWordByte(_ document: ParsedDocument, _ body: (UInt8?) -> Void) {
        func feed(_ text: String?) {
            guard let text else { body(nil); return }
            var inWord = false
            if UTF8Text.isASCII(text) {
                for byte in text.utf8 {
                    let lower = UTF8Text.lower(byte)
                    if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                        body(lower); inWord = true
                    } else if inWord {
                        body(nil); inWord = false
                    }
                }
            } else {
                for scalar in text.lowercased().unicodeScalars {
                    if scalar.isASCII ? (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 48 && scalar.value <= 57)
                        : scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        for byte in UTF8.encode(scalar)! { body(byte) }
                        inWord = true
                    } else if inWord {
                        body(nil); inWord = false
                    }
                }
            }
            if inWord { body(nil) }
        }
        visit(document, feed)
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

    /// The words compared, in order ("" stands for a value the document does not give).
    static func words(_ document: ParsedDocument) -> [String] {
        var words: [String] = []
        func feed(_ text: String?) {
            guard let text else { words.append(""); return }
            var word = ""
            for scalar in text.lowercased().unicodeScalars {
                if scalar.isASCII ? (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 48 && scalar.value <= 57)
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    word.unicodeScalars.append(scalar)
                } else if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            }
            if !word.isEmpty { words.append(word) }
        }
        visit(document, feed)
        return words
    }
}

import Foundation

/// What makes two files the same document whatever their format: the panel, date, kind, items and the words of
/// every block as the parser understood them (headings too), case-folded, without punctuation, layout or markup.
/// A web page, a PDF and a Word file of the same minutes give the same fingerprint; a sidecar does not change it.
enum DocumentFingerprint {
    static func of(_ document: ParsedDocument) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        let words = self.words(document)
        for word in words {
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
            hash = (hash ^ 32) &* 0x100000001b3
        }
        return String(format: "%016llx-%d", hash, words.count)
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
        return words
    }
}

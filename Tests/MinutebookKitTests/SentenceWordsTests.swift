import Foundation
import Testing

@testable import MinutebookKit

/// The word cutter the question readers match the vocabulary with, and the fast paths ingest takes around it.
@Suite("Sentence words")
struct SentenceWordsTests {
    @Test("words keep inner apostrophes, hyphens and slashes, a closing apostrophe after s, and '&' alone")
    func cutting() {
        let s = SentenceWords("The Victims' Commissioner, co-opted T/ACC Hale & the PCC’s office (Café) said: yes")
        #expect(
            s.words.map(\.lower) == [
                "the", "victims'", "commissioner", "co-opted", "t/acc", "hale", "&", "the", "pcc's", "office",
                "café", "said", "yes",
            ])
        #expect(s.words.map(\.capitalised) == [true, true, true, false, true, true, false, false, true, false, true, false, false])
        #expect(s.words.map { $0.punctuationBefore.map(String.init) ?? "" } == ["", "", "", ",", "", "", "", "", "", "", "(", ")", ":"])
        // Each word's range is where it stands in the text, accents and curly apostrophes included.
        #expect(
            s.words.map { String(s.text[$0.range]) } == [
                "The", "Victims'", "Commissioner", "co-opted", "T/ACC", "Hale", "&", "the",
                "PCC’s", "office", "Café", "said", "yes",
            ])
        #expect(s.text(2..<4) == "Commissioner, co-opted")
        #expect(s.text(before: 3) == "The Victims' Commissioner")
    }

    @Test("a sentence cut again is the same, and an equal text in another normal form is cut on its own")
    func recentSentences() {
        let composed = "The PCC said the Caf\u{E9} was closed"
        let decomposed = "The PCC said the Cafe\u{301} was closed"
        let first = SentenceWords(composed)
        let again = SentenceWords(composed)
        #expect(again.words.map(\.lower) == first.words.map(\.lower))
        let other = SentenceWords(decomposed)
        #expect(Array(other.text.utf8) == Array(decomposed.utf8))
        // A combining accent is not a letter of its own: the decomposed word is cut before it, the composed one is whole.
        #expect(first.words.map(\.lower).contains("caf\u{E9}"))
        #expect(other.words.map(\.lower).contains("cafe"))
    }

    @Test("non-Latin letters and digits are words; other symbols are not")
    func otherScripts() {
        let s = SentenceWords("Ζήτησε 12 £3m — ok")
        #expect(s.words.map(\.lower) == ["ζήτησε", "12", "3m", "ok"])
        #expect(s.words.last?.punctuationBefore == "—")
    }
}

@Suite("Fast text checks")
struct FastTextTests {
    @Test("whole words, with an optional plural")
    func containsWord() {
        #expect(UTF8Text.containsWord("minutes of the meeting", "minute", orPlural: true))
        #expect(UTF8Text.containsWord("draft minute", "minute", orPlural: true))
        #expect(!UTF8Text.containsWord("it was minuted", "minute", orPlural: true))
        #expect(!UTF8Text.containsWord("the minuteman", "minute", orPlural: true))
        #expect(!UTF8Text.containsWord("minutes", "minute"))
    }

    @Test("a document's fingerprint is the FNV-1a hash of its words, each followed by a space, and their count")
    func fingerprint() throws {
        var documents = try ["000", "001", "002", "003", "004"].map {
            try DocumentParser.parse(String(contentsOf: TestSupport.corpusFile($0), encoding: .utf8))
        }
        var accented = documents[0]
        accented.items[0].title = "Sécurité — Ünïcode café’s NIÑOS 12"
        accented.metadata.meetingDate = nil
        documents.append(accented)
        for document in documents {
            let words = DocumentFingerprint.words(document)
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in words.map({ $0 + " " }).joined().utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            #expect(DocumentFingerprint.of(document) == String(format: "%016llx-%d", hash, words.count))
        }
    }

    @Test("page furniture is still found behind the byte gate")
    func furnitureGate() {
        // A bare number ("- 4 -") counts only beside a form feed, so it is not here.
        for line in ["Page 3 of 11", "Page 4", "3 of 11", "OFFICIAL", "Official-Sensitive", "Not protectively marked", "S:\\PCP\\minutes.docx"] {
            #expect(PageFurniture.mayNeedCleaning("Minutes of the meeting\n\(line)\nThe Chair opened the meeting."), "\(line)")
        }
        #expect(!PageFurniture.mayNeedCleaning("Minutes of the meeting\nPresent: Councillors\nThe Chair opened the meeting."))
    }
}

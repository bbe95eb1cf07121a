import Testing

@testable import MinutebookKit

/// The exact-phrase check of quoted phrases: the byte-level path for phrases of ASCII words gives what cutting
/// the text into words (`Tokenizer.words`) gives, texts with accents and other scripts included.
@Suite("Exact phrase check")
struct ExactCheckTests {
    static let cases: [(text: String, phrase: [String])] = [
        ("Members asked about County Lines in Wexbury.", ["county", "lines"]),
        ("county-lines exploitation", ["county", "lines"]),
        ("The county's lines of enquiry", ["county", "lines"]),
        ("county lined up", ["county", "lines"]),
        ("COUNTY\nLINES", ["county", "lines"]),
        ("lines county", ["county", "lines"]),
        ("A countyline", ["county", "lines"]),
        ("co-opted member", ["co", "opted"]),
        ("in 2019-20 the figure", ["2019", "20"]),
        ("FGM", ["fgm"]),
        ("", ["fgm"]),
        ("the 5th report", ["5th", "report"]),
        // Repeated words: the phrase must still be found where it starts after a false start.
        ("a a b", ["a", "b"]),
        ("a a a b", ["a", "a", "b"]),
        ("x y x y z", ["x", "y", "z"]),
        ("y x y z", ["x", "y", "z"]),
        ("lines lines county lines", ["county", "lines"]),
        ("county", ["county", "lines"]),
        // Texts that are not all ASCII: accents fold away, other letters and signs cut words as FTS5 cuts them.
        ("Café culture", ["cafe"]),
        ("Café culture", ["cafe", "culture"]),
        ("cafe\u{301} culture", ["cafe", "culture"]),
        ("£2.5m for county lines work", ["county", "lines"]),
        ("“County Lines” – a briefing", ["county", "lines"]),
        ("county linesé", ["county", "lines"]),
        ("Łódź county lines", ["lodz", "county"]),
        ("naïve approach", ["naive", "approach"]),
        ("STRAßE lines", ["straße"]),
        ("Ελλάδα county", ["county"]),
        ("county\u{200B}lines", ["county", "lines"]),
        // The check starts reading where the phrase's first word may begin: the words cut there must be those
        // cut from the start, whatever came before (a word running into it, an accented letter, a dash).
        ("Café culture and cafe society", ["cafe", "culture"]),
        ("Cafés, then cafe society", ["cafe", "society"]),
        ("subcounty lines", ["county", "lines"]),
        ("recounty county lines", ["county", "lines"]),
        ("xcounty county lines", ["county", "lines"]),
        ("—county lines", ["county", "lines"]),
        ("é county lines", ["county", "lines"]),
        ("ÉCOUNTY lines", ["county", "lines"]),
        ("2019county lines", ["county", "lines"]),
        ("the Countyline, then County Lines", ["county", "lines"]),
        ("coun", ["county"]),
    ]

    @Test("the byte check agrees with the word check", arguments: 0..<cases.count)
    func agrees(_ index: Int) {
        let (text, phrase) = Self.cases[index]
        let expected = ExactCheck.contains(Tokenizer.words(text), phrase)
        #expect(ExactCheck.bytesContain(text, phrase) == (phrase.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? expected : nil))
    }

    @Test("a row's own text checked on its bytes passes as the whole check passes it", arguments: 0..<cases.count)
    func textAlone(_ index: Int) {
        let (text, phrase) = Self.cases[index]
        let query = QueryParser.parse("\"" + phrase.joined(separator: " ") + "\"")
        let check = ExactCheck(query)
        var bytes = text
        let alone = bytes.withUTF8 { check.acceptsText($0) }
        if let alone { #expect(alone == check.accepts(["", "", text])) }
        #expect((alone == nil) == !phrase.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
    }

    @Test("a phrase with accents is left to the word check, which folds the text")
    func accents() {
        #expect(ExactCheck.bytesContain("Café culture", ["cafe"]) == true)
        #expect(ExactCheck.bytesContain("cafe", ["café"]) == nil)
        #expect(ExactCheck.bytesContain("county lines at the café", ["county", "lines"]) == true)
        #expect(ExactCheck.bytesContain("county linesé", ["county", "lines"]) == false)
    }

    @Test("a quoted phrase: only rows with the words as typed pass, in any of the columns")
    func accepts() {
        let check = ExactCheck(QueryParser.parse("\"county lines\" -\"drug runner\""))
        #expect(check.accepts(["", "County lines were discussed."]))
        #expect(check.accepts(["Item 4: County lines", "Members discussed it."]))
        #expect(!check.accepts(["county line", "a county that lines up"]))
        #expect(!check.accepts(["County lines", "a drug runner was named"]))
        #expect(check.accepts(["Café: county lines", ""]))
    }
}

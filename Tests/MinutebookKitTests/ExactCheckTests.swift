import Testing

@testable import MinutebookKit

/// The exact-phrase check of quoted phrases: the byte-level path for ASCII text gives what cutting the text
/// into words (`Tokenizer.words`) gives, and leaves texts with accents to it.
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
    ]

    @Test("ASCII texts: the byte check agrees with the word check", arguments: 0..<cases.count)
    func agrees(_ index: Int) {
        let (text, phrase) = Self.cases[index]
        let expected = ExactCheck.contains(Tokenizer.words(text), phrase)
        #expect(ExactCheck.asciiContains(text, phrase) == expected)
    }

    @Test("a text or phrase with accents is left to the word check, which folds them")
    func accents() {
        #expect(ExactCheck.asciiContains("Café culture", ["cafe"]) == nil)
        #expect(ExactCheck.contains(Tokenizer.words("Café culture"), ["cafe"]))
        #expect(ExactCheck.asciiContains("cafe", ["café"]) == nil)
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

import Foundation
import Testing

@testable import MinutebookKit

@Suite("Query parser")
struct QueryParserTests {
    static let readings: [(String, String)] = [
        ("county lines", "county AND lines"),
        ("\"county lines\"", "\"county lines\""),
        ("hate OR slavery", "(hate OR slavery)"),
        ("fgm -strategy", "fgm NOT strategy"),
        ("fgm NOT strategy", "fgm NOT strategy"),
        ("safeguard*", "safeguard*"),
        ("multi-agency", "\"multi agency\""),
        ("Clare's Law", "\"clare s\" AND law"),
        ("peer-on-peer abuse", "\"peer on peer\" AND abuse"),
        ("hate AND crime", "hate AND crime"),
        ("col:fgm", "\"col fgm\""),
        ("^fgm", "fgm"),
        ("(fgm OR mash)", "(fgm OR mash)"),
        ("\"unbalanced quote", "\"unbalanced quote\""),
        ("NEAR(x y)", "x AND y"),
    ]

    @Test("what users type is read as they mean it", arguments: readings)
    func reading(_ input: String, _ understood: String) {
        #expect(QueryParser.parse(input).description == understood)
    }

    static let nothingSearchable = ["", "   ", "-", "*", "\"\"", "\"", "()", "🙂🚓", "OR", "AND", "NOT", "-fgm", "\u{1}\u{2}", ":^"]

    @Test("input with nothing to search gives no plan, so the CLI explains", arguments: nothingSearchable)
    func nothingToSearch(_ input: String) {
        let query = QueryParser.parse(input)
        #expect(MatchPlan.make(query, target: .questions) == nil)
        #expect(!Searcher.explainEmpty(query).isEmpty)
    }

    @Test("every word reaches FTS5 quoted: no user text is read as syntax")
    func expressionsAreQuoted() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abc fgm\"-*:^()ORNTADE🙂'’.,")
        for _ in 0..<500 {
            let length = Int.random(in: 0...30, using: &generator)
            let input = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            guard let plan = MatchPlan.make(QueryParser.parse(input), target: .questions) else { continue }
            // Outside quoted strings only the operators we emit may appear.
            var outside = ""
            var quoted = false
            for c in plan.expression {
                if c == "\"" { quoted.toggle(); continue }
                if !quoted { outside.append(c) }
            }
            #expect(!quoted, "unbalanced quotes in \(plan.expression)")
            let leftovers = outside.replacingOccurrences(of: "AND", with: "").replacingOccurrences(of: "OR", with: "")
                .replacingOccurrences(of: "NOT", with: "").filter { !" ()*".contains($0) }
            #expect(leftovers.isEmpty, "unquoted text \(leftovers) in \(plan.expression) from \(input)")
        }
    }

    @Test("a 5,000-character paste is cut to the first words, with a note")
    func longPaste() {
        let query = QueryParser.parse(String(repeating: "police crime panel safeguarding ", count: 160) + (1...100).map { "w\($0)" }.joined(separator: " "))
        #expect(query.required.count <= QueryParser.maximumTerms)
        #expect(query.notes.contains { $0.contains("only the first") })
    }

    @Test("quoted phrases match stemmed, then are checked exactly")
    func exactCheck() throws {
        let plan = try #require(MatchPlan.passages(QueryParser.parse("safeguarding \"county lines\" -drugs -\"drug lines\"")))
        // The passages' full-text table holds their text only (headings are in headings_fts): no column filter.
        #expect(plan.expression == "(\"safeguarding\" AND \"county lines\") NOT (\"drugs\")")
        #expect(plan.headingClauses == ["\"safeguarding\"", "\"county lines\""] && plan.exclusion == "\"drugs\"")
        let check = try #require(plan.check)
        #expect(check.accepts(["", "", "Safeguarding and County Lines work"]))
        #expect(!check.accepts(["", "", "Safeguarding and the county line closures"]))  // stemmed only: not exact
        #expect(!check.accepts(["", "", "Safeguarding, county lines and drug lines"]))  // an excluded phrase
        #expect(check.accepts(["County Lines", "", "safeguarding"]))  // in the title
        #expect(MatchPlan.make(QueryParser.parse("prosecute"), target: .questions)?.check == nil)
    }

    @Test("the exact check reads words as FTS5 does: accents off, plain alternatives by their porter stem")
    func exactCheckAgreesWithFTS5() throws {
        let accents = try #require(MatchPlan.make(QueryParser.parse("\"cafe culture\""), target: .questions)?.check)
        #expect(accents.accepts(["", "", "The Café Culture scheme"]))
        #expect(!accents.accepts(["", "", "The café cultures"]))
        let mixed = try #require(MatchPlan.make(QueryParser.parse("\"county lines\" OR prosecuting"), target: .questions)?.check)
        #expect(mixed.accepts(["", "", "More prosecutions this year"]))  // prosecut = prosecut
        #expect(!mixed.accepts(["", "", "The prosecutor said"]))  // prosecutor is its own stem
        #expect(mixed.accepts(["County Lines", "", ""]))
    }

    @Test("acronyms and topic names widen to the topic's other names")
    func expansion() throws {
        let taxonomy = try TestSupport.taxonomy()
        let fgm = try #require(TopicExpansion.expand(QueryParser.parse("FGM"), taxonomy: taxonomy))
        #expect(fgm.topics == ["fgm"])
        #expect(fgm.query.required.count == 1)
        #expect(fgm.query.required[0].alternatives.contains(.phrase(["female", "genital", "mutilation"], exact: false)))
        let lines = try #require(TopicExpansion.expand(QueryParser.parse("county lines funding"), taxonomy: taxonomy))
        #expect(lines.query.required.count == 2)
        #expect(lines.query.required[0].alternatives.contains(.word("cuckooing", prefix: false)))
        #expect(TopicExpansion.expand(QueryParser.parse("\"county lines\""), taxonomy: taxonomy) == nil)
        #expect(TopicExpansion.expand(QueryParser.parse("burglary"), taxonomy: taxonomy) == nil)
    }
}

@Suite("Snippets")
struct SnippetBuilderTests {
    @Test func marksStemmedMatchesInAWindow() throws {
        let builder = SnippetBuilder(query: QueryParser.parse("prosecute"))
        let long =
            (1...40).map { "word\($0)" }.joined(separator: " ") + " there were more prosecutions this year "
            + (1...40).map { "tail\($0)" }.joined(separator: " ")
        let snippet = try #require(builder.snippet(long))
        #expect(snippet.contains("\u{2}prosecutions\u{3}"))
        #expect(snippet.hasPrefix("…") && snippet.hasSuffix("…"))
        #expect(snippet.split(separator: " ").count <= SnippetBuilder.window + 1)
        #expect(builder.snippet("Nothing relevant here.") == nil)
    }

    @Test func shortPassagesAreShownWhole() throws {
        let snippet = try #require(
            SnippetBuilder(query: QueryParser.parse("FGM")).snippet("Increase in confidence of victims to report FGM Crime and Incidents"))
        #expect(snippet == "Increase in confidence of victims to report \u{2}FGM\u{3} Crime and Incidents")
        let prefix = try #require(SnippetBuilder(query: QueryParser.parse("safeguard*")).snippet("Safeguarding hubs"))
        #expect(prefix == "\u{2}Safeguarding\u{3} hubs")
    }

    /// Snippets work on UTF-8 bytes: accented letters stay inside words, curly apostrophes and dashes
    /// separate them, and the text between words is copied unchanged.
    @Test func nonASCIITextKeepsItsWordsAndPunctuation() throws {
        let text = "The PCC’s café – “Ætna” scheme: naïve reports, 12 months"
        let pcc = try #require(SnippetBuilder(query: QueryParser.parse("pcc")).snippet(text))
        #expect(pcc == "The \u{2}PCC\u{3}’s café – “Ætna” scheme: naïve reports, 12 months")
        let cafe = try #require(SnippetBuilder(query: QueryParser.parse("café naïve")).snippet(text))
        #expect(cafe == "The PCC’s \u{2}café\u{3} – “Ætna” scheme: \u{2}naïve\u{3} reports, 12 months")
        let accentedLead = try #require(SnippetBuilder(query: QueryParser.parse("ætna")).snippet(text))
        #expect(accentedLead.contains("“\u{2}Ætna\u{3}”"))
        #expect(SnippetBuilder(query: QueryParser.parse("caf")).snippet(text) == nil)
        #expect(SnippetBuilder(query: QueryParser.parse("month")).snippet(text)?.hasSuffix("\u{2}months\u{3}") == true)
        let unaccented = try #require(SnippetBuilder(query: QueryParser.parse("cafe naive")).snippet(text))
        #expect(unaccented == "The PCC’s \u{2}café\u{3} – “Ætna” scheme: \u{2}naïve\u{3} reports, 12 months")
    }

    /// A word is marked when FTS5 would have matched it: the same porter stem.
    @Test(
        "marks are the words FTS5 matched",
        arguments: [
            ("station", "The station states its case", "The \u{2}station\u{3} states its case"),
            ("general", "A generalization in general", "A \u{2}generalization\u{3} in \u{2}general\u{3}"),
            ("cries", "He cried, crying: a cry", "He \u{2}cried\u{3}, crying: a cry"),
            ("sensibility", "Sensible, sensibly and sensitive", "\u{2}Sensible\u{3}, \u{2}sensibly\u{3} and sensitive"),
        ])
    func porterMarks(_ query: String, _ text: String, _ expected: String) throws {
        #expect(SnippetBuilder(query: QueryParser.parse(query)).snippet(text) == expected)
    }
}

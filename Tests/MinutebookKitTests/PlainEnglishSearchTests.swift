import Foundation
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// Issue 13: plain-English queries, related words, first pages a reader trusts, the built-in lists.
@Suite("Plain-English search")
final class PlainEnglishSearchTests {
    let store: IndexStore

    /// The corpus index shared by the test process, read-only.
    init() throws {
        store = try SharedCorpusIndex.openForReading()
    }

    @Test("filler words are not required; quoted and operator queries keep them")
    func fillerWordsAreLeftOut() {
        let query = QueryParser.parse("what was said about county lines")
        #expect(query.description == "county AND lines")
        #expect(query.droppedWords == ["what", "was", "said", "about"])
        #expect(query.isPlain)
        #expect(QueryParser.parse("\"what was said\"").description == "\"what was said\"")
        #expect(!QueryParser.parse("fgm OR cutting").isPlain)
        #expect(!QueryParser.parse("fgm -report").isPlain)
        // Nothing but filler: kept, so the query still searches something.
        #expect(QueryParser.parse("what was said").description == "what AND was AND said")
    }

    @Test("a question typed as a question finds the passages")
    func questionsFindPassages() throws {
        let searcher = Searcher(store: store)
        let result = try searcher.search("what was said about county lines")
        #expect(result.hits.count >= 4)
        #expect(result.hits.allSatisfy { $0.topics.contains("county-lines") })
        let cuckooing = try searcher.search("what did the PCC say about cuckooing?")
        #expect(cuckooing.hits.contains { $0.text.localizedCaseInsensitiveContains("cuckooing") })
    }

    @Test("when all the words together match nothing, passages with most of them are shown, with the missing words")
    func mostOfTheWords() throws {
        let searcher = Searcher(store: store)
        let strict = try searcher.search("county lines zanzibarite", options: SearchOptions(expand: false))
        let partial = try #require(strict.partial)
        #expect(partial.words == ["county", "lines", "zanzibarite"])
        #expect(partial.missing == ["zanzibarite"])
        #expect(!strict.hits.isEmpty && strict.hits.allSatisfy { $0.match == .partial })
        #expect(strict.hits.allSatisfy { $0.text.localizedCaseInsensitiveContains("county") || $0.text.localizedCaseInsensitiveContains("lines") })
        #expect(partial.line.contains("not found with the others: zanzibarite"))
        // Operators and quotes keep their exact meaning: no fallback.
        #expect(try searcher.search("\"county lines\" zanzibarite").hits.isEmpty)
        #expect(try searcher.search("county AND zanzibarite").partial == nil)
    }

    @Test("related words: cutting finds FGM, intimate photos finds revenge porn")
    func relatedWords() throws {
        let searcher = Searcher(store: store)
        let cutting = try searcher.search("girls at risk of cutting")
        #expect(cutting.relatedTerms.contains("fgm"))
        #expect(cutting.hits.contains { $0.topics.contains("fgm") })
        #expect(cutting.suggestions.isEmpty)
        let photos = try QuestionSearcher(store: store).search("intimate photos")
        #expect(photos.hits.contains { $0.question.contains("revenge porn") })
        // An edited list is used instead of the built-in one.
        let custom = Searcher(store: store, related: RelatedTerms(related: [["zanzibarite", "cuckooing"]]))
        #expect(try custom.search("zanzibarite").hits.contains { $0.text.localizedCaseInsensitiveContains("cuckooing") })
    }

    @Test("asked finds a question asked in other words, and shows words, not stems")
    func askedInOtherWords() throws {
        let asked = try AskedBefore(store: store).similar(
            to: "What is the Commissioner doing about intimate photos being posted online to humiliate ex-partners?")
        let first = try #require(asked.matches.first)
        #expect(first.question.question.contains("revenge porn"))
        #expect(first.sharedWords.contains("intimate photos ≈ revenge porn"))
        let prosecutions = try AskedBefore(store: store).similar(to: "How many prosecutions related to rape were there?")
        let words = prosecutions.matches.flatMap(\.sharedWords)
        #expect(!words.isEmpty)
        #expect(!words.contains("prosecut") && !words.contains("relat"))
    }

    @Test("first page: totals, no report crowding the page, no empty table rows")
    func firstPage() throws {
        let result = try Searcher(store: store).search("fgm")
        #expect(result.hits.count == 10)
        #expect(result.total > 10)
        #expect(result.hits.allSatisfy { $0.total == result.total })
        #expect(result.hits.map(\.rank) == Array(1...10).map { Optional($0) })
        let perDocument = Dictionary(grouping: result.hits, by: \.source.path).mapValues(\.count)
        #expect(perDocument.values.allSatisfy { $0 <= 3 })
        #expect(result.hits.contains { $0.source.meetingDate?.hasPrefix("2017") == true })
        #expect(result.hits.allSatisfy { $0.text.contains { $0.isLetter } })
    }

    @Test("empty and header-only table rows are not passages")
    func headerRows() {
        #expect(PassageBuilder.isEmptyOrHeaderRow(" | | ", TableRow(header: ["Area", "Count"], cells: ["", " "])))
        #expect(PassageBuilder.isEmptyOrHeaderRow("Area | Count", TableRow(header: ["Area", "Count"], cells: ["Area", "Count"])))
        #expect(!PassageBuilder.isEmptyOrHeaderRow("FGM | 12", TableRow(header: ["Area", "Count"], cells: ["FGM", "12"])))
        #expect(PassageBuilder.isEmptyOrHeaderRow("—", nil))
    }

    @Test("no results says which filters left the matches out")
    func filtersExplained() throws {
        let result = try Searcher(store: store).search("fgm", options: SearchOptions(filters: Filters(from: "2030-01-01")))
        #expect(result.hits.isEmpty)
        let filtered = try #require(result.filteredOut)
        #expect(filtered.unfiltered >= 10)
        #expect(filtered.line(noun: "passage") == "\(filtered.unfiltered) passages match fgm; none on or after 2030-01-01.")
        let questions = try QuestionSearcher(store: store).search("county lines", options: QuestionOptions(filters: Filters(to: "2000-01-01")))
        #expect(questions.filteredOut?.filters == ["on or before 2000-01-01"])
    }

    @Test("the shipped taxonomy and related words are built into the binary, identical to the files")
    func builtInLists() throws {
        let topics = try String(contentsOf: TestSupport.repoRoot.appendingPathComponent("index/topics.json"), encoding: .utf8)
        let related = try String(contentsOf: TestSupport.repoRoot.appendingPathComponent("index/related.json"), encoding: .utf8)
        #expect(BuiltInData.topicsJSON == topics.trimmingCharacters(in: .newlines), "run scripts/generate-builtin.sh")
        #expect(BuiltInData.relatedJSON == related.trimmingCharacters(in: .newlines), "run scripts/generate-builtin.sh")
        #expect(TaxonomyLocator.builtIn == (try TestSupport.taxonomy()))
        #expect(RelatedTerms.builtIn.related.count > 5)
    }

    @Test("outside a repository: the built-in taxonomy and a per-user index")
    func runsAnywhere() throws {
        let folder = try TemporaryFolder()
        let empty = folder.appending("elsewhere")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let located = try TaxonomyLocator.locate(explicit: nil, indexPath: empty.appendingPathComponent("x.sqlite").path)
        // Found beside the index or in ./index when run in the repository; otherwise the built-in copy.
        if !FileManager.default.fileExists(atPath: "index/topics.json") { #expect(located.url == TaxonomyLocator.builtInURL) }
        #expect(!located.taxonomy.topics.isEmpty)
        #expect(IndexStore.userPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]) == "/data/minutebook/minutebook.sqlite")
        #expect(IndexStore.userPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/minutebook/minutebook.sqlite")
        #expect(
            IndexStore.resolvedDefaultPath(environment: ["HOME": "/home/a"], workingDirectory: empty.path)
                == "/home/a/.local/share/minutebook/minutebook.sqlite")
        #expect(IndexStore.resolvedDefaultPath(environment: [:], workingDirectory: TestSupport.repoRoot.path) == IndexStore.defaultPath)
    }
}

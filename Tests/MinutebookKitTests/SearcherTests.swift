import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// Search over the bundled corpus, built once into a temporary index.
@Suite("Searcher")
final class SearcherTests {
    let searcher: Searcher

    /// The corpus index shared by the test process, read-only.
    init() throws {
        searcher = Searcher(store: try SharedCorpusIndex.openForReading())
    }

    func texts(_ query: String, limit: Int = 10, filters: Filters = Filters(), sort: ResultOrder? = nil) throws -> [String] {
        try searcher.search(query, options: SearchOptions(filters: filters, limit: limit, sort: sort)).hits.map(\.text)
    }

    @Test func stemmedWordsFindInflections() throws {
        #expect(try texts("prosecute").contains { $0.contains("increased prosecutions in relation to rape") })
    }

    @Test func quotedPhrasesAreExact() throws {
        let exact = try texts("\"prosecute\"", limit: 50)
        #expect(!exact.isEmpty)
        #expect(exact.allSatisfy { $0.range(of: #"\bprosecute\b"#, options: [.regularExpression, .caseInsensitive]) != nil })
        #expect(try texts("\"county lines\"").allSatisfy { $0.localizedCaseInsensitiveContains("county lines") })
    }

    /// A quoted phrase that no heading has is ranked and counted in one pass over its candidates: the count is
    /// the one `RankedSearch.count` makes on its own, and the hits are the best of those that pass the check.
    @Test(arguments: ["\"county lines\"", "\"prosecute\"", "\"domestic abuse\" -\"refuge\"", "\"mental health\""])
    func quotedPhraseCountedAsRanked(_ text: String) throws {
        let result = try searcher.search(text, options: SearchOptions(limit: 5, expand: false))
        let store = try SharedCorpusIndex.openForReading()
        let (counted, ranks) = try store.reading { index -> (Int, [Double]) in
            let plan = try #require(MatchPlan.passages(QueryParser.parse(text)))
            let search = RankedSearch(index, plan: plan)
            return (try search.count(), try search.top(limit: 5).rows.map(\.rank))
        }
        #expect(result.total == counted)
        #expect(ranks == ranks.sorted())
        let check = ExactCheck(QueryParser.parse(text))
        #expect(result.hits.allSatisfy { check.accepts([$0.source.title ?? "", $0.section ?? "", $0.text]) })
    }

    @Test func fgmFindsTheAcronymFirstThenTheWords() throws {
        let result = try searcher.search("FGM", options: SearchOptions(limit: 50))
        #expect(result.expandedTopics == ["fgm"])
        let firstExpanded = try #require(result.hits.firstIndex { $0.match == .expanded })
        #expect(
            result.hits[..<firstExpanded].allSatisfy {
                $0.text.contains("FGM") || ($0.section ?? "").contains("FGM") || ($0.source.title ?? "").contains("FGM")
            })
        #expect(result.hits[firstExpanded...].contains { $0.text.contains("female genital mutilation") })
        #expect(result.hits.contains { $0.text.hasPrefix("Level of FGM Crime") })
        #expect(result.hits.contains { $0.text.hasPrefix("Cllr Burke asked for an update on the FGM strategy") })
    }

    @Test func mashFindsMultiAgencySafeguardingHubs() throws {
        let hits = try texts("MASH")
        #expect(hits.contains { $0.contains("nine Multi Agency Safeguarding Hubs") })
        #expect(hits.contains { $0.contains("9 Multi-Agency Safeguarding Hubs") })
    }

    @Test func countyLinesFindsCuckooing() throws {
        #expect(try texts("county lines").contains { $0.contains("cuckooing") })
        let noExpand = try searcher.search("cuckooing", options: SearchOptions(limit: 10, expand: false)).hits
        #expect(noExpand.count == 1)
    }

    @Test func hyphenatedWordsAndExclusions() throws {
        #expect(try texts("multi-agency").contains { $0.contains("Multi-Agency Safeguarding Hubs") })
        let withoutStrategy = try texts("fgm -strategy", limit: 50)
        #expect(!withoutStrategy.isEmpty)
        #expect(withoutStrategy.allSatisfy { !$0.localizedCaseInsensitiveContains("strategy") })
        #expect(try texts("cyber*").contains { $0.contains("cybercrime") })
    }

    @Test func filters() throws {
        let reports = try searcher.search("police", options: SearchOptions(filters: Filters(kind: .report), limit: 50)).hits
        #expect(!reports.isEmpty && reports.allSatisfy { $0.source.kind == .report })
        let dated = try searcher.search("police", options: SearchOptions(filters: Filters(from: "2018-01-01", to: "2018-06-30"), limit: 50)).hits
        #expect(!dated.isEmpty && dated.allSatisfy { $0.source.meetingDate == "2018-02-02" })
        let pcc = try searcher.search("county lines", options: SearchOptions(filters: Filters(speaker: "pcc"))).hits
        #expect(!pcc.isEmpty && pcc.allSatisfy { $0.speakers.contains { $0.role == .pcc } })
        let chief = try searcher.search("", options: SearchOptions(filters: Filters(topics: ["county-lines"], speaker: "chief-constable"), limit: 50)).hits
        #expect(chief.count == 1)
    }

    @Test("an index written with the hyphenated role ids of earlier versions filters and reads the same")
    func earlierRoleSpelling() throws {
        let options = SearchOptions(filters: Filters(speaker: "chief_constable"), limit: 50)
        let before = try searcher.search("police", options: options).hits
        #expect(!before.isEmpty)
        // The shared index is read-only: rewrite a copy of it.
        let folder = try TemporaryFolder()
        let searcher = Searcher(store: try IndexStore.open(at: try SharedCorpusIndex.copy(in: folder.url), create: false))
        try searcher.store.write { db in
            for role in Role.allCases where role.rawValue != role.earlierSpelling {
                try db.execute(sql: "UPDATE passages SET speaker_role = ? WHERE speaker_role = ?", arguments: [role.earlierSpelling, role.rawValue])
                try db.execute(
                    sql: "UPDATE passages SET speakers = replace(speakers, ?, ?)",
                    arguments: ["\n\(role.rawValue)\t", "\n\(role.earlierSpelling)\t"])
            }
        }
        let stored = try searcher.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE speakers LIKE '%chief-constable%'") }
        #expect((stored ?? 0) > 0)
        let after = try searcher.search("police", options: options).hits
        #expect(after.map(\.id) == before.map(\.id))
        #expect(after.map(\.speakers) == before.map(\.speakers))
        #expect(after.map(\.speakerRole) == before.map(\.speakerRole))
        #expect(after.allSatisfy { $0.speakers.contains { $0.role == .chiefConstable } })
    }

    @Test func topicListingIsOldestFirstWithUndatedLast() throws {
        let hits = try searcher.search("", options: SearchOptions(filters: Filters(topics: ["hate-crime"]), limit: 500, sort: .oldest)).hits
        #expect(hits.count > 5)
        #expect(hits.allSatisfy { $0.topics.contains("hate-crime") })
        let dates = hits.map { $0.source.meetingDate ?? "9999" }
        #expect(dates == dates.sorted())
        #expect(hits.last?.source.meetingDate == nil)
    }

    @Test func misspellingsGetSuggestions() throws {
        let result = try searcher.search("cuckoing", options: SearchOptions())
        #expect(result.hits.isEmpty)
        #expect(result.suggestions == ["cuckooing"])
    }

    @Test func rawSyntaxErrorsAreExplained() throws {
        #expect {
            try searcher.search("fgm AND (", options: SearchOptions(raw: true))
        } throws: { error in
            guard case SearchError.badRawSyntax = error else { return false }
            return true
        }
        #expect(try !searcher.search("NEAR(county lines, 3)", options: SearchOptions(raw: true)).hits.isEmpty)
    }

    @Test func byMeetingGroupsInDateOrder() throws {
        let hits = try searcher.search("hate crime", options: SearchOptions(limit: 1000)).hits
        let groups = MeetingGroup.group(hits)
        #expect(groups.map(\.meetingDate) == ["2017-11-17", "2018-02-02", "2018-11-16", nil].filter { date in groups.contains { $0.meetingDate == date } })
        #expect(groups.reduce(0) { $0 + $1.hits } == hits.count)
        // The 2018-02-02 meeting has both the minutes and the report.
        #expect(groups.first { $0.meetingDate == "2018-02-02" }?.documents.count == 2)
    }
}

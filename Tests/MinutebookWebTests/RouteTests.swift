import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookKit
import Testing

@testable import MinutebookWeb

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Every route answers, in every format")
struct RouteTests {
    static let routes: [(uri: String, type: String, contains: String)] = [
        ("/", "text/html", "<h1>Search what the panel was told and asked</h1>"),
        ("/search", "text/html", "<label for=\"q\">"),
        ("/search?q=county+lines", "text/html", "<mark>County</mark>"),
        ("/search?q=county+lines&view=meetings", "text/html", "2018-11-16"),
        ("/search?topic=fgm", "text/html", "Results 1"),
        ("/search.json?q=county+lines", "application/json", "\"meeting_date\""),
        ("/search.csv?q=county+lines", "text/csv", "\"meeting_date\",\"panel\""),
        ("/meetings", "text/html", "<h1>Meetings</h1>"),
        ("/meetings.json", "application/json", "\"documents\""),
        ("/meetings/1", "text/html", "<h1>Meeting of"),
        ("/meetings/1.json", "application/json", "\"items\""),
        ("/documents/1", "text/html", "id=\"passage-"),
        ("/documents/1.json", "application/json", "\"passages\""),
        ("/questions", "text/html", "<h1>Member questions</h1>"),
        ("/questions?status=no_information", "text/html", "the answer gave no information"),
        ("/questions?status=deferred", "text/html", "<h2>No member questions match</h2>"),
        ("/questions.json?topic=fgm", "application/json", "\"asker\""),
        ("/questions.csv", "text/csv", "\"asker\",\"question\""),
        ("/topics", "text/html", "<caption>Topics"),
        ("/topics.json", "application/json", "\"passages\""),
        ("/brief/mash", "text/html", "<h2>At a glance</h2>"),
        ("/brief/mash.json", "application/json", "\"timeline\""),
        ("/asked", "text/html", "<label for=\"draft\">"),
        ("/asked?draft=What+is+being+done+about+cuckooing%3F", "text/html", "Closest past questions"),
        ("/asked.json?draft=county+lines+funding", "application/json", "\"similarity\""),
        ("/feeds/topic/county-lines.atom?since=2018-01-01", "application/atom+xml", "<entry>"),
        ("/feeds/search.atom?q=fgm", "application/atom+xml", "<entry>"),
    ]

    @Test("each route", arguments: routes.map(\.uri))
    func route(_ uri: String) async throws {
        let expected = Self.routes.first { $0.uri == uri }!
        let response = try await WebFixture.get(uri)
        #expect(response.status == .ok, "\(uri): \(response.body.prefix(200))")
        #expect(response.type.hasPrefix(expected.type), "\(uri): \(response.type)")
        #expect(response.body.contains(expected.contains), "\(uri) lacks \(expected.contains)")
    }

    @Test func jsonIsTheCommandLinesJSON() async throws {
        let store = try WebFixture.store()
        // `minutebook search --json --limit 10 county lines` prints these hits, so encoded.
        let cli = try JSONText.encode(try Searcher(store: store).search("county lines", options: SearchOptions(limit: 10)).hits)
        #expect(try await WebFixture.get("/search.json?q=county+lines").body == cli)
        #expect(try await WebFixture.get("/search?q=county+lines", headers: [.accept: "application/json"]).body == cli)
        let questions = try QuestionSearcher(store: store).search("", options: QuestionOptions(filters: Filters(topics: ["fgm"])))
        #expect(try await WebFixture.get("/questions.json?topic=fgm").body == JSONText.encode(questions.hits))
        let brief = try BriefBuilder(store: store).brief("mash", from: nil, to: nil)
        #expect(try await WebFixture.get("/brief/mash.json").body == JSONText.encode(brief))
        #expect(try await WebFixture.get("/topics.json").body == JSONText.encode(store.topicCounts()))
    }

    @Test func searchHasFacetsLinksPagingAndDidYouMean() async throws {
        let page = try await WebFixture.get("/search?q=county+lines&per=2").body
        #expect(page.contains("<h2 id=\"facets-heading\">Narrow down</h2>"))
        #expect(page.contains("<h3>Topic</h3>") && page.contains("<h3>Speaker</h3>") && page.contains("<h3>Year</h3>"))
        #expect(page.contains("<span class=\"count\">(4)</span>"))
        #expect(page.contains(#"rel="next""#) && !page.contains(#"rel="prev""#))
        let link = try #require(page.firstMatch(of: /href="(\/documents\/\d+\?passage=(\d+)#passage-\d+)"/))
        let document = try await WebFixture.get(String(link.output.1).replacingOccurrences(of: "&amp;", with: "&"))
        #expect(document.status == .ok)
        #expect(document.body.contains(#"<div class="passage linked" id="passage-\#(link.output.2)""#))
        let second = try await WebFixture.get("/search?q=county+lines&per=2&page=2").body
        #expect(second.contains("Results 3–4") && second.contains(#"rel="prev""#))
        let misspelt = try await WebFixture.get("/search?q=safegarding").body
        #expect(misspelt.contains("Did you mean"), "no suggestion for a misspelling")
        let narrowed = try await WebFixture.get("/search?q=county+lines&speaker=PCC").body
        #expect(narrowed.contains("speaker: PCC ✕"))
    }

    @Test func questionsFilterByStatusAndRespondent() async throws {
        let gaps = try JSONDecoder().decode([Row].self, from: Data(try await WebFixture.get("/questions.json?status=no-information").body.utf8))
        #expect(!gaps.isEmpty && gaps.allSatisfy { $0.status == "no_information" })
        let deferred = try JSONDecoder().decode([Row].self, from: Data(try await WebFixture.get("/questions.json?status=deferred").body.utf8))
        #expect(deferred.allSatisfy { $0.status == "deferred" })
        let byPCC = try JSONDecoder().decode([Row].self, from: Data(try await WebFixture.get("/questions.json?respondent=pcc").body.utf8))
        #expect(!byPCC.isEmpty && byPCC.allSatisfy { $0.respondentRole == "pcc" })
        let dated = try JSONDecoder().decode([Row].self, from: Data(try await WebFixture.get("/questions.json?from=2019-01-01").body.utf8))
        #expect(dated.allSatisfy { ($0.meetingDate ?? "9999") >= "2019-01-01" })
    }

    struct Row: Decodable {
        var status: String
        var respondentRole: String?
        var meetingDate: String?
        enum CodingKeys: String, CodingKey { case status, respondentRole = "respondent_role", meetingDate = "meeting_date" }
    }

    @Test func documentShowsItsSourceAndMeetingListsItems() async throws {
        let ids = try WebFixture.site.get().reader().documentIDs()
        let id = try #require(ids.first { $0.key.hasSuffix("002_7d5ea2c59216397a.txt") }?.value)
        let page = try await WebFixture.get("/documents/\(id)").body
        #expect(page.contains("source: <a href=\"https://example.org/a?b=&quot;&gt;&lt;script&gt;"))
        #expect(page.contains("<h2 id=\"item-1\">"))
        let meeting = try await WebFixture.get("/meetings/\(id)").body
        #expect(meeting.contains("Meeting of 2018-11-16"))
    }

    @Test func briefPrintsAsANote() async throws {
        let page = try await WebFixture.get("/brief/county-lines").body
        #expect(page.contains("@media print"))
        #expect(page.contains("<h2>Timeline</h2>") && page.contains("<h2>Questions asked and answers given</h2>"))
        #expect(page.contains("class=\"cite\""))
    }

    @Test func csvAndAtomAreWellFormed() async throws {
        let csv = try await WebFixture.get("/search.csv?q=county+lines").body
        let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)
        #expect(CSV.row(["=cmd()", "a\"b"]) == "\"'=cmd()\",\"a\"\"b\"\r\n")
        let atom = try await WebFixture.get("/feeds/topic/county-lines.atom").body
        let parser = XMLParser(data: Data(atom.utf8))
        #expect(parser.parse(), "the feed is not well-formed XML")
        let later = try await WebFixture.get("/feeds/topic/county-lines.atom?since=2030-01-01").body
        #expect(!later.contains("<entry>"))
    }
}

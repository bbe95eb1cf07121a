import Foundation
import Testing

@Suite("topics: counts and re-tagging")
struct TopicsCommandTests {
    static let expectedIDs = [
        "cybercrime", "county-lines", "fgm", "mash", "hate-crime", "domestic-abuse", "modern-slavery",
        "road-safety", "mental-health", "honour-based-abuse", "child-sexual-exploitation",
    ]

    @Test("topics --json lists the taxonomy's topics with counts")
    func topicList() throws {
        try withIndexedWorkspace { ws in
            let topics = try ws.topicCounts()
            let ids = topics.map(\.id)
            for id in Self.expectedIDs { #expect(ids.contains(id), "missing topic \(id) in \(ids)") }
            #expect(Set(ids).count == ids.count, "ids are unique")
            // Every listed topic is discussed somewhere in these five documents.
            for id in Self.expectedIDs {
                let topic = try #require(topics.first { $0.id == id })
                #expect(topic.passages > 0, "\(id) has no passages")
                #expect(topic.meetings >= 1 && topic.meetings <= 4, "\(id): \(topic.meetings) meetings (there are 3 dated meetings and 1 undated document)")
            }
            let text = try ws.run("topics")
            #expect(text.status == 0)
            #expect(text.stdoutLines.count == topics.count + 1, "a header line and one line per topic\n\(text)")
        }
    }

    @Test("fgm's passage count is the number of FGM-tagged passages search can find, each of which mentions FGM")
    func fgmCountMatchesSearch() throws {
        try withIndexedWorkspace { ws in
            let fgm = try #require(try ws.topicCounts().first { $0.id == "fgm" })
            let hits = try ws.searchHits("fgm", "--limit", "100")
            #expect(hits.count < 100, "the limit is high enough to see them all")
            let tagged = hits.filter { $0.topics.contains("fgm") }
            #expect(fgm.passages == tagged.count, "topics says \(fgm.passages), search finds \(tagged.count) tagged: \(locations(tagged))")
            let mentions = { (s: String) in s.lowercased().contains("fgm") || s.lowercased().contains("genital mutilation") }
            // A tagged passage mentions FGM in its text (a table row, or a point in a report, may carry it in its heading).
            for hit in tagged {
                #expect(
                    mentions(hit.text) || ((hit.passageKind == "table-row" || hit.kind == "report") && mentions(hit.section ?? "")),
                    "\(hit.document):\(hit.line)")
            }
            // And a passage whose own text mentions FGM is tagged.
            for hit in hits where mentions(hit.text) {
                #expect(hit.topics.contains("fgm"), "\(hit.document):\(hit.line) mentions FGM but is not tagged")
            }
            // The same set comes from the topic listing.
            let listed = try ws.searchHits("--topic", "fgm", "--limit", "500")
            #expect(Set(listed.map { "\($0.document):\($0.line)" }) == Set(tagged.map { "\($0.document):\($0.line)" }))
        }
    }

    @Test("editing topics.json and re-running ingest re-tags without re-reading documents")
    func retagOnTaxonomyChange() throws {
        // Its own ingest: the index records where the files are, and this test ingests them again.
        let ws = try Workspace()
        try ws.ingestOK()
        ws.inProcess = true
        let before = try #require(try ws.topicCounts().first { $0.id == "child-sexual-exploitation" })
        // 001: "Cllr Mann asked what the PCC was doing about revenge porn." — not yet a CSE term.
        let revenge = try ws.searchHits("\"revenge porn\"", "--limit", "100")
        #expect(revenge.count >= 1)
        let newlyTagged = revenge.filter { !$0.topics.contains("child-sexual-exploitation") }
        #expect(!newlyTagged.isEmpty)

        let data = try ws.read("index/topics.json")
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var topics = try #require(json["topics"] as? [[String: Any]])
        let index = try #require(topics.firstIndex { $0["id"] as? String == "child-sexual-exploitation" })
        topics[index]["terms"] = (topics[index]["terms"] as? [String] ?? []) + ["revenge porn"]
        json["topics"] = topics
        try ws.write("index/topics.json", try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]))

        let ingest = try ws.ingestOK()
        #expect(ingest.stdoutLines.first?.hasPrefix("0 indexed, 5 unchanged, 0 removed, 0 failed") == true, "no document changed\n\(ingest)")
        #expect(ingest.stderr.contains("topics changed: re-tagged"), "\(ingest)")

        let after = try #require(try ws.topicCounts().first { $0.id == "child-sexual-exploitation" })
        #expect(after.passages == before.passages + newlyTagged.count)
        #expect(after.terms.contains("revenge porn"), "the index stores the taxonomy in force")
        let retagged = try ws.searchHits("\"revenge porn\"", "--limit", "100")
        #expect(retagged.allSatisfy { $0.topics.contains("child-sexual-exploitation") })

        // Unchanged taxonomy: nothing re-tagged the next time.
        let again = try JSONOut.decode(IngestJSON.self, try ws.run("ingest", "--json"))
        #expect(again.retagged == 0 && again.unchanged == 5)
    }
}

import Foundation
import GRDB
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// Item titles and section headings are stored and indexed once (`titles_fts` over items, `headings_fts` over
/// `heading_rows`; the view `headings` puts them together), and still find and lift the passages under them.
@Suite("Headings indexed once", .serialized)
final class HeadingsIndexTests {
    let folder: URL
    let store: IndexStore
    let searcher: Searcher

    init() throws {
        folder = try TestSupport.temporaryFolder()
        let (store, report) = try TestSupport.index(in: folder)
        #expect(report.failed.isEmpty)
        self.store = store
        searcher = Searcher(store: store)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test("one heading row per run of passages under one heading, every passage pointing at its own, runs of consecutive ids")
    func oneRowPerHeading() throws {
        let (repeated, orphans, wrongItem, headings, passages) = try store.read { db in
            (
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (SELECT heading_id FROM passages p GROUP BY heading_id
                            HAVING max(id) - min(id) + 1 != count(*)
                                OR min(id) IS NOT (SELECT first_passage_id FROM headings WHERE id = p.heading_id)
                                OR max(id) IS NOT (SELECT last_passage_id FROM headings WHERE id = p.heading_id))
                        """) ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE heading_id IS NULL OR heading_id NOT IN (SELECT id FROM headings)") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages p JOIN headings h ON h.id = p.heading_id WHERE h.item_id != p.item_id") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM headings") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM passages") ?? 0
            )
        }
        #expect(repeated == 0 && orphans == 0 && wrongItem == 0)
        #expect(headings > 0 && headings < passages)
        // The passages' own full-text table holds their text only.
        let columns = try store.read { db in try db.columns(in: "passages_fts").map(\.name) }
        #expect(columns == ["text"])
    }

    @Test("a word only in an item's title finds the passages under it")
    func titleWordsFindPassages() throws {
        let hits = try searcher.search("\"early intervention\"", options: SearchOptions(limit: 50)).hits
        #expect(hits.contains { $0.text.contains("clear policy for sexting") })
    }

    @Test("one word in the title and another in the text still find the passage")
    func wordsSplitBetweenHeadingAndText() throws {
        let hits = try searcher.search("intervention sexting", options: SearchOptions(limit: 10)).hits
        #expect(hits.first?.text.contains("sexting") == true && hits.first?.match == .exact)
        // Passages with only some of the words follow as partial matches.
        #expect(hits.filter { $0.match == .exact }.allSatisfy { $0.text.localizedCaseInsensitiveContains("sexting") })
    }

    @Test("a word left out is looked for in the passage's own text, not its heading")
    func exclusionLooksAtTheTextOnly() throws {
        let hits = try searcher.search("sexting -intervention", options: SearchOptions(limit: 10)).hits
        #expect(hits.contains { $0.text.contains("sexting") })
        let excluded = try searcher.search("sexting -culverhouse", options: SearchOptions(limit: 10)).hits
        #expect(!excluded.contains { $0.text.contains("Culverhouse") })
    }

    @Test("a heading match lifts the passages under it above the same words in text alone")
    func headingMatchesRankFirst() throws {
        let hits = try searcher.search("hate crime", options: SearchOptions(limit: 5)).hits
        #expect(!hits.isEmpty)
        let headed = try #require(hits.first)
        #expect(
            (headed.source.title ?? "").localizedCaseInsensitiveContains("hate crime") || (headed.section ?? "").localizedCaseInsensitiveContains("hate crime")
                || headed.text.localizedCaseInsensitiveContains("hate crime"))
    }

    @Test(
        "the one-pass ranking gives the same rows, scores and totals as the SQL that groups every candidate",
        arguments: [
            "police", "county lines", "hate crime", "intervention sexting", "sexting -intervention", "crime -police", "\"early intervention\"",
            "budget OR precept", "safeguard*", "strategic", "police and crime plan", "fgm",
        ])
    func onePassRankingAgreesWithSQL(query: String) throws {
        let plan = try #require(MatchPlan.passages(QueryParser.parse(query)))
        let (fast, slow, fastCount, slowCount) = try store.reading { index in
            let fast = RankedSearch(index, plan: plan)
            // A condition that is always true sends the plan down the SQL path (the one-pass ranking takes no filters but topics).
            var slow = fast
            slow.filters.conditions = ["1"]
            return (try fast.top(limit: 40).rows, try slow.top(limit: 40).rows, try fast.count(), try slow.count())
        }
        #expect(!fast.isEmpty)
        #expect(fast.map(\.id) == slow.map(\.id))
        #expect(zip(fast, slow).allSatisfy { abs($0.rank - $1.rank) < 1e-9 })
        #expect(fastCount == slowCount)
    }

    @Test("a topic filter gives the same rows through the one-pass ranking as through SQL")
    func topicFilterAgrees() throws {
        let plan = try #require(MatchPlan.passages(QueryParser.parse("police")))
        let (fast, slow) = try store.reading { index in
            let fast = RankedSearch(index, plan: plan, filters: .passages(Filters(topics: ["hate-crime"])))
            var joined = fast
            joined.filters.conditions.append("1")
            return (try fast.top(limit: 20).rows, try joined.top(limit: 20).rows)
        }
        #expect(!fast.isEmpty)
        #expect(fast.map(\.id) == slow.map(\.id))
    }

    @Test("check covers the titles' and the headings' full-text tables")
    func integrityCheckCoversHeadings() throws {
        let report = try store.checkIntegrity()
        #expect(report.ok)
        #expect(report.checks.contains { $0.name == "fts5 integrity-check headings_fts" && $0.ok })
        #expect(report.checks.contains { $0.name == "fts5 integrity-check titles_fts" && $0.ok })
    }

    @Test("each item's title is indexed once, each section heading once, and an item's passages are the run of ids it keeps")
    func titlesIndexedOnce() throws {
        let (titleRows, items, headingRows, headings, outside, columns) = try store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM titles_fts_docsize") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM items") ?? -2,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM headings_fts_docsize") ?? -1,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM heading_rows") ?? -2,
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM passages p JOIN items i ON i.id = p.item_id
                        WHERE NOT (p.id BETWEEN i.first_passage_id AND i.last_passage_id)
                        """) ?? -1,
                try db.columns(in: "headings_fts").map(\.name)
            )
        }
        #expect(titleRows == items && headingRows == headings)
        #expect(outside == 0)
        #expect(columns == ["section"])
        // The items whose title says "Early Intervention" have several headings each; each title is one row.
        let (titleMatches, itemsSaying, theirHeadings) = try store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM titles_fts WHERE titles_fts MATCH '\"early intervention\"'") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM items WHERE title LIKE '%early intervention%'") ?? -1,
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM heading_rows WHERE item_id IN (SELECT id FROM items WHERE title LIKE '%early intervention%')") ?? 0
            )
        }
        #expect(titleMatches == itemsSaying && titleMatches > 0)
        #expect(theirHeadings > titleMatches)
    }

    @Test("a title's run and its sections' runs are cut where they meet: a section inside a matching title scores both")
    func titleAndSectionRuns() {
        typealias M = HeadingMatches.Match
        let titles = [M(lo: 10, hi: 20, score: -2, meets: [0]), M(lo: 40, hi: 45, score: -1, meets: [1])]
        let sections = [
            M(lo: 5, hi: 8, score: -0.5, meets: [1]), M(lo: 12, hi: 13, score: -1, meets: [1]), M(lo: 18, hi: 20, score: -0.25, meets: [0]),
            M(lo: 30, hi: 31, score: -3, meets: [0, 1]),
        ]
        let runs = HeadingMatches.runs(titles: titles, sections: sections, clauses: 2)
        #expect(runs.map { [$0.lo, $0.hi] } == [[5, 8], [10, 11], [12, 13], [14, 17], [18, 20], [30, 31], [40, 45]])
        #expect(runs.map(\.score) == [-0.5, -2, -3, -2, -2.25, -3, -1])
        #expect(runs.map(\.missing) == [[0], [1], [], [1], [1], [], [0]])
    }

    @Test(
        "check finds passages whose heading, item or document is gone, or outside their heading's or item's run (passages have no foreign keys)",
        arguments: [
            "DELETE FROM heading_rows WHERE id = (SELECT min(id) FROM heading_rows)",
            "UPDATE heading_rows SET last_passage_id = first_passage_id - 1 WHERE id = (SELECT max(id) FROM heading_rows)",
            "UPDATE passages SET item_id = 999999 WHERE id = (SELECT max(id) FROM passages)",
            "UPDATE passages SET document_id = 999999 WHERE id = (SELECT min(id) FROM passages)",
            "UPDATE items SET last_passage_id = first_passage_id WHERE id = (SELECT item_id FROM passages GROUP BY item_id HAVING count(*) > 1 LIMIT 1)",
        ])
    func integrityCheckCoversPassages(damage: String) throws {
        let copyFolder = try TemporaryFolder()
        let store = try IndexStore.open(at: try SharedCorpusIndex.copy(in: copyFolder.url), create: false)
        try store.write { db in try db.execute(sql: damage) }
        let check = try #require(try store.checkIntegrity().checks.first { $0.name == "foreign keys" })
        #expect(!check.ok && check.detail.contains("point at missing rows"), "\(check)")
    }
}

@Suite("Index schema v3-headings")
struct HeadingsMigrationTests {
    @Test("an index built before headings were stored once is migrated in place: headings split out, both full-text tables rebuilt")
    func migratesAVersionTwoIndex() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try IndexSchema.migrator.migrate(queue, upTo: "v2-formats")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO documents (id, path, file_name, content_hash, byte_size, encoding, kind, metadata_source, ingested_at)
                            VALUES (1, '/x/a.txt', 'a.txt', 'h', 1, 'utf-8', 'minutes', 'text', 'now');
                        INSERT INTO items (id, document_id, position, number, title) VALUES (1, 1, 0, '7', 'Rural crime update');
                        INSERT INTO passages (id, document_id, item_id, position, kind, line, title, section, text, speakers, topics)
                            VALUES (1, 1, 1, 0, 'paragraph', 3, 'Rural crime update', NULL, 'The Panel noted the report.', '', ''),
                                   (2, 1, 1, 1, 'paragraph', 5, 'Rural crime update', 'Farm thefts', 'Quad bikes were stolen.', '', ''),
                                   (3, 1, 1, 2, 'paragraph', 6, 'Rural crime update', 'Farm thefts', 'Tractors were marked.', '', '');
                        INSERT INTO passages_fts (rowid, title, section, text) SELECT id, title, section, text FROM passages;
                        """)
            }
            try queue.close()
        }
        let store = try IndexStore.open(at: path, create: false)
        let headings = try store.read { db in try Row.fetchAll(db, sql: "SELECT item_id, title, section FROM headings ORDER BY id") }
        #expect(headings.map { $0["section"] as String? } == [nil, "Farm thefts"])
        let runs = try store.read { db in try Row.fetchAll(db, sql: "SELECT first_passage_id, last_passage_id FROM headings ORDER BY id") }
        #expect(runs.map { [$0[0] as Int64, $0[1] as Int64] } == [[1, 1], [2, 3]])
        #expect(headings.allSatisfy { $0["title"] as String? == "Rural crime update" })
        let searcher = Searcher(store: store)
        #expect(try searcher.search("farm", options: SearchOptions(expand: false)).hits.map(\.id).sorted() == [2, 3])
        #expect(try searcher.search("rural tractors", options: SearchOptions(expand: false)).hits.filter { $0.match == .exact }.map(\.id) == [3])
        #expect(try searcher.search("quad", options: SearchOptions(expand: false)).hits.first?.section == "Farm thefts")
        #expect(try store.checkIntegrity().ok)
    }
}

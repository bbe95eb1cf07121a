import Foundation
import GRDB

extension IndexReader {
    /// What the passages with these ids carry, for the web pages' facets (`Searcher.facets`): each one's topics,
    /// speakers' names, panel, meeting date and document kind, in no particular order.
    func facetValues(
        ids: [Int64], _ body: (_ topics: [String], _ speakers: [String], _ panel: String?, _ date: String?, _ kind: String) throws -> Void
    ) throws {
        // The passages first, then each of their documents once (500 passages come from a few dozen documents).
        var passages: [(document: Int64, topics: String, speakers: String)] = []
        passages.reserveCapacity(ids.count)
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT p.document_id, p.topics, \(PassageRecord.speakersSQL("p")) FROM passages p WHERE p.id IN (SELECT value FROM json_each(?))
                    """), arguments: [Self.idList(ids)])
        while let row = try rows.next() { passages.append((row[0], row[1], row[2])) }
        var documents: [Int64: (panel: String?, date: String?, kind: String)] = [:]
        let documentRows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT id, body, meeting_date, kind FROM documents WHERE id IN (SELECT value FROM json_each(?))"),
            arguments: [Self.idList(Set(passages.map(\.document)))])
        while let row = try documentRows.next() { documents[row[0]] = (row[1], row[2], row[3]) }
        for passage in passages {
            guard let document = documents[passage.document] else { continue }
            try body(
                passage.topics.split(separator: " ").map(String.init), Speaker.fromStored(passage.speakers).map(\.name), document.panel, document.date,
                document.kind)
        }
    }
}

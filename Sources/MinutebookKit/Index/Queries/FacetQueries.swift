import Foundation
import GRDB

extension IndexReader {
    /// What the passages with these ids carry, for the web pages' facets (`Searcher.facets`): each one's topics,
    /// speakers' names, panel, meeting date and document kind, in no particular order.
    func facetValues(
        ids: [Int64], _ body: (_ topics: [String], _ speakers: [String], _ panel: String?, _ date: String?, _ kind: String) throws -> Void
    ) throws {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT p.topics, \(PassageRecord.speakersSQL("p")), d.body, d.meeting_date, d.kind FROM passages p JOIN documents d ON d.id = p.document_id
                    WHERE p.id IN (SELECT value FROM json_each(?))
                    """), arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        while let row = try rows.next() {
            try body((row[0] as String).split(separator: " ").map(String.init), Speaker.fromStored(row[1]).map(\.name), row[2], row[3], row[4])
        }
    }
}

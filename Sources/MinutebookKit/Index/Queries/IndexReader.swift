import Foundation
import GRDB

/// One read of the index, for everything a search asks of it: the queries are methods named for what they find
/// (`RankedSearch` and the other files of `Index/Queries/`), and they answer with plain values (ids and scores,
/// rows as structs). `Search/` understands queries and assembles results; it never sees SQL or a GRDB `Database`.
struct IndexReader {
    let db: Database
}

extension IndexStore {
    /// Runs `body` in one read transaction: a consistent view of the index, bounded by `queryTimeLimit`.
    func reading<T>(_ body: (IndexReader) throws -> T) throws -> T {
        try read { db in try body(IndexReader(db: db)) }
    }
}

extension IndexReader {
    /// Row ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one cached statement whatever the count.
    static func idList<S: Sequence<Int64>>(_ ids: S) -> String {
        "[" + ids.map { String($0) }.joined(separator: ",") + "]"
    }

    /// Where a hit comes from, named for `source(_:line:page:)`: part of the passage and question selects.
    static let sourceColumns = """
        d.file_name AS \(SourceColumns.document.rawValue), d.path AS \(SourceColumns.path.rawValue), d.meeting_date AS \(SourceColumns.meetingDate.rawValue),
        d.body AS \(SourceColumns.body.rawValue), d.kind AS \(SourceColumns.kind.rawValue), i.number AS \(SourceColumns.item.rawValue),
        i.title AS \(SourceColumns.title.rawValue), d.source_url AS \(SourceColumns.documentURL.rawValue)
        """

    /// The names `sourceColumns` gives its columns.
    enum SourceColumns: String, ColumnExpression {
        case document = "document_file_name", path = "document_path", meetingDate = "document_meeting_date", body = "document_body"
        case kind = "document_kind", item = "item_number", title = "item_title", documentURL = "document_source_url"
    }

    /// The `sourceColumns` of `row`.
    static func source(_ row: Row, line: Int, page: Int?) -> SourceRef {
        SourceRef(
            document: row[SourceColumns.document], path: CorpusWalker.display(path: row[SourceColumns.path]),
            meetingDate: row[SourceColumns.meetingDate], body: row[SourceColumns.body], item: row[SourceColumns.item],
            title: row[SourceColumns.title], kind: row[SourceColumns.kind], line: line, page: page, documentURL: row[SourceColumns.documentURL])
    }
}

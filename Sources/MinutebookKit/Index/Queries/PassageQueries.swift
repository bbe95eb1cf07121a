import Foundation
import GRDB

/// A passage as a search shows it: its own columns, the section heading it sits under, and where it comes from.
struct PassageRow {
    var id: Int64
    var kind: Passage.Kind
    var section: String?
    var text: String
    var speaker: String?
    var speakerRole: Role?
    var speakers: [Speaker]
    var topics: [String]
    var table: TableRow?
    /// The document, item, line and page.
    var source: SourceRef
}

extension IndexReader {
    private typealias PassageColumns = PassageRecord.Columns

    /// A passage with its heading's section and its source, read by name (`PassageColumns`, `SourceColumns`).
    private static let passageColumns = """
        p.id, p.kind, p.line, h.section, p.text, p.speaker, p.speaker_role, \(PassageRecord.speakersSQL("p")) AS speakers, p.topics, p.table_json, p.page,
        \(sourceColumns)
        """

    /// Passages with their document, item and heading, for `passageColumns`.
    private static let passagesJoined =
        "passages p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id LEFT JOIN headings h ON h.id = p.heading_id"

    /// The passages with these ids, by id.
    func passages(ids: [Int64]) throws -> [Int64: PassageRow] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.passageColumns) FROM \(Self.passagesJoined)
                    WHERE p.id IN (SELECT value FROM json_each(?))
                    """), arguments: [Self.idList(ids)])
        var byID: [Int64: PassageRow] = [:]
        byID.reserveCapacity(ids.count)
        while let row = try rows.next() {
            let passage = try Self.passage(row)
            byID[passage.id] = passage
        }
        return byID
    }

    /// Every passage the filters let through, by meeting date (oldest first, or newest), then document and place.
    func listedPassages(filters: FilterSQL, newest: Bool, limit: Int) throws -> [PassageRow] {
        let direction = newest ? "DESC" : ""
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.passageColumns) FROM \(Self.passagesJoined)
                WHERE 1\(filters.whereClause)
                ORDER BY d.meeting_date IS NULL, d.meeting_date \(direction), d.file_name, p.item_id, p.position LIMIT \(limit)
                """, arguments: StatementArguments(filters.arguments.map { $0.databaseValue }))
        return try rows.map(Self.passage)
    }

    /// `--raw`: FTS5 syntax as typed, checked by SQLite against the passages' table before it runs.
    func rawPassagePattern(_ text: String) throws -> String {
        do {
            return try db.makeFTS5Pattern(rawPattern: text, forTable: MatchPlan.Target.passages.table).rawPattern
        } catch let error as DatabaseError {
            throw SearchError.badRawSyntax(error.message ?? "syntax error")
        }
    }

    /// A passage row; a damaged one (an unknown kind or role, a NULL where a value must be) throws `RowDecodingError`,
    /// which `IndexStore.read` reports as damage, as `QuestionHit.init(row:match:)` does.
    private static func passage(_ row: Row) throws -> PassageRow {
        PassageRow(
            id: try row.decode(forColumn: PassageColumns.id), kind: try row.decode(forColumn: PassageColumns.kind),
            section: try row.decode(forColumn: HeadingRecord.Columns.section), text: try row.decode(forColumn: PassageColumns.text),
            speaker: try row.decode(forColumn: PassageColumns.speaker), speakerRole: try row.decode(forColumn: PassageColumns.speakerRole),
            speakers: Speaker.fromStored(try row.decode(forColumn: PassageColumns.speakers)),
            topics: (try row.decode(String.self, forColumn: PassageColumns.topics)).split(separator: " ").map(String.init),
            table: (try row.decode(String?.self, forColumn: PassageColumns.tableJSON)).flatMap {
                try? JSONDecoder().decode(TableRow.self, from: Data($0.utf8))
            },
            source: source(row, line: try row.decode(forColumn: PassageColumns.line), page: try row.decode(forColumn: PassageColumns.page)))
    }
}

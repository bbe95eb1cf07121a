import Foundation
import GRDB

extension IndexReader {
    /// Read by name (`QuestionRecord.Columns`, `SourceColumns`) in `QuestionHit.init(row:)`.
    private static let questionColumns = """
        q.id, q.line, q.asker, q.question, q.respondent, q.respondent_role, q.answer, q.status, q.topics, q.page, \(sourceColumns)
        """

    /// The questions with these ids, by id (scored 0, to be set by the caller).
    func questions(ids: [Int64], match: Match) throws -> [Int64: QuestionHit] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT \(Self.questionColumns) FROM questions q JOIN documents d ON d.id = q.document_id JOIN items i ON i.id = q.item_id
                    WHERE q.id IN (SELECT value FROM json_each(?))
                    """), arguments: [Self.idList(ids)])
        var byID: [Int64: QuestionHit] = [:]
        while let row = try rows.next() {
            let hit = try QuestionHit(row: row, match: match)
            byID[hit.id] = hit
        }
        return byID
    }

    /// Every question the filters let through, by meeting date (oldest first, or newest), then document and place.
    func listedQuestions(filters: FilterSQL, newest: Bool, limit: Int) throws -> [QuestionHit] {
        let direction = newest ? "DESC" : ""
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.questionColumns) FROM questions q JOIN documents d ON d.id = q.document_id JOIN items i ON i.id = q.item_id
                WHERE 1\(filters.whereClause)
                ORDER BY d.meeting_date IS NULL, d.meeting_date \(direction), d.file_name, i.position, q.position LIMIT \(limit)
                """, arguments: StatementArguments(filters.arguments.map(\.databaseValue)))
        return try rows.map { try QuestionHit(row: $0, match: .list) }
    }
}

extension QuestionHit {
    /// A row of `IndexReader.questionColumns`, read by name; its score 0. A value no sound index holds (an unknown
    /// role or status, a NULL) throws `RowDecodingError`, which `IndexStore.read` reports as damage.
    init(row: Row, match: Match) throws {
        typealias Column = QuestionRecord.Columns
        self.init(
            id: try row.decode(forColumn: Column.id),
            source: IndexReader.source(row, line: try row.decode(forColumn: Column.line), page: try row.decode(forColumn: Column.page)),
            asker: try row.decode(forColumn: Column.asker), question: try row.decode(forColumn: Column.question),
            respondent: try row.decode(forColumn: Column.respondent), respondentRole: try row.decode(forColumn: Column.respondentRole),
            answer: try row.decode(forColumn: Column.answer), status: try row.decode(forColumn: Column.status),
            topics: (try row.decode(String.self, forColumn: Column.topics)).split(separator: " ").map(String.init), score: 0, match: match)
    }
}

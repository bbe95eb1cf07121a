import Foundation
import GRDB

/// SQL conditions for `Filters`, over aliases `d` (documents) and the row's own table alias.
struct FilterSQL {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []
    /// When topics are the only filter: the query for the ids they let through (a ranking that works in Swift
    /// checks its rows against them instead of joining).
    var topicsOnly: (sql: String, arguments: [any DatabaseValueConvertible])? { conditions.count == 1 ? topicIDs : nil }
    private var topicIDs: (sql: String, arguments: [any DatabaseValueConvertible])?

    /// No filters.
    init() {}

    /// Nothing is filtered out.
    var isEmpty: Bool { conditions.isEmpty }

    /// The filters of a passage search (`p`).
    static func passages(_ filters: Filters) -> FilterSQL {
        FilterSQL(
            filters, row: "p", topicTable: "passage_topics", topicColumn: "passage_id", speakerRole: "p.speaker_role",
            speakerText: PassageRecord.speakersSQL("p"))
    }

    /// The filters of a question search (`q`): the shared ones (a speaker filter does not apply), the respondent's
    /// role, the asker and the answer's status.
    static func questions(_ options: QuestionOptions) -> FilterSQL {
        var filters = FilterSQL(options.filters, row: "q", topicTable: "question_topics", topicColumn: "question_id", speakerRole: nil, speakerText: nil)
        if let role = options.respondentRole {
            filters.conditions.append("q.respondent_role = ?")
            filters.arguments.append(role.rawValue)
        }
        if let asker = options.asker {
            filters.conditions.append("q.asker LIKE ? ESCAPE '\\'")
            filters.arguments.append(FilterSQL.containing(asker))
        }
        if !options.statuses.isEmpty {
            filters.conditions.append("q.status IN (\(Array(repeating: "?", count: options.statuses.count).joined(separator: ",")))")
            filters.arguments += options.statuses.map(\.rawValue)
        }
        return filters
    }

    /// - Parameters:
    ///   - row: the alias of the passages or questions table.
    ///   - topicTable / topicColumn: where the row's topics live (`passage_topics`, `passage_id`).
    ///   - speakerRole / speakerText: the primary speaker's role column and the stored speakers column, or nil to skip.
    init(_ filters: Filters, row: String, topicTable: String, topicColumn: String, speakerRole: String?, speakerText: String?) {
        if !filters.topics.isEmpty {
            let ids = "SELECT \(topicColumn) FROM \(topicTable) WHERE topic IN (\(Array(repeating: "?", count: filters.topics.count).joined(separator: ",")))"
            conditions.append("\(row).id IN (\(ids))")
            arguments += filters.topics
            topicIDs = (ids, filters.topics)
        }
        if let from = filters.from { conditions.append("d.meeting_date >= ?"); arguments.append(from) }
        if let to = filters.to { conditions.append("d.meeting_date <= ?"); arguments.append(to) }
        if let kind = filters.kind { conditions.append("d.kind = ?"); arguments.append(kind.rawValue) }
        if let body = filters.body { conditions.append("d.body LIKE ? ESCAPE '\\'"); arguments.append(Self.containing(body)) }
        if let speaker = filters.speaker, let speakerRole, let speakerText {
            if let role = Filters.role(speaker) {
                // An index written before 0.14 spells roles with hyphens ("deputy-pcc"): either spelling matches.
                conditions.append("(\(speakerRole) IN (?, ?) OR \(speakerText) LIKE ? ESCAPE '\\' OR \(speakerText) LIKE ? ESCAPE '\\')")
                arguments += [
                    role.rawValue, role.earlierSpelling,
                    "%\n" + Self.escapeLike(role.rawValue) + "\t%", "%\n" + Self.escapeLike(role.earlierSpelling) + "\t%",
                ]
            } else {
                conditions.append("\(Self.speakerNames(speakerText)) LIKE ? ESCAPE '\\'")
                arguments.append(Self.containing(speaker))
            }
        }
    }

    /// The stored speakers ("\nrole\tname" each) with the role ids taken out, so that part of a name never
    /// matches a role id ("_" is not in "deputy_pcc").
    static func speakerNames(_ column: String) -> String {
        let spellings = Role.allCases.flatMap { [$0.rawValue, $0.earlierSpelling] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return spellings.reduce(column) { sql, role in "replace(\(sql), char(10) || '\(role)' || char(9), char(10) || char(9))" }
    }

    /// A LIKE pattern (with `ESCAPE '\'`) matching text that contains `text` as typed: `%` and `_` in it are
    /// plain characters, not wildcards.
    static func containing(_ text: String) -> String { "%" + escapeLike(text) + "%" }

    static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    var whereClause: String { conditions.isEmpty ? "" : " AND " + conditions.joined(separator: " AND ") }
}

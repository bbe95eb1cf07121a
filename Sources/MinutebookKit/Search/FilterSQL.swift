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
            let role = Self.role(speaker)
            if let role {
                conditions.append("(\(speakerRole) = ? OR \(speakerText) LIKE ? ESCAPE '\\')")
                arguments += [role, "%\n" + Self.escapeLike(role) + "\t%"]
            } else {
                conditions.append("\(speakerText) LIKE ? ESCAPE '\\'")
                arguments.append(Self.containing(speaker))
            }
        }
    }

    /// A role id from what a user typed: "pcc", "PCC", "chief constable", "chief_constable".
    /// Any office as the minutes write it is read with the shared vocabulary (`Vocabulary.offices`): "the Mayor",
    /// "Chief Fire Officer", "PFCC".
    static func role(_ text: String) -> String? {
        let key = text.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        if Speaker.roles.contains(key) { return key }
        if ["chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman"].contains(key) { return "chair" }
        if ["member", "members", "councillor", "councillors", "cllr"].contains(key) { return "member" }
        if key == "cc" { return "chief-constable" }
        // Acronyms are matched in capitals ("dcc" → "DCC"); offices with a capital ("chief fire officer" → "Chief Fire Officer").
        let written = text.count <= 4 ? text.uppercased() : text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let words = SentenceWords("the " + written)
        guard let office = SentenceReader.officeSubject(words, at: 0), office.end >= words.count else { return nil }
        return Speaker.role(for: office.respondent.role)
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

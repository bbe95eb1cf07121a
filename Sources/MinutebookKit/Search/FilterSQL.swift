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
            if let role = Self.role(speaker) {
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

    /// A role from what a user typed: "pcc", "PCC", "chief constable", "chief_constable", "chief-constable".
    /// Any office as the minutes write it is read with the shared vocabulary (`Vocabulary.offices`): "the Mayor",
    /// "Chief Fire Officer", "PFCC".
    static func role(_ text: String) -> Role? {
        let key = text.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let role = Role(flag: key), Role.speakers.contains(role) { return role }
        let lower = text.lowercased()
        if Vocabulary.chairPhrases.contains(lower) || Vocabulary.chairPhrases.contains("the " + lower) { return .chair }
        if Vocabulary.memberNouns.contains(lower) || Vocabulary.membersNouns.contains(lower) || Vocabulary.pluralMemberTitles.contains(lower)
            || Vocabulary.memberTitles[lower] == "Cllr"
        {
            return .member
        }
        if key == "cc" { return .chiefConstable }
        // Acronyms are matched in capitals ("dcc" → "DCC"); offices with a capital ("chief fire officer" → "Chief Fire Officer").
        let written = text.count <= 4 ? text.uppercased() : text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let words = SentenceWords("the " + written)
        guard let office = SentenceReader.officeSubject(words, at: 0), office.end >= words.count else { return nil }
        return office.respondent.role.asSpeaker
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

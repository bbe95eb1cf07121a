import Foundation

/// Hits grouped into one entry per meeting, in date order: how a subject was discussed over the years.
public struct MeetingGroup: Codable, Equatable, Sendable {
    /// ISO date, or nil for an undated document (its own group, listed last).
    @Nullable public var meetingDate: String? = nil
    @Nullable public var body: String? = nil
    public var documents: [String]
    /// The agenda item titles the hits came from.
    public var titles: [String]
    public var hits: Int
    /// The best-ranked hit of the meeting.
    public var best: PassageHit

    enum CodingKeys: String, CodingKey {
        case meetingDate = "meeting_date", body, documents, titles, hits, best
    }

    /// Hits from the same panel on the same date are one meeting; an undated document is its own.
    public static func key(_ source: SourceRef) -> String {
        source.meetingDate.map { "\($0)|\(source.body ?? "")" } ?? "undated|\(source.document)"
    }

    /// Groups hits by meeting (panel and date; an undated document stands alone), oldest first unless `newestFirst`.
    public static func group(_ hits: [PassageHit], newestFirst: Bool = false) -> [MeetingGroup] {
        var order: [String] = []
        var groups: [String: MeetingGroup] = [:]
        for hit in hits {
            let key = key(hit.source)
            if var group = groups[key] {
                group.hits += 1
                if !group.documents.contains(hit.source.document) { group.documents.append(hit.source.document) }
                if let title = hit.source.title, !group.titles.contains(title) { group.titles.append(title) }
                if hit.score > group.best.score { group.best = hit }
                groups[key] = group
            } else {
                order.append(key)
                groups[key] = MeetingGroup(
                    meetingDate: hit.source.meetingDate, body: hit.source.body, documents: [hit.source.document],
                    titles: hit.source.title.map { [$0] } ?? [], hits: 1, best: hit)
            }
        }
        return order.compactMap { groups[$0] }.sorted { a, b in
            switch (a.meetingDate, b.meetingDate) {
            case (nil, nil): return a.documents[0] < b.documents[0]
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return x == y ? (a.body ?? "") < (b.body ?? "") : (newestFirst ? x > y : x < y)
            }
        }
    }
}

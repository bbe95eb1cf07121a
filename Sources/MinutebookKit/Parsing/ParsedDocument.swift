import Foundation

/// Whether a document records a meeting or is a paper put to it.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    case minutes
    case report
}

/// What a document says about itself, before any sidecar is applied.
public struct MeetingMetadata: Codable, Equatable, Sendable {
    /// The panel, e.g. "Thames Valley Police and Crime Panel"; nil when the text does not say.
    @Nullable public var body: String? = nil
    /// ISO `YYYY-MM-DD`; nil when the text does not say. Never guessed.
    @Nullable public var meetingDate: String? = nil
    public var kind: DocumentKind

    enum CodingKeys: String, CodingKey { case body, meetingDate = "meeting_date", kind }

    public init(body: String? = nil, meetingDate: String? = nil, kind: DocumentKind) {
        self.body = body
        self.meetingDate = meetingDate
        self.kind = kind
    }
}

/// A table row with the column headers it sits under.
public struct TableRow: Codable, Equatable, Sendable {
    public var header: [String]
    public var cells: [String]

    /// "Header: cell" pairs, the first cell standing alone as the row's label.
    public var readable: String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            let head = index < header.count ? header[index] : ""
            if index == 0 || head.isEmpty { parts.append(cell) } else { parts.append("\(head): \(cell)") }
        }
        return parts.joined(separator: " | ")
    }
}

/// One unit of the text as laid out: a paragraph, a bullet, a numbered entry, a heading or a table row.
public struct Block: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case paragraph, bullet, numbered, heading, tableRow = "table-row"
    }

    public var kind: Kind
    public var text: String
    /// 1-based line in the source file where the block starts.
    public var line: Int
    /// The headings in force, outermost first.
    public var sectionPath: [String]
    /// The list marker as written, e.g. "(1)" or "3." for numbered blocks.
    public var marker: String?
    public var table: TableRow?
    /// Nesting depth of a bullet (0 for a top-level bullet).
    public var depth: Int

    public init(kind: Kind, text: String, line: Int, sectionPath: [String] = [], marker: String? = nil, table: TableRow? = nil, depth: Int = 0) {
        self.kind = kind
        self.text = text
        self.line = line
        self.sectionPath = sectionPath
        self.marker = marker
        self.table = table
        self.depth = depth
    }

    public var section: String? { sectionPath.isEmpty ? nil : sectionPath.joined(separator: " › ") }
}

/// One agenda item of a meeting (a report is a single item).
public struct AgendaItem: Equatable, Sendable {
    /// The item number as printed, e.g. "150"; nil when the page does not give it.
    public var number: String?
    public var title: String?
    public var blocks: [Block]

    public init(number: String? = nil, title: String? = nil, blocks: [Block] = []) {
        self.number = number
        self.title = title
        self.blocks = blocks
    }
}

/// A document understood: its metadata and its agenda items, each a list of blocks.
public struct ParsedDocument: Equatable, Sendable {
    public var metadata: MeetingMetadata
    public var items: [AgendaItem]

    public init(metadata: MeetingMetadata, items: [AgendaItem]) {
        self.metadata = metadata
        self.items = items
    }
}

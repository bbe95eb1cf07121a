import Foundation

/// What a format reader hands on: the document as text in the layout the text parser already reads, with the
/// page each line came from and the address of the original when the file says it.
public struct ExtractedText: Sendable {
    /// Headings as `**bold**` lines, bullets as "· " ("    ◦ " when nested), numbered entries with their marker,
    /// table rows as tab-separated cells, a blank line between blocks.
    public var text: String
    /// The page of each line (index 0 is line 1); nil for a format without pages.
    public var pages: [Int]?
    public var format: SourceFormat
    /// How the bytes were decoded: "utf-8", "windows-1252" for text and web pages; the format's own for the rest.
    public var encoding: String
    /// The page's own address (`<link rel="canonical">`, `og:url`, a ModernGov `mgAi.aspx?ID=` address), if it gives one.
    public var sourceURL: String?
    /// What decoding repaired ("line 12: a byte that is not UTF-8 was replaced …"), one line each.
    public var warnings: [String] = []
    /// A web page's `<title>` ("Agenda for Irwell Vale Police, Fire and Crime Panel on Monday, 29th January, 2018"), or a
    /// Word file's page header: the panel's full name when the text itself gives only "Police, Fire and Crime Panel".
    public var pageTitle: String?

    public init(text: String, pages: [Int]? = nil, format: SourceFormat, encoding: String, sourceURL: String? = nil, warnings: [String] = []) {
        self.warnings = warnings
        self.text = text
        self.pages = pages
        self.format = format
        self.encoding = encoding
        self.sourceURL = sourceURL
    }

    /// The page a 1-based line is on.
    public func page(ofLine line: Int) -> Int? {
        guard let pages, line >= 1 else { return nil }
        return line <= pages.count ? pages[line - 1] : pages.last
    }
}

/// Writes blocks as the text layout `LineScanner` and `BlockBuilder` understand, so that every format is then
/// understood by the same parser and question extractor as a text file.
struct LayoutWriter {
    private(set) var lines: [String] = []
    private(set) var pages: [Int] = []
    /// The page of what is written next.
    var page = 1
    private var inTable = false

    /// A heading: `**text**` (several lines when the heading had line breaks). "Minutes" stays a plain
    /// "Minutes:" line, the marker the parser splits a single-item page at.
    mutating func heading(_ text: String) {
        let parts = Self.lines(of: text).map { $0.replacingOccurrences(of: "**", with: "") }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return }
        let joined = parts.joined(separator: " ")
        if ["minutes", "minutes:"].contains(joined.lowercased()) {
            return paragraph("Minutes:")
        }
        startBlock()
        for (index, part) in parts.enumerated() {
            var line = part
            if index == 0 { line = "**" + line }
            if index == parts.count - 1 { line += "**" }
            append(line)
        }
    }

    /// A paragraph; a line break in it stays a line break (the parser joins soft-wrapped lines as it does in text).
    /// An indented paragraph is written indented: after a list item the parser reads it as that item's
    /// continuation (an answer under a member's question), elsewhere as a list item whose bullet was lost.
    mutating func paragraph(_ text: String, indented: Bool = false) {
        let parts = Self.lines(of: text)
        guard !parts.isEmpty else { return }
        startBlock()
        for part in parts { append(indented ? "    " + part : part) }
    }

    /// A list item: "· text" at the top level, "    ◦ text" nested (the parser's depth 1).
    mutating func bullet(_ text: String, depth: Int) {
        let body = Self.flat(text)
        guard !body.isEmpty else { return }
        startBlock()
        append(depth == 0 ? "· " + body : "    ◦ " + body)
    }

    /// A numbered entry with its marker as printed ("3.", "(a)").
    mutating func numbered(_ marker: String, _ text: String, depth: Int = 0) {
        let body = Self.flat(text)
        guard !body.isEmpty else { return }
        startBlock()
        append((depth == 0 ? "" : "    ") + marker + " " + body)
    }

    /// A table row: cells separated by tabs; the first row of a table is its header.
    mutating func tableRow(_ cells: [String]) {
        var cells = cells.map(Self.flat)
        guard cells.contains(where: { !$0.isEmpty }) else { return }
        if cells.count < 2 {
            endTable()
            return paragraph(cells[0])
        }
        // Empty cells at the end are kept: the row still has the table's columns.
        if !inTable { startBlock() }
        inTable = true
        if cells[0].isEmpty { cells[0] = "–" }  // a row needs its first cell to read as a row
        append(cells.joined(separator: "\t"))
    }

    mutating func endTable() {
        inTable = false
    }

    /// The text and the page of each of its lines.
    func finish() -> (text: String, pages: [Int]) {
        (lines.joined(separator: "\n") + "\n", pages)
    }

    private mutating func startBlock() {
        inTable = false
        if !lines.isEmpty, lines.last != "" { append("") }
    }

    private mutating func append(_ line: String) {
        lines.append(line)
        pages.append(page)
    }

    /// One line: white space (tabs and line breaks too) collapsed to single spaces, trimmed.
    static func flat(_ text: String) -> String {
        // Most text needs nothing done: no control bytes, no doubled, leading or trailing spaces, no hyphen marks.
        var clean = true
        var previous: UInt8 = 32
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || byte >= 0xC2 && byte != 0xE2 && byte != 0xC3 && byte != 0xC5 || (byte == 32 && previous == 32) {
                clean = false
                break
            }
            if byte == 0xE2 || byte == 0xC2 { clean = false; break }
            previous = byte
        }
        if clean, previous != 32 { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}":
                space = true
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{AD}" || scalar == "\u{200B}" || scalar == "\u{FEFF}":
                continue
            case "\u{2010}", "\u{2011}":  // hyphen, non-breaking hyphen: the plain hyphen a text file would have
                if space, !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append("-")
            default:
                if space, !out.isEmpty { out.unicodeScalars.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The lines of a text with line breaks, each flattened and without leading (also non-breaking) space.
    static func lines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { part -> String? in
            var line = Substring(flat(String(part)))
            while let first = line.first, first == "\u{A0}" || first == " " { line = line.dropFirst() }
            while let last = line.last, last == "\u{A0}" || last == " " { line = line.dropLast() }
            return line.isEmpty ? nil : String(line)
        }
    }
}

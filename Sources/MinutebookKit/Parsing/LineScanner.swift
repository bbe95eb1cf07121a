import Foundation

/// One physical line of a document, cleaned of layout noise but with its indentation kept.
struct SourceLine: Sendable {
    enum Shape: Equatable, Sendable {
        case blank
        case bullet(marker: String, depth: Int)
        case numbered(marker: String)
        case tableRow([String])
        case text
    }

    /// 1-based line number in the file.
    var number: Int
    /// The text without indentation, bullet glyph or list marker.
    var text: String
    /// Leading white space (spaces, tabs and non-breaking spaces count one each).
    var indent: Int
    var shape: Shape
    /// The whole line was in `**bold**`.
    var bold: Bool

    var isBlank: Bool { shape == .blank }
}

/// Splits a document into classified lines: blank, bullet, numbered, table row or text.
enum LineScanner {
    static let bulletGlyphs: Set<Character> = Set("•·▪◦○●‣⁃■□➢►\u{F0B7}\u{F0A7}-*–—o")

    static func scan(_ text: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var inBold = false
        var number = 0
        let rawLines = splitLines(text)
        lines.reserveCapacity(rawLines.count)
        for raw in rawLines {
            number += 1
            var line = normaliseSpaces(raw)
            // Bold markers: a line opening with ** starts bold until a line ending with **.
            var bold = false
            let hasStars = UTF8Text.contains(line, "**")
            let trimmed = hasStars || inBold ? UTF8Text.trimmed(line) : ""
            if hasStars && trimmed.hasPrefix("**") {
                let rest = trimmed.dropFirst(2)
                if let close = rest.firstRange(of: "**") {
                    // Bold as a whole only when the one closing marker ends the line.
                    bold = close.upperBound == rest.endIndex
                } else {
                    bold = true
                    inBold = true
                }
            } else if inBold {
                bold = true
                if trimmed.hasSuffix("**") { inBold = false }
            }
            if hasStars { line = line.replacingOccurrences(of: "**", with: "") }
            lines.append(classify(line, number: number, bold: bold && !trimmed.isEmpty))
        }
        return lines
    }

    /// Lines split on \n, \r\n or \r, over UTF-8 bytes (splitting Characters is several times slower).
    static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 10 || byte == 13 {
                lines.append(text[start..<index])
                var next = utf8.index(after: index)
                if byte == 13, next != utf8.endIndex, utf8[next] == 10 { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// Non-breaking and other exotic spaces become plain spaces; trailing space goes.
    static func normaliseSpaces(_ raw: Substring) -> String {
        // Plain ASCII without trailing blanks or form feeds needs no work.
        if raw.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0C }), raw.utf8.last != 32, raw.utf8.last != 9 {
            return String(raw)
        }
        var scalars = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: scalars.append(" ")
            case 0x200B, 0xFEFF, 0x00AD: continue
            case 0x0C: scalars.append(" ")
            default: scalars.append(scalar)
            }
        }
        var result = String(scalars)
        while let last = result.last, last == " " { result.removeLast() }
        if result.allSatisfy({ $0 == "\t" }) { result = "" }
        return result
    }

    static func classify(_ line: String, number: Int, bold: Bool) -> SourceLine {
        var indent = 0
        var start = line.startIndex
        while start < line.endIndex, line[start] == " " || line[start] == "\t" {
            indent += 1
            start = line.index(after: start)
        }
        let body = String(line[start...])
        if body.isEmpty { return SourceLine(number: number, text: "", indent: indent, shape: .blank, bold: false) }

        if let cells = tableCells(body) {
            return SourceLine(number: number, text: body, indent: indent, shape: .tableRow(cells), bold: bold)
        }
        if let (marker, rest) = bullet(body) {
            let depth = indent >= 1 && (marker == "-" || marker == "o" || marker == "◦") ? 1 : 0
            // "- 1. Coordinated efforts…" stays a bullet; its number is part of the text.
            return SourceLine(number: number, text: rest, indent: indent, shape: .bullet(marker: marker, depth: depth), bold: bold)
        }
        if let (marker, rest) = numberedMarker(body) {
            return SourceLine(number: number, text: rest, indent: indent, shape: .numbered(marker: marker), bold: bold)
        }
        return SourceLine(number: number, text: body, indent: indent, shape: .text, bold: bold)
    }

    /// Tab-separated cells (two or more), or a Markdown `| a | b |` row. Separator rows give [] (skipped later).
    static func tableCells(_ body: String) -> [String]? {
        if body.utf8.contains(9) {
            var cells = body.split(separator: "\t", omittingEmptySubsequences: false).map { UTF8Text.trimmed(String($0)) }
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
            // Keep trailing empty cells only up to the width the header will give; a row needs two columns in the source.
            let columns = body.split(separator: "\t", omittingEmptySubsequences: false).count
            return columns >= 2 && !(cells.first ?? "").isEmpty ? padded(cells, to: columns) : nil
        }
        if body.hasPrefix("|") && body.hasSuffix("|") && body.count > 2 {
            let inner = body.dropFirst().dropLast()
            let cells = inner.split(separator: "|", omittingEmptySubsequences: false).map { UTF8Text.trimmed(String($0)) }
            guard cells.count >= 2 else { return nil }
            if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return [] }
            return cells
        }
        return nil
    }

    private static func padded(_ cells: [String], to count: Int) -> [String] {
        cells.count >= count ? cells : cells + Array(repeating: "", count: count - cells.count)
    }

    /// A bullet glyph followed by white space.
    static func bullet(_ body: String) -> (String, String)? {
        guard let first = body.first, bulletGlyphs.contains(first) else { return nil }
        let afterGlyph = body.dropFirst()
        guard let next = afterGlyph.first, next == " " || next == "\t" else { return nil }
        // "o " is a bullet only when followed by a capital or digit (Word's hollow bullet).
        let rest = afterGlyph.drop(while: { $0 == " " || $0 == "\t" })
        if first == "o", let c = rest.first, !(c.isUppercase || c.isNumber) { return nil }
        if rest.isEmpty { return nil }
        return (String(first), String(rest))
    }

    /// "(1)", "(1).", "1.", "1)", "(a)", "(iv)" followed by white space.
    static func numberedMarker(_ body: String) -> (String, String)? {
        var index = body.startIndex
        var marker = ""
        let open = body[index] == "("
        if open { marker.append("("); index = body.index(after: index) }
        let labelStart = index
        while index < body.endIndex, body[index].isASCII, body[index].isNumber { index = body.index(after: index) }
        var label = body[labelStart..<index]
        if label.isEmpty, open {
            while index < body.endIndex, body[index].isASCII, body[index].isLowercase, body.distance(from: labelStart, to: index) < 4 {
                index = body.index(after: index)
            }
            label = body[labelStart..<index]
            guard !label.isEmpty, label.count == 1 || label.allSatisfy({ "ivx".contains($0) }) else { return nil }
        }
        guard !label.isEmpty, label.count <= 3 else { return nil }
        marker += label
        guard index < body.endIndex else { return nil }
        if open {
            guard body[index] == ")" else { return nil }
            marker.append(")"); index = body.index(after: index)
            if index < body.endIndex, body[index] == "." { marker.append("."); index = body.index(after: index) }
        } else {
            guard body[index] == "." || body[index] == ")" else { return nil }
            marker.append(body[index]); index = body.index(after: index)
            // "1.1" or "2.5%" is not a list marker.
            if index < body.endIndex, body[index].isNumber { return nil }
        }
        guard index < body.endIndex, body[index] == " " || body[index] == "\t" else { return nil }
        let rest = body[index...].drop(while: { $0 == " " || $0 == "\t" })
        guard !rest.isEmpty else { return nil }
        return (marker, String(rest))
    }
}

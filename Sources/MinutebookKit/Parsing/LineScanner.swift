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
        var text = text
        return text.withUTF8 { scan(bytes: $0) }
    }

    /// `scan` over the document's UTF-8 bytes: lines are split, normalised and classified on bytes; only a line
    /// with `**` markers or with characters whose grapheme clustering could differ from their scalars takes the
    /// `String` path (`scanStarredLine`, `classifyCharacters`), so the result is the same as on Characters.
    private static func scan(bytes buf: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(buf.count / 48 + 1)
        var inBold = false
        var number = 0
        var scratch: [UInt8] = []
        scratch.reserveCapacity(512)
        let n = buf.count
        var start = 0
        while true {
            var end = start
            while end < n, buf[end] != 10, buf[end] != 13 { end += 1 }
            number += 1
            let raw = UnsafeBufferPointer(rebasing: buf[start..<end])
            let line: SourceLine
            switch normalise(raw, into: &scratch) {
            case .unchanged:
                line = scanLine(raw, number: number, inBold: &inBold)
            case .changed:
                line = scratch.withUnsafeBufferPointer { scanLine($0, number: number, inBold: &inBold) }
            case .string(let text):
                line =
                    text.utf8.withContiguousStorageIfAvailable { scanLine($0, number: number, inBold: &inBold) }
                    ?? scanStarredLine(text, number: number, inBold: &inBold)
            }
            lines.append(line)
            if end == n { break }
            var next = end + 1
            if buf[end] == 13, next < n, buf[next] == 10 { next += 1 }
            start = next
        }
        return lines
    }

    /// One normalised line: bold bookkeeping, then classification.
    private static func scanLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, inBold: inout Bool) -> SourceLine {
        if UTF8Bytes.contains(line, 42, 42) {
            return scanStarredLine(String(decoding: line, as: UTF8.self), number: number, inBold: &inBold)
        }
        // Without "**" the line cannot open or close bold; inside bold it is bold when it has any text.
        let bold = inBold && line.contains { $0 != 32 && $0 != 9 }
        return classifyBytes(line, number: number, bold: bold)
            ?? classifyCharacters(String(decoding: line, as: UTF8.self), number: number, bold: bold)
    }

    /// A line with `**` bold markers (or any line, given as a String): the bold rules on Characters.
    private static func scanStarredLine(_ normalised: String, number: Int, inBold: inout Bool) -> SourceLine {
        var line = normalised
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
        return classify(line, number: number, bold: bold && !trimmed.isEmpty)
    }

    /// Non-breaking and other exotic spaces become plain spaces; trailing space goes.
    static func normaliseSpaces(_ raw: Substring) -> String {
        var scratch: [UInt8] = []
        var raw = raw
        let result = raw.withUTF8 { bytes -> String in
            switch normalise(bytes, into: &scratch) {
            case .unchanged: return String(decoding: bytes, as: UTF8.self)
            case .changed: return String(decoding: scratch, as: UTF8.self)
            case .string(let text): return text
            }
        }
        return result
    }

    enum Normalised {
        /// The line needs no change.
        case unchanged
        /// The normalised line is in the scratch buffer.
        case changed
        /// The normalised line, when trimming had to be done on Characters.
        case string(String)
    }

    /// `normaliseSpaces` on UTF-8 bytes: U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 and form feed become
    /// a space; U+200B, U+FEFF and U+00AD go; then trailing spaces go, and a line of tabs only becomes empty.
    static func normalise(_ raw: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Normalised {
        let n = raw.count
        var plain = true
        for byte in raw where byte >= 0x80 || byte == 0x0C { plain = false; break }
        if plain, n == 0 || (raw[n - 1] != 32 && raw[n - 1] != 9) { return .unchanged }
        out.removeAll(keepingCapacity: true)
        var i = 0
        while i < n {
            let b = raw[i]
            if b < 0x80 {
                out.append(b == 0x0C ? 32 : b)
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n {
                let c = raw[i + 1]
                if c == 0xA0 { out.append(32); i += 2; continue }  // U+00A0
                if c == 0xAD { i += 2; continue }  // U+00AD soft hyphen
            } else if b == 0xE2, i + 2 < n {
                let c = raw[i + 1], d = raw[i + 2]
                if c == 0x80 && d >= 0x80 && d <= 0x8A { out.append(32); i += 3; continue }  // U+2000–U+200A
                if c == 0x80 && d == 0x8B { i += 3; continue }  // U+200B
                if (c == 0x80 && d == 0xAF) || (c == 0x81 && d == 0x9F) { out.append(32); i += 3; continue }  // U+202F, U+205F
            } else if b == 0xE3, i + 2 < n, raw[i + 1] == 0x80, raw[i + 2] == 0x80 {
                out.append(32); i += 3; continue  // U+3000
            } else if b == 0xEF, i + 2 < n, raw[i + 1] == 0xBB, raw[i + 2] == 0xBF {
                i += 3; continue  // U+FEFF
            }
            out.append(b)
            i += 1
        }
        // Trailing spaces go one Character at a time: a space is its own Character unless the scalar before it
        // is a Prepend one, which only a non-ASCII scalar outside the plain ranges can be.
        while let last = out.last, last == 32 {
            let before = out.count - 1
            if before > 0, out[before - 1] >= 0x80 {
                let (scalar, _) = UTF8Bytes.scalar(endingBefore: before, in: out)
                if !UTF8Bytes.isPlain(scalar) {
                    var result = String(decoding: out, as: UTF8.self)
                    while let last = result.last, last == " " { result.removeLast() }
                    if result.allSatisfy({ $0 == "\t" }) { result = "" }
                    return .string(result)
                }
            }
            out.removeLast()
        }
        if out.allSatisfy({ $0 == 9 }) { out.removeAll(keepingCapacity: true) }
        return .changed
    }

    static func classify(_ line: String, number: Int, bold: Bool) -> SourceLine {
        var line = line
        return line.withUTF8 { classifyBytes($0, number: number, bold: bold) }
            ?? classifyCharacters(line, number: number, bold: bold)
    }

    /// `classify` on UTF-8 bytes, for a line whose every scalar is plain (`UTF8Bytes.isPlain`): then each scalar is one
    /// Character and equal only to itself, so byte and scalar comparisons give what Character ones do. Nil otherwise.
    static func classifyBytes(_ line: UnsafeBufferPointer<UInt8>, number: Int, bold: Bool) -> SourceLine? {
        let n = line.count
        var i = 0
        var wide = false
        while i < n {
            let b = line[i]
            if b < 0x80 { i += 1; continue }
            let (scalar, length) = UTF8Bytes.scalar(at: i, in: line)
            guard UTF8Bytes.isPlain(scalar) else { return nil }
            wide = true
            i += length
        }
        var start = 0
        while start < n, line[start] == 32 || line[start] == 9 { start += 1 }
        let indent = start
        if start == n { return SourceLine(number: number, text: "", indent: indent, shape: .blank, bold: false) }
        let body = UnsafeBufferPointer(rebasing: line[start...])

        if let cells = tableCells(bytes: body, wide: wide) {
            return SourceLine(number: number, text: String(decoding: body, as: UTF8.self), indent: indent, shape: .tableRow(cells), bold: bold)
        }
        if let (marker, rest) = bullet(bytes: body) {
            let depth = indent >= 1 && (marker == "-" || marker == "o" || marker == "◦") ? 1 : 0
            return SourceLine(number: number, text: rest, indent: indent, shape: .bullet(marker: marker, depth: depth), bold: bold)
        }
        if let (marker, rest) = numberedMarker(bytes: body) {
            return SourceLine(number: number, text: rest, indent: indent, shape: .numbered(marker: marker), bold: bold)
        }
        return SourceLine(number: number, text: String(decoding: body, as: UTF8.self), indent: indent, shape: .text, bold: bold)
    }

    /// `tableCells` on the bytes of a body of plain scalars (`wide` when some are not ASCII).
    private static func tableCells(bytes body: UnsafeBufferPointer<UInt8>, wide: Bool) -> [String]? {
        let n = body.count
        if body.contains(9) {
            // "·<tab>A Member asked …", "o<tab>the average time …": a bullet copied from Word, not a row of cells.
            let glyphLength = UTF8Bytes.scalar(at: 0, in: body).1
            if glyphLength < n, body[glyphLength] == 9, bullet(bytes: body) != nil { return nil }
            var cells: [String] = []
            var from = 0
            for i in 0...n where i == n || body[i] == 9 {
                cells.append(UTF8Bytes.trimmedString(body, from, i))
                from = i + 1
            }
            let columns = cells.count
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
            return columns >= 2 && !(cells.first ?? "").isEmpty ? padded(cells, to: columns) : nil
        }
        guard n >= 2, body[0] == 124, body[n - 1] == 124 else { return nil }  // |
        let count = wide ? body.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } : n
        guard count > 2 else { return nil }
        var cells: [String] = []
        var separator = true
        var from = 1
        for i in 1...(n - 1) where i == n - 1 || body[i] == 124 {
            let cell = UTF8Bytes.trimmedString(body, from, i)
            if separator { separator = cell.utf8.allSatisfy { $0 == 45 || $0 == 58 || $0 == 32 } }  // - : space
            cells.append(cell)
            from = i + 1
        }
        guard cells.count >= 2 else { return nil }
        return separator ? [] : cells
    }

    /// `bullet` on the bytes of a body of plain scalars.
    private static func bullet(bytes body: UnsafeBufferPointer<UInt8>) -> (String, String)? {
        let (glyph, length) = UTF8Bytes.scalar(at: 0, in: body)
        guard bulletScalars.contains(glyph.value) else { return nil }
        let n = body.count
        guard length < n, body[length] == 32 || body[length] == 9 else { return nil }
        var restStart = length
        while restStart < n, body[restStart] == 32 || body[restStart] == 9 { restStart += 1 }
        if restStart == n { return nil }
        // "o " is a bullet only when followed by a capital or digit (Word's hollow bullet), or by a tab, as Word's
        // text copies it ("o<tab>the average time …").
        if glyph == "o", body[length] != 9 {
            let (c, _) = UTF8Bytes.scalar(at: restStart, in: body)
            if !(UTF8Bytes.isUppercase(c) || UTF8Bytes.isNumber(c)) { return nil }
        }
        return (
            String(decoding: UnsafeBufferPointer(rebasing: body[..<length]), as: UTF8.self),
            String(decoding: UnsafeBufferPointer(rebasing: body[restStart...]), as: UTF8.self)
        )
    }

    private static let bulletScalars: Set<UInt32> = Set(bulletGlyphs.map { $0.unicodeScalars.first!.value })

    /// `numberedMarker` on the bytes of a body of plain scalars.
    private static func numberedMarker(bytes body: UnsafeBufferPointer<UInt8>) -> (String, String)? {
        let n = body.count
        var index = 0
        let open = body[0] == 40  // (
        if open { index = 1 }
        let labelStart = index
        while index < n, body[index] >= 48 && body[index] <= 57 { index += 1 }
        if index == labelStart {
            // "(a)", "(iv)", and "c)", "ii)" without the opening bracket.
            while index < n, body[index] >= 97 && body[index] <= 122, index - labelStart < 4 { index += 1 }
            guard index > labelStart else { return nil }
            guard index - labelStart == 1 || body[labelStart..<index].allSatisfy({ $0 == 105 || $0 == 118 || $0 == 120 }) else { return nil }  // i v x
            if !open { guard index < n, body[index] == 41 else { return nil } }
        }
        guard index > labelStart, index - labelStart <= 3 else { return nil }
        guard index < n else { return nil }
        if open {
            guard body[index] == 41 else { return nil }  // )
            index += 1
            if index < n, body[index] == 46 { index += 1 }  // .
        } else {
            guard body[index] == 46 || body[index] == 41 else { return nil }
            index += 1
            // "1.1" or "2.5%" is not a list marker.
            if index < n, UTF8Bytes.isNumber(UTF8Bytes.scalar(at: index, in: body).0) { return nil }
        }
        guard index < n, body[index] == 32 || body[index] == 9 else { return nil }
        let markerEnd = index
        while index < n, body[index] == 32 || body[index] == 9 { index += 1 }
        guard index < n else { return nil }
        return (
            String(decoding: UnsafeBufferPointer(rebasing: body[..<markerEnd]), as: UTF8.self),
            String(decoding: UnsafeBufferPointer(rebasing: body[index...]), as: UTF8.self)
        )
    }

    /// `classify` on Characters, for lines with scalars that may combine into one Character.
    static func classifyCharacters(_ line: String, number: Int, bold: Bool) -> SourceLine {
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
            // A bullet glyph and a tab ("·<tab>A Member asked …"): a bullet copied from Word, not a row of cells.
            if let first = body.first, bulletGlyphs.contains(first), body.dropFirst().first == "\t", bullet(body) != nil { return nil }
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
        // "o " is a bullet only when followed by a capital or digit (Word's hollow bullet), or by a tab.
        let rest = afterGlyph.drop(while: { $0 == " " || $0 == "\t" })
        if first == "o", next != "\t", let c = rest.first, !(c.isUppercase || c.isNumber) { return nil }
        if rest.isEmpty { return nil }
        return (String(first), String(rest))
    }

    /// "(1)", "(1).", "1.", "1)", "(a)", "(iv)", "c)" followed by white space.
    static func numberedMarker(_ body: String) -> (String, String)? {
        var index = body.startIndex
        var marker = ""
        let open = body[index] == "("
        if open { marker.append("("); index = body.index(after: index) }
        let labelStart = index
        while index < body.endIndex, body[index].isASCII, body[index].isNumber { index = body.index(after: index) }
        var label = body[labelStart..<index]
        if label.isEmpty {
            // "(a)", "(iv)", and "c)", "ii)" without the opening bracket.
            while index < body.endIndex, body[index].isASCII, body[index].isLowercase, body.distance(from: labelStart, to: index) < 4 {
                index = body.index(after: index)
            }
            label = body[labelStart..<index]
            guard !label.isEmpty, label.count == 1 || label.allSatisfy({ "ivx".contains($0) }) else { return nil }
            if !open { guard index < body.endIndex, body[index] == ")" else { return nil } }
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

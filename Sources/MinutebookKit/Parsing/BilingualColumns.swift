import Foundation

/// Bilingual minutes set in two columns, Welsh beside English (as a PDF's two-column table comes out of the reader: one
/// line of two cells per paragraph), are read as the paragraph-by-paragraph layout: each cell a line of its own, in
/// their order, so the English paragraphs are paragraphs (a label "Question 1 – …", an answer "Response: …") rather
/// than cells of a table, and the Welsh ones are passages too (found by a search, passed over by the question readers:
/// see `Welsh`). A pair of numbered titles ("4. COFNODION" beside "4. MINUTES") becomes one numbered title, as the
/// paragraph layout writes it: "4. COFNODION / MINUTES".
///
/// A run of two-cell lines is bilingual when one of its lines has a Welsh cell beside one that is not; then every
/// two-cell line of the run is a pair (a title of two words cannot tell by itself). Other tables are left alone.
enum BilingualColumns {
    static func unfolded(_ lines: [SourceLine]) -> [SourceLine] {
        // Most documents have no two-cell line with a Welsh cell: nothing to do.
        guard lines.contains(where: { isPair($0) }) else { return lines }
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count + 16)
        var index = 0
        while index < lines.count {
            guard twoCells(lines[index]) != nil else {
                out.append(lines[index])
                index += 1
                continue
            }
            // A run of two-cell lines (blank lines between them allowed).
            var end = index
            var last = index
            while end < lines.count, lines[end].isBlank || twoCells(lines[end]) != nil {
                if !lines[end].isBlank { last = end }
                end += 1
            }
            let run = lines[index...last]
            if run.contains(where: isPair) {
                for line in run {
                    if let cells = twoCells(line) { out += unfold(cells, line: line.number) } else { out.append(line) }
                }
            } else {
                out += run
            }
            index = last + 1
        }
        return out
    }

    /// The two cells of a line of exactly two filled cells.
    static func twoCells(_ line: SourceLine) -> [String]? {
        guard case .tableRow(let cells) = line.shape, cells.count == 2 else { return nil }
        let filled = cells.map { UTF8Text.trimmed($0) }
        guard filled.allSatisfy({ !$0.isEmpty && $0 != "–" }) else { return nil }
        return filled
    }

    /// A Welsh cell beside one that is not.
    static func isPair(_ line: SourceLine) -> Bool {
        guard let cells = twoCells(line) else { return false }
        return Welsh.isWelsh(cells[0]) != Welsh.isWelsh(cells[1])
    }

    static func unfold(_ cells: [String], line number: Int) -> [SourceLine] {
        let blank = SourceLine(number: number, text: "", indent: 0, shape: .blank, bold: false)
        let first = LineScanner.classify(cells[0], number: number, bold: false)
        let second = LineScanner.classify(cells[1], number: number, bold: false)
        if case .numbered(let a) = first.shape, case .numbered(let b) = second.shape, a == b {
            // "4. COFNODION" beside "4. MINUTES": one title.
            return [blank, LineScanner.classify("\(a) \(first.text) / \(second.text)", number: number, bold: false), blank]
        }
        return [blank, first, blank, second, blank]
    }
}

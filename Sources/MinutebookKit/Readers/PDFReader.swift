import Foundation

/// Reads a PDF with poppler's `pdftotext -bbox-layout` (Debian: poppler-utils), which gives every word with its
/// box, grouped into lines, blocks (about a paragraph each) and flows in reading order — poppler reads a
/// two-column page column by column. From that this reader lays the document out again as text:
///
/// - running headers and footers (a line near the top or bottom edge that comes back on most pages, page numbers
///   aside) and page numbers ("4", "Page 4 of 9", "- 4 -") are dropped;
/// - a block's lines become one paragraph, and a word hyphenated at a line end is joined ("under-" "standing" →
///   "understanding"), while a compound keeps its hyphen ("Multi-" "Agency", and "multi-agency" when the
///   document writes it so elsewhere);
/// - a paragraph (a question, an answer) that runs over a page or column break stays one;
/// - lines in a larger font are headings; a block opening with a bullet glyph is a list item, nested by its
///   indent; cells side by side on one line are a table row;
/// - every line keeps its page, so every passage knows it.
enum PDFReader {
    static let tool = "pdftotext"
    static let package = "poppler-utils"
    /// A PDF that takes longer than this to convert is given up.
    static let timeout: TimeInterval = 120
    /// The most of pdftotext's word-box output read for one PDF (about 3 million words).
    static let layoutLimit = 512 * 1_048_576

    static func read(_ data: Data, url: URL) throws(DocumentError) -> ExtractedText {
        let xml = try PopplerText.boundingBoxes(of: data, url: url)
        guard let tree = MarkupTree.xml(xml), let root = tree.root else {
            throw .unreadableFormat("the PDF cannot be read: pdftotext gave no layout for it")
        }
        let pages = PDFLayout.pages(from: root)
        guard pages.contains(where: { !$0.blocks.isEmpty }) else {
            throw .unreadableFormat("the PDF has no text to read (a scanned image?): run it through OCR (e.g. ocrmypdf) first")
        }
        var layout = PDFLayout(pages: pages)
        let (text, lines) = layout.write()
        return ExtractedText(text: text, pages: lines, format: .pdf, encoding: "pdf")
    }
}

/// Runs pdftotext.
enum PopplerText {
    /// The executable on PATH, or nil.
    static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    static func boundingBoxes(of data: Data, url: URL) throws(DocumentError) -> Data {
        guard let executable = locate(PDFReader.tool) else {
            throw .missingTool(format: "PDF", tool: PDFReader.tool, package: PDFReader.package)
        }
        // pdftotext reads the file itself; one that is not on disk as read (a test's bytes) goes to a temporary file.
        var input = url
        var temporary: URL?
        let onDisk = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) == data.count
        if !onDisk {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-\(UUID().uuidString).pdf")
            do { try data.write(to: file) } catch { throw .unreadableFormat("the PDF cannot be read: no room for a temporary copy") }
            input = file
            temporary = file
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", "-q", input.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw .missingTool(format: "PDF", tool: PDFReader.tool, package: PDFReader.package)
        }
        let timedOut = TimeoutFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + PDFReader.timeout) { [process] in
            if process.isRunning {
                timedOut.set()
                process.terminate()
            }
        }
        // pdftotext writes every word with its box (about 150 bytes a word): past this, the PDF is too big to lay out.
        var xml = Data()
        var tooLarge = false
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            if xml.count + chunk.count > PDFReader.layoutLimit {
                tooLarge = true
                process.terminate()
                break
            }
            xml.append(chunk)
        }
        process.waitUntilExit()
        if tooLarge {
            throw .unreadableFormat("the PDF has too much text to lay out at once (over \(PDFReader.layoutLimit / 1_048_576) MB of word boxes): split it")
        }
        if timedOut.isSet { throw .unreadableFormat("the PDF cannot be read: pdftotext took over \(Int(PDFReader.timeout)) s") }
        switch process.terminationStatus {
        case 0: return xml
        case 3: throw .unreadableFormat("the PDF cannot be read: it does not allow its text to be copied")
        default:
            throw .unreadableFormat("the PDF cannot be read: it is damaged, encrypted or not really a PDF (pdftotext exit status \(process.terminationStatus))")
        }
    }

    final class TimeoutFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}

/// The words of a PDF as poppler grouped them, and the text layout made from them.
struct PDFLayout {
    struct Line {
        var words: [String]
        var x0: Double, y0: Double, x1: Double, y1: Double
        var text: String { words.joined(separator: " ") }
        var height: Double { y1 - y0 }
    }

    struct Block {
        var lines: [Line]
        var flow: Int
        var x0: Double { lines.map(\.x0).min() ?? 0 }
        var x1: Double { lines.map(\.x1).max() ?? 0 }
        var y0: Double { lines.first?.y0 ?? 0 }
        var y1: Double { lines.last?.y1 ?? 0 }
    }

    struct Page {
        var number: Int
        var width: Double
        var height: Double
        var blocks: [Block]
    }

    var pages: [Page]

    /// Pages, flows, blocks, lines and words from `pdftotext -bbox-layout`'s XHTML.
    static func pages(from root: MarkupNode) -> [Page] {
        var pages: [Page] = []
        for pageNode in root.descendants("page") {
            var page = Page(
                number: pages.count + 1, width: Double(pageNode.attribute("width") ?? "") ?? 612,
                height: Double(pageNode.attribute("height") ?? "") ?? 792, blocks: [])
            var flowIndex = 0
            for flow in pageNode.children where flow.isElement && flow.name == "flow" {
                for blockNode in flow.children where blockNode.isElement && blockNode.name == "block" {
                    var block = Block(lines: [], flow: flowIndex)
                    for lineNode in blockNode.children where lineNode.isElement && lineNode.name == "line" {
                        let words = lineNode.children.filter { $0.isElement && $0.name == "word" }.map { $0.textContent }.filter { !$0.isEmpty }
                        guard !words.isEmpty else { continue }
                        func number(_ key: String) -> Double { Double(lineNode.attribute(key) ?? "") ?? 0 }
                        block.lines.append(Line(words: words, x0: number("xMin"), y0: number("yMin"), x1: number("xMax"), y1: number("yMax")))
                    }
                    if !block.lines.isEmpty { page.blocks.append(block) }
                }
                flowIndex += 1
            }
            pages.append(page)
        }
        return pages
    }

    // MARK: - Running headers, footers and page numbers

    /// "Page 4", "4", "Page 4 of 9", "- 4 -", "4 | Page", "iv".
    static func isPageNumber(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        // Only short lines with a digit or a roman numeral can be one; the patterns below are costly.
        guard lower.utf8.count <= 24, lower.utf8.contains(where: { ($0 >= 48 && $0 <= 57) || $0 == 105 || $0 == 118 || $0 == 120 }) else { return false }
        return lower.range(of: #"^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|/)\s*\d{1,4})?(\s*\|\s*page)?$"#, options: .regularExpression) != nil
            || lower.range(of: #"^[ivxlc]{1,6}$"#, options: .regularExpression) != nil
    }

    /// A line's text with digits as "#", to see the same header on every page ("Page 3", "Page 4").
    static func shape(_ text: String) -> String {
        String(text.lowercased().map { $0.isNumber ? "#" : $0 }).split(separator: " ").joined(separator: " ")
    }

    /// A running header or footer is the same text at the same height on every page.
    static func runningKey(_ line: Line, _ page: Page) -> String {
        let fromEdge = line.y0 < page.height / 2 ? line.y0 : page.height - line.y1
        return "\(line.y0 < page.height / 2 ? "top" : "bottom") \(Int((fromEdge / 6).rounded())) " + shape(line.text)
    }

    /// Drops lines in the top or bottom 12% of a page that come back on at least half the pages (two at least),
    /// and page numbers there.
    mutating func dropRunningLines() {
        let band = 0.12
        func inBand(_ line: Line, _ page: Page) -> Bool {
            line.y1 <= page.height * band || line.y0 >= page.height * (1 - band)
        }
        var counts: [String: Set<Int>] = [:]
        for page in pages {
            for block in page.blocks {
                for line in block.lines where inBand(line, page) {
                    counts[Self.runningKey(line, page), default: []].insert(page.number)
                }
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        let pageCount = pages.count
        for p in pages.indices {
            let page = pages[p]
            for b in page.blocks.indices {
                pages[p].blocks[b].lines.removeAll { line in
                    guard inBand(line, page) else { return false }
                    if Self.isPageNumber(line.text) { return true }
                    return pageCount >= 2 && (counts[Self.runningKey(line, page)]?.count ?? 0) >= needed
                }
            }
            pages[p].blocks.removeAll { $0.lines.isEmpty }
        }
    }

    // MARK: - Writing

    enum Piece {
        case heading([String])
        case paragraph(String, indented: Bool)
        case bullet(String, depth: Int)
        case row([String])
    }

    /// The text layout and the page of each of its lines.
    mutating func write() -> (String, [Int]) {
        dropRunningLines()
        let bodyHeight = medianLineHeight()
        let bodyLineGap = medianLineGap()
        let vocabulary = Vocabulary(pages)
        var writer = LayoutWriter()
        // The piece being written, kept open until the next block shows whether it continues over a break.
        var open:
            (
                piece: Piece, page: Int, lastLine: Line, column: (left: Double, right: Double), indent: Double, textLeft: Double, pageIndex: Int,
                flow: Int, lineGap: Double?
            )?
        var tableWidth = 0
        var tableColumns: [Double] = []

        func emit(_ piece: Piece, page: Int) {
            writer.page = page
            switch piece {
            case .heading(let lines): writer.endTable(); writer.heading(lines.joined(separator: "\n"))
            case .paragraph(let text, let indented): writer.endTable(); writer.paragraph(text, indented: indented)
            case .bullet(let text, let depth): writer.endTable(); writer.bullet(text, depth: depth)
            case .row(let cells): writer.tableRow(cells)
            }
        }

        for (pageIndex, unordered) in pages.enumerated() {
            var page = unordered
            page.blocks = Self.readingOrder(page)
            // "44.2" in a column of its own beside its paragraph: a numbered paragraph, not a table row.
            var numberedTextLeft: [Int: Double] = [:]
            let rows = Self.rows(of: page).enumerated().map { index, row -> [Block] in
                guard row.count == 2, let numbered = Self.numberedParagraph(row, pageWidth: page.width) else { return row }
                numberedTextLeft[index] = row[1].x0
                return [numbered]
            }
            let margins = Self.columnLefts(page)
            var stacked = Set<Int>()
            for (rowIndex, found) in rows.enumerated() {
                if stacked.contains(rowIndex) { continue }
                let row = Self.withBulletJoined(found)
                // Cells side by side: a table row. A lone cell under the first column, between two rows of the
                // table, is a row whose other cells are empty.
                let isTable =
                    row.count >= 2
                    || (tableWidth >= 2 && rowIndex + 1 < rows.count && rows[rowIndex + 1].count >= 2
                        && abs(row[0].x0 - (tableColumns.first ?? -100)) < 3)
                if isTable {
                    if let current = open { emit(current.piece, page: current.page); open = nil }
                    if row.count >= 2 { tableWidth = row.count; tableColumns = row.map(\.x0) }
                    var cells = row.map { block in Self.join(block.lines, vocabulary: vocabulary) }
                    // A cell of two paragraphs beside a taller cell: poppler gives the second paragraph a block of its own
                    // under the first ("Mr A Resident, Place" over the question, beside the response). It is more of
                    // that cell; a one-line first paragraph without a full stop is a label, set off by a colon.
                    // Three columns at least: in two columns of text (bilingual minutes) a lone block is a paragraph of its column.
                    if row.count >= 3 {
                        let bottom = row.map(\.y1).max() ?? 0
                        var next = rowIndex + 1
                        while next < rows.count, rows[next].count == 1, let below = rows[next].first, below.y0 < bottom - 1,
                            let cell = row.indices.first(where: { abs(row[$0].x0 - below.x0) < 3 && ($0 + 1 == row.count || below.x1 <= row[$0 + 1].x0 + 1) })
                        {
                            let upper = cells[cell]
                            let label = upper.split(separator: " ").count <= 10 && !(upper.last.map { ".:;?!".contains($0) } ?? true)
                            cells[cell] = upper + (label ? ": " : " ") + Self.join(below.lines, vocabulary: vocabulary)
                            stacked.insert(next)
                            next += 1
                        }
                    }
                    if cells.count < tableWidth { cells += Array(repeating: "", count: tableWidth - cells.count) }
                    emit(.row(cells), page: page.number)
                    continue
                }
                tableWidth = 0
                tableColumns = []
                let block = row[0]
                let first = block.lines[0]
                let height = block.lines.map(\.height).max() ?? bodyHeight
                let piece: Piece
                if height >= bodyHeight * 1.15 && block.lines.count <= 4 {
                    piece = .heading(block.lines.map(\.text))
                } else if let glyph = first.words.first, Self.isBulletGlyph(glyph) {
                    var lines = block.lines
                    lines[0].words.removeFirst()
                    if lines[0].words.isEmpty { lines.removeFirst() }
                    let left = margins.left(for: first.x0)
                    piece = .bullet(Self.join(lines, vocabulary: vocabulary), depth: first.x0 - left > 14 ? 1 : 0)
                } else {
                    // Indented by a tab or so, not centred: an indented paragraph.
                    let offset = block.x0 - margins.left(for: block.x0)
                    piece = .paragraph(Self.join(block.lines, vocabulary: vocabulary), indented: offset >= 12 && offset <= 60)
                }
                // A paragraph or list item cut by a page or column break goes on in the next block.
                let column = margins.column(for: first.x0)
                // The rest of a paragraph poppler set in a block of its own, right under it on the same page.
                // Only as far below as the lines of a paragraph are apart: list items set a little further apart stay items.
                if let current = open, case .paragraph(let more, _) = piece, current.pageIndex == pageIndex, current.flow == block.flow,
                    let gap = current.lineGap ?? Self.lineGap(block) ?? bodyLineGap, first.y0 > current.lastLine.y0,
                    first.y0 - current.lastLine.y1 < gap + max(1, current.lastLine.height * 0.08),
                    abs(first.x0 - current.textLeft) < 2,
                    Self.continues(current.piece, lastLine: current.lastLine, column: current.column, next: more)
                {
                    if case .paragraph(let text, let indented) = current.piece {
                        open!.piece = .paragraph(Self.joinText(text, more, vocabulary: vocabulary), indented: indented)
                        open!.lastLine = block.lines.last!
                        open!.lineGap = open!.lineGap ?? Self.lineGap(block)
                        continue
                    }
                }
                if let current = open, case .paragraph(let more, _) = piece,
                    current.pageIndex != pageIndex || current.flow != block.flow,
                    // The same indent from the column's edge, or the same place on the page (the next page's
                    // left edge may be set by other lines: a list's glyphs, a heading further out).
                    abs((first.x0 - column.left) - current.indent) < 4 || abs(first.x0 - current.textLeft) < 2
                        || Self.plainlyContinues(current.piece, next: more),
                    Self.continues(current.piece, lastLine: current.lastLine, column: current.column, next: more)
                {
                    switch current.piece {
                    case .paragraph(let text, let indented):
                        open!.piece = .paragraph(Self.joinText(text, more, vocabulary: vocabulary), indented: indented)
                    case .bullet(let text, let depth):
                        open!.piece = .bullet(Self.joinText(text, more, vocabulary: vocabulary), depth: depth)
                    default: break
                    }
                    open!.lastLine = block.lines.last!
                    open!.pageIndex = pageIndex
                    open!.flow = block.flow
                    open!.column = column
                    continue
                }
                if let current = open { emit(current.piece, page: current.page) }
                // Where a continuation would start: the text's own indent (a list item's text, after its glyph).
                let textLeft = numberedTextLeft[rowIndex] ?? (block.lines.count > 1 ? block.lines[1].x0 : first.x0)
                open = (piece, page.number, block.lines.last!, column, textLeft - column.left, textLeft, pageIndex, block.flow, Self.lineGap(block))
            }
        }
        if let current = open { emit(current.piece, page: current.page) }
        let (text, lines) = writer.finish()
        return (text, lines)
    }

    /// Whether `next` carries on the paragraph or list item before a page or column break: the text before does not
    /// end a sentence, or `next` opens in lower case, or the last line ran to the column's right edge.
    static func continues(_ piece: Piece, lastLine: Line, column: (left: Double, right: Double), next: String) -> Bool {
        let text: String
        switch piece {
        case .paragraph(let t, _), .bullet(let t, _): text = t
        default: return false
        }
        guard let last = text.last, let first = next.first else { return false }
        if first.isLowercase { return true }
        let width = max(1, column.right - column.left)
        let fill = (lastLine.x1 - column.left) / width
        if !".?!:;)]\"”’".contains(last) && fill >= 0.7 { return true }
        return lastLine.x1 >= column.right - lastLine.height * 1.5
    }

    /// Over a page break, whatever the indent: the text before stops mid-sentence ("… had not modelled a lower increase
    /// and") and the next page's first block opens in lower case ("could not give the Panel a figure.").
    static func plainlyContinues(_ piece: Piece, next: String) -> Bool {
        let text: String
        switch piece {
        case .paragraph(let t, _), .bullet(let t, _): text = t
        default: return false
        }
        guard let last = text.last, let first = next.first, first.isLowercase, first.isLetter else { return false }
        return !".?!:;)]\"”’".contains(last)
    }

    /// A list glyph set apart from its text (poppler gives the glyph a block of its own, beside the text's block)
    /// is one list item with it, not a table row of two cells.
    static func withBulletJoined(_ row: [Block]) -> [Block] {
        guard row.count >= 2, row[0].lines.count == 1, row[0].lines[0].words.count == 1, isBulletGlyph(row[0].lines[0].words[0]) else { return row }
        var item = row[1]
        let glyph = row[0].lines[0]
        item.lines[0].words.insert(glyph.words[0], at: 0)
        item.lines[0].x0 = glyph.x0
        return [item] + row.dropFirst(2)
    }

    static func isBulletGlyph(_ word: String) -> Bool {
        word.count == 1 && "•·▪◦○●‣⁃■□➢►–-*\u{F0B7}\u{F0A7}".contains(word)
    }

    /// The blocks of a page in reading order: top to bottom, and on a two-column page (or part of one, between
    /// blocks that span both columns) the left column before the right. Each block's `flow` becomes its column
    /// (a number that changes at every column break). poppler's own order is not kept: it can put the right column
    /// between two parts of the left one.
    static func readingOrder(_ page: Page) -> [Block] {
        let blocks = page.blocks.flatMap(splitAtListItems)
        guard blocks.count >= 2 else { return blocks }
        let gutter = self.gutter(page)
        var ordered: [Block] = []
        var region: [Block] = []
        var column = 0
        func topToBottom(_ list: [Block]) -> [Block] {
            let sorted = list.sorted { $0.y0 < $1.y0 }
            var out: [Block] = []
            var group: [Block] = []
            for block in sorted {
                if let first = group.first, abs(block.y0 - first.y0) >= 2 {
                    out += group.sorted { $0.x0 < $1.x0 }
                    group = []
                }
                group.append(block)
            }
            return out + group.sorted { $0.x0 < $1.x0 }
        }
        func closeRegion() {
            guard !region.isEmpty else { return }
            if let gutter {
                let left = region.filter { $0.x1 <= gutter }, right = region.filter { $0.x0 >= gutter }
                for var block in topToBottom(left) { block.flow = column; ordered.append(block) }
                column += 1
                for var block in topToBottom(right) { block.flow = column; ordered.append(block) }
                column += 1
            } else {
                for var block in topToBottom(region) { block.flow = column; ordered.append(block) }
                column += 1
            }
            region = []
        }
        for block in blocks.sorted(by: { $0.y0 < $1.y0 }) {
            if let gutter, block.x0 < gutter && block.x1 > gutter {
                closeRegion()
                var spanning = block
                spanning.flow = column
                ordered.append(spanning)
                column += 1
            } else {
                region.append(block)
            }
        }
        closeRegion()
        return ordered
    }

    /// A block holding several list items (no space between them, so poppler kept them together), one per item:
    /// a new item starts at a line opening with a bullet glyph, or with a number ("(2)", "3.") set out to the left
    /// of the line before it.
    static func splitAtListItems(_ block: Block) -> [Block] {
        guard block.lines.count > 1 else { return [block] }
        var parts: [Block] = []
        var current = Block(lines: [], flow: block.flow)
        for line in block.lines {
            if let previous = current.lines.last, let first = line.words.first,
                isBulletGlyph(first) || (isListNumber(first) && line.x0 < previous.x0 - 3)
            {
                parts.append(current)
                current = Block(lines: [], flow: block.flow)
            }
            current.lines.append(line)
        }
        parts.append(current)
        return parts
    }

    /// The space between one line of a block and the next (nil for a block of one line).
    static func lineGap(_ block: Block) -> Double? {
        guard block.lines.count >= 2 else { return nil }
        return max(0, block.lines[1].y0 - block.lines[0].y1)
    }

    /// A paragraph number in a column of its own ("44.2", "7.", "(b)") beside a paragraph of text that starts on its
    /// line: the paragraph, led by its number. Nil for anything else (a table's cells).
    static func numberedParagraph(_ row: [Block], pageWidth: Double) -> Block? {
        let number = row[0], text = row[1]
        guard number.lines.count == 1, number.lines[0].words.count == 1, let label = number.lines[0].words.first,
            isListNumber(label) || isDecimalNumber(label),
            // A paragraph beside it, or an item's title in capitals ("31." beside "WELCOME AND INTRODUCTIONS:").
            text.x1 - text.x0 > pageWidth * 0.4
                || (text.lines.count == 1 && text.lines[0].words.count >= 2 && DocumentParser.isCapitalsTitle(text.lines[0].text)),
            text.x0 - number.x1 < pageWidth * 0.15,
            abs(number.lines[0].y0 - text.lines[0].y0) < text.lines[0].height * 0.6
        else { return nil }
        var block = text
        block.lines[0].words.insert(label, at: 0)
        block.lines[0].x0 = number.x0
        return block
    }

    /// "44.2", "3.1.4", "44.2." — a numbered paragraph's number.
    static func isDecimalNumber(_ word: String) -> Bool {
        let parts = (word.hasSuffix(".") ? String(word.dropLast()) : word).split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.count <= 4
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// "(2)", "(2).", "(b)", "3.", "12)".
    static func isListNumber(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        guard bytes.count >= 2, bytes.count <= 6 else { return false }
        func digits(_ slice: ArraySlice<UInt8>) -> Bool { !slice.isEmpty && slice.count <= 3 && slice.allSatisfy { $0 >= 48 && $0 <= 57 } }
        if bytes[0] == 40 {  // (
            guard let close = bytes.firstIndex(of: 41) else { return false }  // )
            let inner = bytes[1..<close], rest = bytes[(close + 1)...]
            guard rest.isEmpty || (rest.count == 1 && rest.first == 46) else { return false }
            // "(2)", "(b)", and roman numerals "(iv)", "(xii)".
            return digits(inner) || (inner.count == 1 && inner.first! >= 97 && inner.first! <= 122)
                || (inner.count <= 5 && inner.allSatisfy { $0 == 105 || $0 == 118 || $0 == 120 })  // i v x
        }
        guard let last = bytes.last, last == 46 || last == 41 else { return false }  // . )
        return digits(bytes.dropLast())
    }

    /// The x of the space between two columns of text, or nil for a page in one column. A vertical strip near the
    /// middle that few blocks cross, with blocks on both sides that do not sit on the same lines (as a table's do).
    static func gutter(_ page: Page) -> Double? {
        let blocks = page.blocks
        var best: (x: Double, crossing: Int)?
        var x = page.width * 0.35
        while x <= page.width * 0.65 {
            let crossing = blocks.filter { $0.x0 < x && $0.x1 > x }.count
            if best == nil || crossing < best!.crossing { best = (x, crossing) }
            x += 2
        }
        guard let best, best.crossing * 3 <= blocks.count else { return nil }
        let left = blocks.filter { $0.x1 <= best.x }, right = blocks.filter { $0.x0 >= best.x }
        let lines = { (list: [Block]) in list.reduce(0) { $0 + $1.lines.count } }
        guard lines(left) >= 4, lines(right) >= 4 else { return nil }
        let aligned = right.filter { r in left.contains { abs($0.y0 - r.y0) < 2 } }.count
        guard Double(aligned) < Double(right.count) * 0.6 else { return nil }
        return best.x
    }

    /// The blocks of a page in reading order, blocks that sit side by side on the same lines (table cells) as one row.
    static func rows(of page: Page) -> [[Block]] {
        var rows: [[Block]] = []
        for block in page.blocks {
            if var row = rows.last, let previous = row.last,
                block.x0 >= previous.x1 - 1,
                block.lines[0].y0 < previous.lines[0].y1 - 1, block.lines[0].y1 > previous.lines[0].y0 + 1
            {
                row.append(block)
                rows[rows.count - 1] = row
            } else {
                rows.append([block])
            }
        }
        return rows
    }

    /// The left edge of each column of a page: the leftmost line start left of the middle, and right of it.
    struct Margins {
        var first: (left: Double, right: Double)
        var second: (left: Double, right: Double)?
        var middle: Double
        func left(for x: Double) -> Double { column(for: x).left }
        func column(for x: Double) -> (left: Double, right: Double) {
            if let second, x >= middle { return second }
            return first
        }
    }

    /// The edges of a page's columns: lines starting left of the middle, and right of it.
    static func columnLefts(_ page: Page) -> Margins {
        let lines = page.blocks.flatMap(\.lines)
        let middle = page.width / 2
        let left = lines.filter { $0.x0 < middle }, right = lines.filter { $0.x0 >= middle }
        let first = (left.map(\.x0).min() ?? 0, left.map(\.x1).max() ?? page.width)
        let second = right.isEmpty ? nil : (right.map(\.x0).min()!, right.map(\.x1).max()!)
        return Margins(first: first, second: second, middle: middle)
    }

    /// The usual space between the lines of a paragraph, or nil when no block has two lines.
    func medianLineGap() -> Double? {
        let gaps = pages.flatMap { $0.blocks.compactMap(Self.lineGap) }.sorted()
        return gaps.isEmpty ? nil : gaps[gaps.count / 2]
    }

    func medianLineHeight() -> Double {
        var heights: [Double] = []
        for page in pages { for block in page.blocks { for line in block.lines { heights += Array(repeating: line.height, count: max(1, line.words.count)) } } }
        guard !heights.isEmpty else { return 10 }
        heights.sort()
        return heights[heights.count / 2]
    }

    // MARK: - Joining lines

    /// The lines of a block as one paragraph.
    static func join(_ lines: [Line], vocabulary: Vocabulary) -> String {
        var text = ""
        for line in lines {
            text = text.isEmpty ? line.text : joinText(text, line.text, vocabulary: vocabulary)
        }
        return text
    }

    /// `a` then `b` on the next line: with a space, or without the hyphen of a word broken at the line end.
    static func joinText(_ a: String, _ b: String, vocabulary: Vocabulary) -> String {
        // A web address broken over two lines is one word.
        let lastWord = a.split(separator: " ").last.map(String.init) ?? a
        if lastWord.hasPrefix("http://") || lastWord.hasPrefix("https://") || lastWord.hasPrefix("www.") {
            if lastWord.hasSuffix("/") || lastWord.hasSuffix("-") || lastWord.hasSuffix("_") || lastWord.hasSuffix("=") || lastWord.hasSuffix("&")
                || (!b.contains(" ") && !b.hasPrefix("http"))
            {
                return a + b
            }
        }
        guard a.hasSuffix("-"), a.count >= 2, let first = b.first else { return a + " " + b }
        let beforeHyphen = a.dropLast()
        guard let letter = beforeHyphen.last, letter.isLetter else { return a + " " + b }
        // "Multi-" "Agency", "2017-" "18": a compound; no space, the hyphen kept.
        guard first.isLowercase else { return a + b }
        let left = String(beforeHyphen.reversed().prefix(while: { $0.isLetter || $0 == "-" }).reversed())
        let right = String(b.prefix(while: { $0.isLetter || $0 == "-" }))
        return vocabulary.keepsHyphen(left: left, right: right) ? a + b : String(beforeHyphen) + b
    }

    /// The words a document uses, to tell a compound broken at its hyphen from a word the typesetter hyphenated.
    struct Vocabulary {
        private var words: Set<String> = []
        private var hyphenated: Set<String> = []
        /// Prefixes British English writes with a hyphen ("non-crime", "multi-agency", "self-harm").
        static let hyphenPrefixes: Set<String> = ["non", "multi", "self", "cross", "anti", "semi", "e", "inter-agency"]

        init(_ pages: [Page]) {
            for page in pages {
                for block in page.blocks {
                    var afterBreak = false
                    for line in block.lines {
                        for (index, word) in line.words.enumerated() {
                            // The halves of a word broken at a line end are not words of the document.
                            if index == line.words.count - 1 && word.hasSuffix("-") { continue }
                            let lower = Self.letters(word, keepingHyphens: true)
                            let core = lower.hasSuffix("-") ? String(lower.dropLast(lower.reversed().prefix { $0 == "-" }.count)) : lower
                            if core.isEmpty { continue }
                            if index == 0 && afterBreak { continue }
                            if core.contains("-") { hyphenated.insert(core) }
                            words.insert(core)
                            for part in core.split(separator: "-") where part.count >= 2 { words.insert(String(part)) }
                        }
                        afterBreak = line.words.last?.hasSuffix("-") ?? false
                    }
                }
            }
        }

        /// The word lower-cased without what surrounds its letters ("(Multi-Agency," → "multi-agency").
        static func letters(_ word: String, keepingHyphens: Bool) -> String {
            let lower = word.lowercased()
            let utf8 = lower.utf8
            // A byte of a letter: an ASCII letter, or any byte of a non-ASCII scalar (letters, mostly).
            func isLetter(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || byte >= 0x80 }
            guard let first = utf8.firstIndex(where: isLetter),
                let last = utf8.lastIndex(where: { isLetter($0) || (keepingHyphens && $0 == 45) }), first <= last
            else { return "" }
            return String(lower[first...last])
        }

        func keepsHyphen(left: String, right: String) -> Bool {
            let l = left.lowercased(), r = right.lowercased()
            let lastPart = l.split(separator: "-").last.map(String.init) ?? l
            if hyphenated.contains(l + "-" + r) { return true }
            if words.contains(lastPart + r) { return false }
            if Self.hyphenPrefixes.contains(lastPart) { return true }
            return lastPart.count >= 2 && r.count >= 3 && words.contains(lastPart) && words.contains(r)
        }
    }
}

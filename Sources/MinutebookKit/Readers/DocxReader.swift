import Foundation
import ZIPFoundation

/// Reads a Word document (.docx): `word/document.xml` from the ZIP container (ZIPFoundation), parsed by libxml2,
/// with `word/styles.xml` for heading and list styles and `word/numbering.xml` for list kinds and numbers.
///
/// Paragraphs in a heading style (or with an outline level) are headings, wholly bold paragraphs too (as `**…**`
/// is in text); list paragraphs are bullets or numbered entries with the numbers Word would show, nested by level
/// or indent; tables are rows under their first row. Headers, footers, footnotes, comments, deleted text and
/// field codes are not part of the minutes and are left out.
enum DocxReader {
    /// A member of the container larger than this unpacked is refused (a ZIP bomb).
    static let memberLimit = 256 * 1_048_576

    static func read(_ archive: Archive) throws(DocumentError) -> ExtractedText {
        guard let entry = archive["word/document.xml"], let data = ZipText.extract(entry, from: archive, limit: memberLimit),
            let tree = MarkupTree.xml(data), let root = tree.root
        else {
            throw .unreadableFormat("the Word document cannot be read: its word/document.xml is missing or damaged")
        }
        let styles = archive["word/styles.xml"].flatMap { ZipText.extract($0, from: archive, limit: memberLimit) }.flatMap(MarkupTree.xml)
        let numbering = archive["word/numbering.xml"].flatMap { ZipText.extract($0, from: archive, limit: memberLimit) }.flatMap(MarkupTree.xml)
        var reader = WordBody(styles: WordStyles(styles?.root), numbering: WordNumbering(numbering?.root))
        guard let body = root.child("body") else { throw .unreadableFormat("the Word document cannot be read: it has no body") }
        reader.prepareListIndents(body)
        reader.blocks(body)
        let (text, _) = reader.writer.finish()
        var extracted = ExtractedText(text: text, format: .docx, encoding: "docx")
        extracted.pageTitle = pageHeader(archive)
        return extracted
    }

    /// The text of the first page header that has any ("Nene and Welland Police, Fire and Crime Panel"): not part of
    /// the minutes' text, but where some panels' templates name the panel.
    static func pageHeader(_ archive: Archive) -> String? {
        for index in 1...3 {
            // The tree is kept while its nodes are read: they live in its libxml2 document.
            guard let entry = archive["word/header\(index).xml"], let data = ZipText.extract(entry, from: archive, limit: memberLimit),
                let tree = MarkupTree.xml(data), let root = tree.root
            else { continue }
            let text = withExtendedLifetime(tree) { root.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            if !text.isEmpty { return text }
        }
        return nil
    }
}

/// Paragraph styles: which are headings, which are bold, which carry list numbering, following `basedOn`.
struct WordStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var bold: Bool?
        var numID: String?
        var level: Int?
        var indent: Int?
    }
    private var styles: [String: Style] = [:]

    init(_ root: MarkupNode?) {
        guard let root else { return }
        for node in root.children where node.isElement && node.name == "style" {
            guard let id = node.attribute("styleId") else { continue }
            var style = Style()
            style.name = node.child("name")?.attribute("val")?.lowercased() ?? ""
            style.basedOn = node.child("basedOn")?.attribute("val")
            if let pPr = node.child("pPr") {
                style.outlineLevel = pPr.child("outlineLvl")?.attribute("val").flatMap { Int($0) }
                if let numPr = pPr.child("numPr") {
                    style.numID = numPr.child("numId")?.attribute("val")
                    style.level = numPr.child("ilvl")?.attribute("val").flatMap { Int($0) }
                }
                style.indent = pPr.child("ind").flatMap { Int($0.attribute("left") ?? $0.attribute("start") ?? "") }
            }
            if let b = node.child("rPr")?.child("b") { style.bold = WordBody.isOn(b) }
            styles[id] = style
        }
    }

    /// The style and those it is based on, nearest first.
    func chain(_ id: String?) -> [Style] {
        var out: [Style] = []
        var current = id
        var seen = Set<String>()
        while let key = current, let style = styles[key], seen.insert(key).inserted, out.count < 20 {
            out.append(style)
            current = style.basedOn
        }
        return out
    }

    func isHeading(_ id: String?) -> Bool {
        chain(id).contains { style in
            style.outlineLevel.map { $0 < 9 } ?? false || style.name.hasPrefix("heading") || style.name == "title" || style.name == "subtitle"
        }
    }

    func isBold(_ id: String?) -> Bool { chain(id).lazy.compactMap(\.bold).first ?? false }
    func numbering(_ id: String?) -> (numID: String, level: Int?)? {
        for style in chain(id) { if let numID = style.numID { return (numID, style.level) } }
        return nil
    }
    func indent(_ id: String?) -> Int? { chain(id).lazy.compactMap(\.indent).first }
}

/// List definitions: for each list (numId) and level, whether it is a bullet, how its number is written, its indent.
struct WordNumbering {
    struct Level {
        var format = "decimal"
        var text = "%1."
        var start = 1
        var indent = 0
    }
    private var abstract: [String: [Int: Level]] = [:]
    private var lists: [String: (abstract: String, starts: [Int: Int])] = [:]

    init(_ root: MarkupNode?) {
        guard let root else { return }
        for node in root.children where node.isElement {
            if node.name == "abstractNum", let id = node.attribute("abstractNumId") {
                var levels: [Int: Level] = [:]
                for lvl in node.children where lvl.isElement && lvl.name == "lvl" {
                    guard let ilvl = Int(lvl.attribute("ilvl") ?? "") else { continue }
                    var level = Level()
                    level.format = lvl.child("numFmt")?.attribute("val") ?? "decimal"
                    level.text = lvl.child("lvlText")?.attribute("val") ?? "%\(ilvl + 1)."
                    level.start = Int(lvl.child("start")?.attribute("val") ?? "") ?? 1
                    level.indent = lvl.child("pPr")?.child("ind").flatMap { Int($0.attribute("left") ?? $0.attribute("start") ?? "") } ?? 0
                    levels[ilvl] = level
                }
                abstract[id] = levels
            } else if node.name == "num", let id = node.attribute("numId"), let abstractID = node.child("abstractNumId")?.attribute("val") {
                var starts: [Int: Int] = [:]
                for override in node.children where override.isElement && override.name == "lvlOverride" {
                    if let ilvl = Int(override.attribute("ilvl") ?? ""), let start = override.child("startOverride")?.attribute("val").flatMap({ Int($0) }) {
                        starts[ilvl] = start
                    }
                }
                lists[id] = (abstractID, starts)
            }
        }
    }

    func level(_ numID: String, _ ilvl: Int) -> Level? {
        guard let list = lists[numID], var level = abstract[list.abstract]?[ilvl] else { return nil }
        if let start = list.starts[ilvl] { level.start = start }
        return level
    }
}

/// Walks `w:body`, writing blocks.
struct WordBody {
    let styles: WordStyles
    let numbering: WordNumbering
    var writer = LayoutWriter()
    /// Counters per list and level, for numbered entries.
    private var counters: [String: [Int: Int]] = [:]
    /// The smallest indent of a list paragraph: lists indented further are nested.
    private var listIndentBase: Int?

    init(styles: WordStyles, numbering: WordNumbering) {
        self.styles = styles
        self.numbering = numbering
    }

    static func isOn(_ node: MarkupNode) -> Bool {
        guard let value = node.attribute("val")?.lowercased() else { return true }
        return !["0", "false", "off", "none"].contains(value)
    }

    struct ListInfo {
        var numID: String
        var level: Int
        var definition: WordNumbering.Level
        var indent: Int
    }

    func listInfo(_ paragraph: MarkupNode) -> ListInfo? {
        let pPr = paragraph.child("pPr")
        let styleID = pPr?.child("pStyle")?.attribute("val")
        var numID: String?, level: Int?
        if let numPr = pPr?.child("numPr") {
            numID = numPr.child("numId")?.attribute("val")
            level = numPr.child("ilvl")?.attribute("val").flatMap { Int($0) }
        }
        if numID == nil, let fromStyle = styles.numbering(styleID) {
            numID = fromStyle.numID
            level = level ?? fromStyle.level
        }
        guard let numID, numID != "0" else { return nil }
        let ilvl = level ?? 0
        let definition = numbering.level(numID, ilvl) ?? WordNumbering.Level(format: "bullet", text: "•")
        let direct = pPr?.child("ind").flatMap { Int($0.attribute("left") ?? $0.attribute("start") ?? "") }
        return ListInfo(
            numID: numID, level: ilvl, definition: definition, indent: direct ?? (definition.indent > 0 ? definition.indent : styles.indent(styleID) ?? 0))
    }

    mutating func prepareListIndents(_ body: MarkupNode) {
        for paragraph in body.descendants("p") {
            if let info = listInfo(paragraph), info.level == 0 {
                listIndentBase = min(listIndentBase ?? info.indent, info.indent)
            }
        }
    }

    mutating func blocks(_ container: MarkupNode) {
        for node in container.children where node.isElement {
            switch node.name {
            case "p": paragraph(node)
            case "tbl": table(node)
            case "sdt": if let content = node.child("sdtContent") { blocks(content) }
            case "customXml", "smartTag", "ins": blocks(node)
            default: break
            }
        }
    }

    /// A paragraph's text ("\n" for a line break) and whether all of it is bold.
    func text(of paragraph: MarkupNode) -> (text: String, allBold: Bool) {
        let styleBold = styles.isBold(paragraph.child("pPr")?.child("pStyle")?.attribute("val"))
        var text = ""
        var bold = 0, plain = 0
        func run(_ node: MarkupNode) {
            var isBold = styleBold
            if let rPr = node.child("rPr") {
                if let b = rPr.child("b") {
                    isBold = Self.isOn(b)
                } else if let style = rPr.child("rStyle")?.attribute("val")?.lowercased(), style.contains("strong") || style.contains("bold") {
                    isBold = true
                }
            }
            for part in node.children where part.isElement {
                switch part.name {
                case "t":
                    let value = part.textContent
                    text += value
                    let count = value.unicodeScalars.filter { !$0.properties.isWhitespace }.count
                    if isBold { bold += count } else { plain += count }
                case "tab", "ptab": text += " "
                case "br":
                    let type = part.attribute("type") ?? "textWrapping"
                    if type == "textWrapping" { text += "\n" }
                case "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                default: break
                }
            }
        }
        func walk(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                switch child.name {
                case "r": run(child)
                case "hyperlink", "ins", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "moveTo": walk(child)
                default: break  // deletions, comments, bookmarks, drawings, field codes
                }
            }
        }
        walk(paragraph)
        return (text, plain == 0 && bold > 0)
    }

    mutating func paragraph(_ node: MarkupNode) {
        let (text, allBold) = text(of: node)
        guard !LayoutWriter.flat(text).isEmpty else { return }
        let pPr = node.child("pPr")
        let styleID = pPr?.child("pStyle")?.attribute("val")
        let outline = pPr?.child("outlineLvl")?.attribute("val").flatMap { Int($0) }
        if styles.isHeading(styleID) || (outline.map { $0 < 9 } ?? false) {
            return writer.heading(text)
        }
        if let info = listInfo(node) {
            let depth = max(info.level, info.indent - (listIndentBase ?? info.indent) >= 300 ? 1 : 0)
            if info.definition.format == "bullet" || info.definition.format == "none" {
                writer.bullet(text, depth: depth)
            } else {
                writer.numbered(marker(info), text, depth: depth)
            }
            return
        }
        if allBold { return writer.heading(text) }
        let indent = pPr?.child("ind").flatMap { Int($0.attribute("left") ?? $0.attribute("start") ?? "") } ?? styles.indent(styleID) ?? 0
        // Word's own list indent is 0.63 cm (357 twips); half a centimetre or more is an indented paragraph.
        writer.paragraph(text, indented: indent >= 280)
    }

    /// The number Word shows for a numbered paragraph: its level's text ("%1.", "(%1)", "%1.%2") with the counters.
    mutating func marker(_ info: ListInfo) -> String {
        var levels = counters[info.numID] ?? [:]
        levels[info.level] = (levels[info.level] ?? (info.definition.start - 1)) + 1
        for deeper in levels.keys where deeper > info.level { levels[deeper] = nil }
        counters[info.numID] = levels
        var text = info.definition.text
        for ilvl in 0...min(info.level, 8) {
            let format = numbering.level(info.numID, ilvl)?.format ?? "decimal"
            let value = levels[ilvl] ?? numbering.level(info.numID, ilvl)?.start ?? 1
            text = text.replacingOccurrences(of: "%\(ilvl + 1)", with: Self.format(value, format))
        }
        return text.trimmingCharacters(in: .whitespaces)
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": String(UnicodeScalar(UInt8(96 + min(max(value, 1), 26))))
        case "upperLetter": String(UnicodeScalar(UInt8(64 + min(max(value, 1), 26))))
        case "lowerRoman": HTMLWalker.roman(value)
        case "upperRoman": HTMLWalker.roman(value).uppercased()
        default: String(value)
        }
    }

    /// A table: rows of cell texts; a table with tables inside is page layout, read cell by cell.
    mutating func table(_ node: MarkupNode) {
        let rows = node.children.filter { $0.isElement && $0.name == "tr" }
        let layout = !node.descendants("tbl").isEmpty
        for row in rows {
            var cells: [String] = []
            for cell in row.children where cell.isElement && cell.name == "tc" {
                if layout {
                    blocks(cell)
                    continue
                }
                let properties = cell.child("tcPr")
                let continued = properties?.child("vMerge").map { ($0.attribute("val") ?? "continue") == "continue" } ?? false
                let text =
                    continued
                    ? ""
                    : cell.children.filter { $0.isElement && $0.name == "p" }.map { LayoutWriter.flat(self.text(of: $0).text) }
                        .filter { !$0.isEmpty }.joined(separator: " ")
                cells.append(text)
                let span = Int(properties?.child("gridSpan")?.attribute("val") ?? "") ?? 1
                if span > 1 { cells += Array(repeating: "", count: min(span, 20) - 1) }
            }
            if !layout { writer.tableRow(cells) }
        }
        writer.endTable()
    }
}

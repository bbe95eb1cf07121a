import Foundation
import ZIPFoundation

/// Reads an OpenDocument text (.odt, LibreOffice's own format): `content.xml` from the ZIP container, parsed by
/// libxml2, with the list and text styles of `content.xml` and `styles.xml`. `text:h` are headings, wholly bold
/// paragraphs too; `text:list` items are bullets or numbered entries, nested as written; tables are rows under
/// their first row. Notes, annotations, tracked changes and frames are left out.
enum ODTReader {
    static func read(_ archive: Archive) throws(DocumentError) -> ExtractedText {
        guard let entry = archive["content.xml"], let data = ZipText.extract(entry, from: archive, limit: DocxReader.memberLimit),
            let tree = MarkupTree.xml(data), let root = tree.root
        else {
            throw .unreadableFormat("the OpenDocument file cannot be read: its content.xml is missing or damaged")
        }
        let stylesTree = archive["styles.xml"].flatMap { ZipText.extract($0, from: archive, limit: DocxReader.memberLimit) }.flatMap(MarkupTree.xml)
        var reader = ODTBody()
        for styleRoot in [stylesTree?.root, root].compactMap({ $0 }) { reader.learnStyles(styleRoot) }
        guard let text = root.child("body")?.child("text") else {
            throw .unreadableFormat("the OpenDocument file cannot be read: it is not a text document")
        }
        reader.blocks(text)
        return ExtractedText(text: reader.writer.finish().text, format: .odt, encoding: "odt")
    }
}

struct ODTBody {
    var writer = LayoutWriter()
    /// Text and paragraph styles that set bold; paragraph styles with a left margin.
    private var boldStyles: Set<String> = []
    private var indentedStyles: Set<String> = []
    /// List styles: for each level, nil for a bullet or the number's (prefix, suffix, format).
    private var listStyles: [String: [Int: (prefix: String, suffix: String, format: String)?]] = [:]
    private var parentStyles: [String: String] = [:]

    mutating func learnStyles(_ root: MarkupNode) {
        func walk(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                switch child.name {
                case "style":
                    guard let name = child.attribute("name") else { continue }
                    if let parent = child.attribute("parent-style-name") { parentStyles[name] = parent }
                    if let weight = child.child("text-properties")?.attribute("font-weight"),
                        weight == "bold" || weight == "700" || weight == "800" || weight == "900"
                    {
                        boldStyles.insert(name)
                    }
                    if let margin = child.child("paragraph-properties")?.attribute("margin-left"), Self.points(margin) >= 18 {
                        indentedStyles.insert(name)
                    }
                case "list-style":
                    guard let name = child.attribute("name") else { continue }
                    var levels: [Int: (prefix: String, suffix: String, format: String)?] = [:]
                    for level in child.children where level.isElement {
                        guard let number = Int(level.attribute("level") ?? "") else { continue }
                        if level.name == "list-level-style-number" {
                            levels[number] = (level.attribute("num-prefix") ?? "", level.attribute("num-suffix") ?? ".", level.attribute("num-format") ?? "1")
                        } else {
                            levels[number] = .some(nil)
                        }
                    }
                    listStyles[name] = levels
                case "automatic-styles", "styles", "master-styles":
                    walk(child)
                default: break
                }
            }
        }
        walk(root)
    }

    static func points(_ length: String) -> Double {
        let number = Double(length.prefix { $0.isNumber || $0 == "." }) ?? 0
        switch length.drop(while: { $0.isNumber || $0 == "." }) {
        case "cm": return number * 28.35
        case "mm": return number * 2.835
        case "in": return number * 72
        case "pt": return number
        default: return 0
        }
    }

    private func isBoldStyle(_ name: String?) -> Bool {
        var current = name, hops = 0
        while let style = current, hops < 10 {
            if boldStyles.contains(style) { return true }
            current = parentStyles[style]
            hops += 1
        }
        return false
    }

    mutating func blocks(_ container: MarkupNode) {
        for node in container.children where node.isElement {
            switch node.name {
            case "h":
                writer.heading(text(of: node).text)
            case "p":
                let (text, allBold) = text(of: node)
                if allBold {
                    writer.heading(text)
                } else {
                    let style = node.attribute("style-name")
                    writer.paragraph(text, indented: style.map { indentedStyles.contains($0) || indentedStyles.contains(parentStyles[$0] ?? "") } ?? false)
                }
            case "list":
                list(node, depth: 0, style: node.attribute("style-name"))
            case "table":
                table(node)
            case "section", "text-content", "deletion-free":
                blocks(node)
            default: break  // tables of contents, tracked changes, sequence declarations, frames
            }
        }
    }

    mutating func list(_ node: MarkupNode, depth: Int, style: String?) {
        let style = node.attribute("style-name") ?? style
        var counter = 0
        for item in node.children where item.isElement && (item.name == "list-item" || item.name == "list-header") {
            counter += 1
            if let start = item.attribute("start-value").flatMap({ Int($0) }) { counter = start }
            for child in item.children where child.isElement {
                switch child.name {
                case "p", "h":
                    let text = self.text(of: child).text
                    if let number = listStyles[style ?? ""]?[depth + 1] ?? nil {
                        let value =
                            number.format == "1"
                            ? String(counter)
                            : WordBody.format(
                                counter,
                                number.format == "a" ? "lowerLetter" : number.format == "A" ? "upperLetter" : number.format == "i" ? "lowerRoman" : "upperRoman"
                            )
                        writer.numbered(number.prefix + value + number.suffix, text, depth: depth)
                    } else {
                        writer.bullet(text, depth: depth)
                    }
                case "list":
                    list(child, depth: depth + 1, style: style)
                case "table":
                    table(child)
                default: break
                }
            }
        }
    }

    /// A paragraph's text ("\n" for a line break) and whether all of it is bold.
    func text(of paragraph: MarkupNode) -> (text: String, allBold: Bool) {
        var text = ""
        var bold = 0, plain = 0
        func walk(_ node: MarkupNode, bolded: Bool) {
            for child in node.children {
                if child.isText {
                    let value = child.content.replacingOccurrences(of: "\n", with: " ")
                    text += value
                    let count = value.unicodeScalars.filter { !$0.properties.isWhitespace }.count
                    if bolded { bold += count } else { plain += count }
                    continue
                }
                guard child.isElement else { continue }
                switch child.name {
                case "s": text += String(repeating: " ", count: min(Int(child.attribute("c") ?? "") ?? 1, 100))
                case "tab": text += " "
                case "line-break": text += "\n"
                case "span", "a", "meta", "ruby", "ruby-base":
                    walk(child, bolded: bolded || isBoldStyle(child.attribute("style-name")))
                default: break  // notes, annotations, frames, bookmarks, change marks
                }
            }
        }
        walk(paragraph, bolded: isBoldStyle(paragraph.attribute("style-name")))
        return (text, plain == 0 && bold > 0)
    }

    mutating func table(_ node: MarkupNode) {
        var rows: [MarkupNode] = []
        for child in node.children where child.isElement {
            if child.name == "table-row" { rows.append(child) }
            if ["table-header-rows", "table-rows", "table-row-group"].contains(child.name) {
                rows += child.children.filter { $0.isElement && $0.name == "table-row" }
            }
        }
        let layout = !node.descendants("table").isEmpty
        for row in rows {
            var cells: [String] = []
            for cell in row.children where cell.isElement && (cell.name == "table-cell" || cell.name == "covered-table-cell") {
                if layout { blocks(cell); continue }
                let text = cell.children.filter { $0.isElement && ($0.name == "p" || $0.name == "h") }
                    .map { LayoutWriter.flat(self.text(of: $0).text) }.filter { !$0.isEmpty }.joined(separator: " ")
                let repeated = min(Int(cell.attribute("number-columns-repeated") ?? "") ?? 1, 20)
                cells.append(text)
                if repeated > 1 { cells += Array(repeating: "", count: repeated - 1) }
            }
            if !layout { writer.tableRow(cells) }
        }
        writer.endTable()
    }
}

import Foundation

/// Reads a web page — a ModernGov `mgAi.aspx`, `ieListDocuments.aspx` or `mgIssueHistoryHome.aspx` page, a CMIS
/// page, or any saved HTML — into the text layout: headings, paragraphs, list items with their nesting, table
/// rows. The page's chrome is left out: scripts, styles, navigation, headers and footers, cookie banners,
/// "Share this item", and links to attached documents ("pdf icon PDF 238 KB").
enum HTMLReader {
    static func read(_ text: String, encoding: String) throws(DocumentError) -> ExtractedText {
        guard let tree = MarkupTree.html(withoutDownlevelConditionals(text)), let root = tree.root else {
            throw .unreadableFormat("the web page cannot be read: no HTML document in it")
        }
        // The nodes live in the tree's libxml2 document: it is kept until the last of them is read.
        defer { withExtendedLifetime(tree) {} }
        let (content, isWholePage) = contentRoot(of: root)
        var out = walked(content, dropPageChrome: isWholePage)
        // A content element that holds next to nothing (an empty "main" column, a content id the site uses for a
        // banner) is not where the minutes are: the body is read instead, when it holds more.
        if !isWholePage, letterCount(out) < minimumContentLetters, let body = body(of: root) {
            let whole = walked(body, dropPageChrome: true)
            if letterCount(whole) > letterCount(out) { out = whole }
        }
        // Bytes, but nothing a reader would call text: the parser's "the file is empty" would be false.
        if !out.contains(where: { $0.isLetter || $0.isNumber }) { throw .emptyWebPage }
        var page = ExtractedText(text: out, pages: nil, format: .html, encoding: encoding, sourceURL: address(of: root, text: text))
        page.pageTitle = title(of: root)
        return page
    }

    /// The text of the page's `<title>`, in its `<head>`.
    static func title(of root: MarkupNode) -> String? {
        let head = root.name == "head" ? root : root.child("head")
        guard let title = head?.child("title") else { return nil }
        let text = title.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Fewer letters than this in the content element, and the body is read instead.
    static let minimumContentLetters = 200

    private static func walked(_ node: MarkupNode, dropPageChrome: Bool) -> String {
        var walker = HTMLWalker(dropPageChrome: dropPageChrome)
        walker.walk(node)
        walker.flush()
        return walker.writer.finish().text
    }

    private static func letterCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            count += 1
            if count >= minimumContentLetters * 4 { break }
        }
        return count
    }

    private static func body(of root: MarkupNode) -> MarkupNode? {
        if root.name == "body" { return root }
        return root.child("body")
    }

    /// Word's "Save as web page" marks list glyphs with `<![if !supportLists]>` … `<![endif]>`, which browsers drop
    /// as bogus comments but libxml2 reads as text; the markers go, what they enclose (the glyph) stays.
    static func withoutDownlevelConditionals(_ text: String) -> String {
        guard text.contains("<![") else { return text }
        var out = text.replacingOccurrences(of: "<![endif]>", with: "")
        while let start = out.range(of: "<![if"), let end = out.range(of: "]>", range: start.upperBound..<out.endIndex) {
            out.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return out
    }

    /// The element holding the page's content: ModernGov's `#modgov` / `.mgContent`, `<main>`, an element with
    /// `role="main"` or a content id (a DotNetNuke site's `dnn_ContentPane`, as CMIS pages have); else `<body>`
    /// (and then page headers and footers are chrome too).
    static func contentRoot(of root: MarkupNode) -> (MarkupNode, Bool) {
        var best: (rank: Int, node: MarkupNode)?
        var body: MarkupNode?
        func consider(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                let name = child.name
                if name == "body" { body = child }
                let id = (child.attribute("id") ?? "").lowercased()
                let classes = (child.attribute("class") ?? "").lowercased()
                var rank: Int?
                if id == "modgov" {
                    rank = 0
                } else if classes.split(separator: " ").contains("mgcontent") {
                    rank = 1
                } else if name == "main" || child.attribute("role")?.lowercased() == "main" {
                    rank = 2
                } else if ["content", "main-content", "maincontent", "main", "pagecontent", "page-content"].contains(id) || id.hasSuffix("maincontent")
                    || id.hasSuffix("_contentpane")
                {
                    rank = 3
                }
                if let rank, best == nil || rank < best!.rank { best = (rank, child) }
                if rank == nil || rank! > 0 { consider(child) }
            }
        }
        consider(root)
        if let best { return (best.node, false) }
        return (body ?? root, true)
    }

    /// The page's own address: `<link rel="canonical">`, `og:url`, the "saved from url=" mark browsers write, or
    /// a ModernGov address (`mgAi.aspx?ID=…`, `ieListDocuments.aspx?…`, `mgIssueHistoryHome.aspx?…`) in the page.
    static func address(of root: MarkupNode, text: String) -> String? {
        found(root, text).flatMap { isWebAddress($0) ? $0 : nil }
    }

    private static func found(_ root: MarkupNode, _ text: String) -> String? {
        var canonical: String?, ogURL: String?, base: String?
        func walk(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                switch child.name {
                case "link" where (child.attribute("rel") ?? "").lowercased().split(separator: " ").contains("canonical"):
                    canonical = canonical ?? child.attribute("href")
                case "meta" where ["og:url"].contains((child.attribute("property") ?? child.attribute("name") ?? "").lowercased()):
                    ogURL = ogURL ?? child.attribute("content")
                case "base":
                    base = base ?? child.attribute("href")
                case "body":
                    continue
                default:
                    walk(child)
                }
            }
        }
        walk(root)
        for candidate in [canonical, ogURL] {
            if let url = candidate?.trimmingCharacters(in: .whitespaces), isWebAddress(url) { return url }
        }
        let head = String(text.prefix(4096))
        if let range = head.range(of: #"saved from url=\(\d+\)(https?://[^\s>]+)"#, options: .regularExpression) {
            let mark = head[range]
            if let start = mark.range(of: "http") { return String(mark[start.lowerBound...]).replacingOccurrences(of: " -->", with: "") }
        }
        guard text.contains("mgAi.aspx") || text.contains("ieListDocuments.aspx") || text.contains("mgIssueHistoryHome.aspx") else { return nil }
        let modernGov = #"(mgAi\.aspx\?ID=\d+|ieListDocuments\.aspx\?[^\s"'<>]+|mgIssueHistoryHome\.aspx\?[^\s"'<>]+)"#
        if let range = text.range(of: #"https?://[^\s"'<>]+/"# + modernGov, options: [.regularExpression, .caseInsensitive]) {
            return String(text[range]).replacingOccurrences(of: "&amp;", with: "&")
        }
        if let base, isWebAddress(base), let range = text.range(of: modernGov, options: [.regularExpression, .caseInsensitive]),
            let url = URL(string: String(text[range]).replacingOccurrences(of: "&amp;", with: "&"), relativeTo: URL(string: base))
        {
            return url.absoluteString
        }
        return nil
    }

    /// An http(s) address of printable characters only (an address shown on a terminal must not carry control codes).
    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://")) && text.count > 10 && text.utf8.count <= 2048
            && text.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && !$0.properties.isWhitespace }
    }
}

/// Walks a page's elements in order, writing blocks.
struct HTMLWalker {
    var writer = LayoutWriter()
    /// `<header>` and `<footer>` are the site's own when the page has no content element.
    let dropPageChrome: Bool

    /// The paragraph being gathered: its text ("\n" for `<br>`), and how much of it was bold or a document link.
    private var buffer = ""
    private var boldCharacters = 0
    private var plainCharacters = 0
    private var linkCharacters = 0
    private var boldDepth = 0
    private var documentLinkDepth = 0
    /// The block being read is indented (a Word paragraph with a left margin, a blockquote).
    private var indented = false

    init(dropPageChrome: Bool) {
        self.dropPageChrome = dropPageChrome
    }

    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "button", "select", "option", "input", "textarea",
        "iframe", "svg", "canvas", "img", "picture", "object", "embed", "video", "audio", "map", "head", "title", "meta", "link",
    ]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "address", "center", "figure", "figcaption", "header", "footer",
        "dl", "dt", "dd", "fieldset", "details", "summary", "body", "html", "legend", "caption", "form",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Lines that are the site's, not the meeting's.
    static let noisePhrases: Set<String> = [
        "share this item", "share this page", "share this", "share", "print this page", "print", "back to top", "top of page",
        "skip to main content", "skip to content", "supporting documents", "supporting documents:", "pdf icon", "additional documents:",
        "additional documents", "accept", "accept cookies", "reject cookies", "cookie settings",
    ]

    /// Whether an element is chrome: hidden, or named (class or id) as a cookie banner, share links, navigation,
    /// menu, breadcrumb, sidebar or a ModernGov file-size label or attachment list.
    func isNoise(_ node: MarkupNode) -> Bool {
        let name = node.name
        if Self.skipped.contains(name) { return true }
        if dropPageChrome, name == "header" || name == "footer" { return true }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let role = node.attribute("role")?.lowercased(), ["navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"].contains(role) {
            return true
        }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased().split(whereSeparator: {
            $0 == " " || $0 == "\t" || $0 == "\n"
        })
        for word in words {
            for noise in [
                "cookie", "consent", "gdpr", "breadcrumb", "share", "social", "skip", "navbar", "navigation", "menu", "sidebar",
                "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "mgfilesize", "mgactionlist", "print-link",
            ]
            where word.contains(noise) { return true }
            if word.hasPrefix("nav") || word.hasSuffix("nav") || word.contains("-nav") || word.contains("nav-") || word.contains("_nav") { return true }
            if word == "header" || word == "footer" || word.hasPrefix("site-") || word.hasPrefix("global-") { return true }
        }
        return false
    }

    /// A link to an attached document (a PDF or Word file, a ModernGov or CMIS document): its text is only a label.
    static func isDocumentLink(_ node: MarkupNode) -> Bool {
        guard node.name == "a", let href = node.attribute("href")?.lowercased() else { return false }
        let path = href.split(separator: "?").first.map(String.init) ?? href
        return [".pdf", ".doc", ".docx", ".rtf", ".xls", ".xlsx", ".odt", ".ppt", ".pptx", ".zip"].contains { path.hasSuffix($0) }
            || href.contains("mgconvert2pdf") || href.contains("/documents/s") || href.hasPrefix("documents/s") || href.contains("viewselectedsdocument")
            // CMIS serves its documents through a handler: "/Document.ashx?czJKcae…".
            || path.hasSuffix("document.ashx")
    }

    mutating func walk(_ node: MarkupNode) {
        for child in node.children {
            if child.isText {
                addText(child.content)
                continue
            }
            guard child.isElement, !isNoise(child) else { continue }
            let name = child.name
            switch name {
            case "br":
                buffer += "\n"
            case "hr":
                flush()
            case _ where Self.headings.contains(name):
                flush()
                boldDepth += 1
                walk(child)
                boldDepth -= 1
                flush(asHeading: true)
            case "ul", "ol", "menu", "dir":
                flush()
                list(child, depth: 0)
            case "li":
                flush()
                item(child, depth: 0, marker: nil)
            case "table":
                flush()
                table(child)
            case "pre":
                flush()
                buffer = child.textContent
                plainCharacters = buffer.count
                flush()
            case _ where Self.blocks.contains(name):
                flush()
                let outer = indented
                indented = indented || name == "blockquote" || Self.isIndented(child)
                walk(child)
                flush()
                indented = outer
            default:
                inline(child)
            }
        }
    }

    /// An inline element: bold and document links are counted, the rest is its text.
    private mutating func inline(_ node: MarkupNode) {
        let name = node.name
        let style = (node.attribute("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "")
        if style.contains("wingdings") || style.contains("webdings"), Self.isListGlyph(node), buffer.allSatisfy({ $0 == " " || $0 == "\u{A0}" }) {
            // Word's list glyph in a picture font ("Ø" in Wingdings is an arrow, "§" a square): a bullet.
            buffer += "• "
            plainCharacters += 1
            return
        }
        let bold = name == "b" || name == "strong" || style.contains("font-weight:bold") || style.contains("font-weight:700")
        let link = Self.isDocumentLink(node)
        if bold { boldDepth += 1 }
        if link { documentLinkDepth += 1 }
        walk(node)
        if bold { boldDepth -= 1 }
        if link { documentLinkDepth -= 1 }
    }

    /// One character, and spaces: the glyph a list item opens with.
    static func isListGlyph(_ node: MarkupNode) -> Bool {
        let text = node.textContent.unicodeScalars.filter { !$0.properties.isWhitespace }
        return text.count == 1
    }

    private mutating func addText(_ text: String) {
        var collapsed = ""
        collapsed.reserveCapacity(text.utf8.count)
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0C}": collapsed.unicodeScalars.append(" ")
            case " ", "\u{A0}": collapsed.unicodeScalars.append(scalar)
            default:
                collapsed.unicodeScalars.append(scalar)
                count += 1
            }
        }
        buffer += collapsed
        if documentLinkDepth > 0 { linkCharacters += count }
        if boldDepth > 0 { boldCharacters += count } else { plainCharacters += count }
    }

    /// Writes the paragraph gathered so far: a heading when all of it was bold (as `**…**` is in text), nothing
    /// when it was only document links or one of the site's own phrases.
    mutating func flush(asHeading: Bool = false) {
        defer { resetBuffer() }
        let total = boldCharacters + plainCharacters
        guard total > 0, linkCharacters < total else { return }
        let flat = LayoutWriter.flat(buffer)
        guard !Self.isNoiseText(flat) else { return }
        if asHeading || (plainCharacters == 0 && boldCharacters > 0) {
            writer.heading(buffer)
        } else {
            writer.paragraph(buffer, indented: indented)
        }
    }

    /// A left margin or padding of a quarter inch or more ("margin-left:36.0pt", "padding-left: 2em").
    static func isIndented(_ node: MarkupNode) -> Bool {
        guard let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: "") else { return false }
        for property in ["margin-left:", "padding-left:", "margin-inline-start:"] {
            guard let range = style.range(of: property) else { continue }
            let value = style[range.upperBound...].prefix { $0 != ";" }
            let number = Double(value.prefix { $0.isNumber || $0 == "." }) ?? 0
            let unit = value.drop { $0.isNumber || $0 == "." }
            let points: Double =
                switch unit {
                case "pt": number
                case "px": number * 0.75
                case "em", "rem": number * 12
                case "cm": number * 28.35
                case "mm": number * 2.835
                case "in": number * 72
                default: 0
                }
            if points >= 18 { return true }
        }
        return false
    }

    static func isNoiseText(_ flat: String) -> Bool {
        let lower = flat.lowercased()
        if noisePhrases.contains(lower) { return true }
        guard lower.utf8.count <= 120 else { return false }
        if lower.hasPrefix("view the background to item") || lower.hasPrefix("view the reasons why item")
            || lower.hasPrefix("view the declarations of interest")
        {
            return true
        }
        // "PDF 238 KB", "pdf icon PDF 238 KB"
        return DocumentLink.isWhole(lower)
    }

    private mutating func resetBuffer() {
        buffer = ""
        boldCharacters = 0
        plainCharacters = 0
        linkCharacters = 0
    }

    /// `<ul>`/`<ol>`: each item a bullet or a numbered entry; nested lists one level deeper.
    private mutating func list(_ node: MarkupNode, depth: Int) {
        let ordered = node.name == "ol"
        var counter = Int(node.attribute("start") ?? "") ?? 1
        let type = node.attribute("type") ?? "1"
        for child in node.children where child.isElement && !isNoise(child) {
            if child.name == "li" {
                if let value = Int(child.attribute("value") ?? "") { counter = value }
                item(child, depth: depth, marker: ordered ? Self.marker(counter, type: type) : nil)
                counter += 1
            } else if child.name == "ul" || child.name == "ol" {
                list(child, depth: depth + 1)
            }
        }
    }

    static func marker(_ number: Int, type: String) -> String {
        switch type {
        case "a": "(\(String(UnicodeScalar(UInt8(96 + min(max(number, 1), 26))))))"
        case "A": "(\(String(UnicodeScalar(UInt8(64 + min(max(number, 1), 26))))))"
        case "i", "I": "(\(roman(number)))"
        default: "\(number)."
        }
    }

    static func roman(_ number: Int) -> String {
        let values = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = max(1, min(number, 39)), out = ""
        for (value, letters) in values { while n >= value { out += letters; n -= value } }
        return out
    }

    /// One list item: its own text (paragraphs inside it joined) as a bullet or numbered entry, then any list
    /// or table nested in it.
    private mutating func item(_ node: MarkupNode, depth: Int, marker: String?) {
        var nested: [MarkupNode] = []
        gatherItemText(node, nested: &nested)
        let total = boldCharacters + plainCharacters
        let text = LayoutWriter.flat(buffer)
        if total > 0, linkCharacters < total, !Self.isNoiseText(text) {
            if let marker { writer.numbered(marker, text, depth: depth) } else { writer.bullet(text, depth: depth) }
        }
        resetBuffer()
        for inner in nested {
            if inner.name == "table" { table(inner) } else { list(inner, depth: depth + 1) }
        }
    }

    private mutating func gatherItemText(_ node: MarkupNode, nested: inout [MarkupNode]) {
        for child in node.children {
            if child.isText { addText(child.content); continue }
            guard child.isElement, !isNoise(child) else { continue }
            switch child.name {
            case "ul", "ol", "table": nested.append(child)
            case "br": buffer += " "
            case _ where Self.blocks.contains(child.name) || Self.headings.contains(child.name):
                buffer += " "
                gatherItemText(child, nested: &nested)
                buffer += " "
            default:
                let style = (child.attribute("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "")
                let bold = child.name == "b" || child.name == "strong" || style.contains("font-weight:bold")
                let link = Self.isDocumentLink(child)
                if bold { boldDepth += 1 }
                if link { documentLinkDepth += 1 }
                gatherItemText(child, nested: &nested)
                if bold { boldDepth -= 1 }
                if link { documentLinkDepth -= 1 }
            }
        }
    }

    /// A data table becomes tab-separated rows under its header row; a table used for page layout (cells holding
    /// lists, headings, other tables or several paragraphs) is read cell by cell as ordinary content.
    private mutating func table(_ node: MarkupNode) {
        let rows = Self.rows(of: node)
        if Self.isLayoutTable(node, rows: rows) {
            // A layout table's header row ("No.", "Item") labels the columns, not the meeting.
            for row in rows where !row.children.filter({ $0.isElement }).allSatisfy({ $0.name == "th" }) {
                for cell in row.children where cell.isElement && (cell.name == "td" || cell.name == "th") && !isNoise(cell) {
                    walk(cell)
                    flush()
                }
            }
            return
        }
        if let caption = node.child("caption") {
            walk(caption)
            flush()
        }
        for row in rows where !isNoise(row) {
            var cells: [String] = []
            for cell in row.children where cell.isElement && (cell.name == "td" || cell.name == "th") {
                var nested: [MarkupNode] = []
                gatherItemText(cell, nested: &nested)
                cells.append(linkCharacters > 0 && linkCharacters == boldCharacters + plainCharacters ? "" : LayoutWriter.flat(buffer))
                resetBuffer()
                let span = Int(cell.attribute("colspan") ?? "") ?? 1
                if span > 1 { cells += Array(repeating: "", count: min(span, 20) - 1) }
            }
            writer.tableRow(cells)
        }
        writer.endTable()
    }

    static func rows(of table: MarkupNode) -> [MarkupNode] {
        var rows: [MarkupNode] = []
        for child in table.children where child.isElement {
            if child.name == "tr" { rows.append(child) }
            if ["thead", "tbody", "tfoot"].contains(child.name) {
                rows += child.children.filter { $0.isElement && $0.name == "tr" }
            }
        }
        return rows
    }

    static func isLayoutTable(_ table: MarkupNode, rows: [MarkupNode]) -> Bool {
        let classes = (table.attribute("class") ?? "").lowercased()
        if classes.contains("mgitemtable") || table.attribute("role")?.lowercased() == "presentation" { return true }
        var widest = 0
        for row in rows {
            let cells = row.children.filter { $0.isElement && ($0.name == "td" || $0.name == "th") }
            widest = max(widest, cells.count)
            for cell in cells {
                var paragraphs = 0
                // A cell holding a table, a list or a heading is a box of the page, not a value.
                for name in ["table", "ul", "ol"] + headings
                where cell.descendants(name).contains(where: { $0.children.contains { $0.isElement || !LayoutWriter.flat($0.content).isEmpty } }) {
                    return true
                }
                for child in cell.children where child.isElement && (child.name == "p" || child.name == "div") && !LayoutWriter.flat(child.textContent).isEmpty
                {
                    paragraphs += 1
                }
                if paragraphs >= 3 { return true }
            }
        }
        return widest < 2
    }
}

import Foundation

/// Groups classified lines into blocks, keeping the headings in force as each block's section.
///
/// Soft-wrapped lines join their paragraph or bullet; an indented line after a bullet (a Word
/// continuation) joins that bullet; an indented line elsewhere is a bullet whose glyph was lost.
/// "Action: …" lines and bare links join the block before them. A table's first row is its header.
struct BlockBuilder {
    let kind: DocumentKind
    /// Sections put before every heading path (e.g. "Agenda" for an item's agenda text).
    var sectionPrefix: [String] = []
    /// Headings met before any content: the document's own title lines.
    private(set) var titleHeadings: [String] = []

    private var blocks: [Block] = []
    private var stack: [(level: Int, text: String)] = []
    private var open: (kind: Block.Kind, lines: [String], start: Int, marker: String?, depth: Int, explicit: Bool)?
    private var tableHeader: [String]?
    private var tableRows = 0
    private var pendingHeaderLine = 0
    private var sawContent = false
    /// The last block emitted was an explicit bullet and only blank lines or links followed it.
    private var bulletCanContinue = false
    /// The indent of the last explicit bullet's marker: a continuation is indented further than it.
    private var bulletIndent = 0
    /// Every line of text is a paragraph of its own (`isLinePerParagraph`).
    private var linePerParagraph = false

    init(kind: DocumentKind) {
        self.kind = kind
    }

    mutating func resetSections() {
        flush()
        endTable()
        sectionPrefix = []
        stack = []
    }

    mutating func add(_ lines: [SourceLine]) {
        linePerParagraph = Self.isLinePerParagraph(lines)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            let previousBlank = index == 0 || lines[index - 1].isBlank
            index += 1
            if line.isBlank {
                flush()
                endTable()
                continue
            }
            if case .tableRow(let cells) = line.shape {
                flush()
                addTableRow(cells, line: line.number)
                continue
            }
            endTable()
            let text = line.text
            if UTF8Text.equalsIgnoringCase(text, "supporting documents:") || UTF8Text.equalsIgnoringCase(text, "supporting documents")
                || DocumentParser.isMinutesMarker(line)
            {
                flush(); continue
            }
            if isAttachment(text), appendToLast(text) { continue }

            switch line.shape {
            case .bullet(let marker, let depth):
                flush()
                open = (.bullet, [text], line.number, marker, depth, true)
                bulletIndent = line.indent
            case .numbered(let marker):
                flush()
                if kind == .report, previousBlank, next?.isBlank ?? true, isHeadingText(text, limit: 250), !marker.hasPrefix("(") {
                    pushHeading("\(marker) \(text)", level: 2, line: line.number)
                } else {
                    open = (.numbered, [text], line.number, marker, 0, false)
                }
            case .text:
                if (!previousBlank && open != nil && MemberHeading.mayBeName(text) && MemberHeading.asker(in: text) != nil)
                    || LabelledQuestionReader.namesAskerOnly(text)
                {
                    // A member's name alone on a line heads what they asked: never part of the paragraph before.
                    flush()
                    open = (.paragraph, [text], line.number, nil, 0, false)
                    flush()
                    continue
                }
                if open != nil, !line.bold, !(isColonHeading(text) && nextIsList(next)),
                    !Self.startsParagraph(text, after: open!.lines.last ?? "", linePerParagraph: linePerParagraph),
                    // "• Members felt that …" then, at the margin, "Councillor Ickleton asked whether …": not more of the point.
                    // (Or after a lettered point: "e) She would provide … after the meeting." / "Councillor Luxmoore asked …".)
                    !((open!.kind == .bullet || open!.kind == .numbered) && (open!.lines.last?.last).map({ ".?!".contains($0) }) == true
                        && Self.startsWithMemberTitle(text))
                {
                    open!.lines.append(text)  // soft wrap
                    continue
                }
                if line.bold {
                    if let last = blocks.last, last.kind == .heading, last.line == line.number - 1 {
                        extendLastHeading(with: text, line: line.number)
                    } else {
                        pushHeading(text, level: 1, line: line.number)
                    }
                    continue
                }
                if line.indent >= 4, line.indent > bulletIndent, bulletCanContinue, let last = blocks.indices.last {
                    blocks[last].text += " " + text
                    continue
                }
                if !sawContent, open == nil, text.count <= 40, let date = MeetingHeader.firstDate(in: text), !date.isEmpty {
                    continue  // a date line in the title block ("15 June 2022") is metadata, not a passage
                }
                if previousBlank || open == nil {
                    if isAllCapsHeading(text) { pushHeading(text, level: 1, line: line.number); continue }
                    if isColonHeading(text) {
                        pushHeading(String(text.dropLast(text.hasSuffix(":-") ? 2 : 1)), level: isPeriodLabel(text) ? 5 : 4, line: line.number); continue
                    }
                    if previousBlank, (next?.isBlank ?? true) || nextIsList(next), isHeadingText(text, limit: 80), text.split(separator: " ").count <= 12 {
                        pushHeading(text, level: 3, line: line.number); continue
                    }
                }
                flush()  // a colon heading ending a list item starts its own block; the item is kept
                if line.indent >= 4 {
                    open = (.bullet, [text], line.number, nil, 0, false)
                } else {
                    open = (.paragraph, [text], line.number, nil, 0, false)
                }
            case .blank, .tableRow:
                break
            }
        }
    }

    /// A page copied from a browser puts each paragraph on one line with no blank line between: a line longer than any
    /// a word processor or a PDF wraps at is a paragraph of its own (and so is the line after it), unless the text
    /// plainly runs on (no sentence end before, lower case after).
    static func startsParagraph(_ text: String, after previous: String, linePerParagraph: Bool = false) -> Bool {
        // "PCC – Yes; the ward figures …" after a line that ends a sentence: minutes written speaker by speaker.
        // And "Question 2 – Councillor Cefnydd" after a quoted answer ("… as soon as it is available."").
        if let last = previous.last, ".?!\"”".contains(last), startsWithSpeakerLabel(text) { return true }
        // "Response:" alone on a line over the quoted reply, "Response: Of the 160 …", "Supplementary question: …": a label
        // opens its own paragraph.
        if startsWithLabel(text) { return true }
        // A quotation that ends a sentence at the end of its line ("… the same quarter last year."") ends the paragraph of a
        // question or a reply quoted in full; the sentence on the next line is the minutes' own.
        if previous.hasSuffix(".\"") || previous.hasSuffix("?\"") || previous.hasSuffix(".”") || previous.hasSuffix("?”"),
            text.first?.isUppercase == true
        {
            return true
        }
        // "Q.1 Your precept report …", "A.2 The average time …": a question or answer label opens its own paragraph.
        if startsWithQuestionLabel(text) { return true }
        // "64.2 Councillor Fenwick asked …" after a sentence: a paragraph numbered within its minute.
        if let last = previous.last, ".?!".contains(last), startsWithParagraphNumber(text) { return true }
        // "Q1 Councillor Petra Ware" after a sentence: a numbered question and who asked it.
        if let last = previous.last, ".?!\"”".contains(last), startsWithNumberedQuestion(text) { return true }
        // "Questions of Councillor Ann Barlow (…) to the Police and Crime Commissioner" after a sentence: who asked what follows.
        if let last = previous.last, ".?!".contains(last),
            text.hasPrefix("Questions of ") || text.hasPrefix("Questions from ") || text.hasPrefix("Question of ")
        {
            return true
        }
        let long = 220
        guard linePerParagraph || text.utf8.count > long || previous.utf8.count > long else { return false }
        let runsOn = !(previous.last.map { ".?!:;)\"”’".contains($0) } ?? true) && (text.first?.isLowercase ?? false)
        return !runsOn
    }

    /// A short label and a spaced dash at the start of a line: "Cllr Fell – …", "CC – …", "Cllr Fell (supplementary) – …".
    static func startsWithSpeakerLabel(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        // "THE COMMISSIONER: Eleven. …", "COUNCILLOR BIRDLIP (supplementary): Will they …": a speaker in capitals.
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 45 {
            let label = text[..<colon]
            let unbracketed = label.firstIndex(of: "(").map { label[..<$0] } ?? label
            let letters = unbracketed.filter(\.isLetter)
            if letters.count >= 2, letters.allSatisfy(\.isUppercase), unbracketed.split(separator: " ").count <= 5 { return true }
        }
        for dash in [" – ", " — "] {
            guard let range = text.range(of: dash) else { continue }
            let label = text[..<range.lowerBound]
            let unbracketed = label.firstIndex(of: "(").map { label[..<$0] } ?? label
            return label.utf8.count <= 45 && !label.contains(".") && !label.contains(",") && unbracketed.split(separator: " ").count <= 4
        }
        return false
    }

    /// The capital letters the label nouns start with ("Q", "A", "R", "S").
    private static let labelInitials = Set(Vocabulary.labelNouns.compactMap { $0.uppercased().utf8.first })

    /// "Response:", "Answer: …", "Supplementary question: …", "Response (provided by the ACC): …": a label of a question
    /// or its answer at the start of a line.
    static func startsWithLabel(_ text: String) -> Bool {
        // A label starts with a label noun's first letter, capitalised: most lines are passed over on their first byte
        // (this runs for every line of a wrapped paragraph).
        guard let first = text.utf8.first, labelInitials.contains(first), let colon = text.utf8.prefix(70).firstIndex(of: UInt8(ascii: ":")) else {
            return false
        }
        let head = text[..<colon].lowercased()
        let words = head.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "-" })
        return (1...8).contains(words.count) && Vocabulary.labelNouns.contains(String(words[0]))
    }

    /// "Councillor Ickleton asked …", "Mrs Haworth said …": a member's title, then a capitalised name.
    static func startsWithMemberTitle(_ text: String) -> Bool {
        let words = text.prefix(40).split(separator: " ", maxSplits: 2)
        guard words.count >= 2, let next = words[1].first, next.isUppercase else { return false }
        return Vocabulary.memberTitles[words[0].lowercased()] != nil && words[0].first?.isUppercase == true
    }

    /// "64.2 Councillor …", "5.10 The …": a minute's number, a full stop, a paragraph number, a space and a capital.
    static func startsWithParagraphNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(9))
        var at = 0
        while at < bytes.count, at < 3, (48...57).contains(bytes[at]) { at += 1 }
        guard at > 0, at < bytes.count, bytes[at] == UInt8(ascii: ".") else { return false }
        at += 1
        let digits = at
        while at < bytes.count, at - digits < 2, (48...57).contains(bytes[at]) { at += 1 }
        guard at > digits, at + 1 < bytes.count, bytes[at] == UInt8(ascii: " ") else { return false }
        return (65...90).contains(bytes[at + 1])
    }

    /// "Q1 Councillor …", "Q12 Mr …": "Q", a number, a space and a capital.
    static func startsWithNumberedQuestion(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(8))
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "Q"), (48...57).contains(bytes[1]) else { return false }
        var at = 1
        while at < bytes.count, (48...57).contains(bytes[at]) { at += 1 }
        return at + 1 < bytes.count && bytes[at] == UInt8(ascii: " ") && (65...90).contains(bytes[at + 1])
    }

    /// "Q.1 ", "A.12 ", "Q1. ", "Q: ", "A. " at the start of a line.
    static func startsWithQuestionLabel(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(6))
        guard bytes.count >= 3, bytes[0] == UInt8(ascii: "Q") || bytes[0] == UInt8(ascii: "A") else { return false }
        var at = 1
        if bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: ":") {
            at += 1
            while at < bytes.count, (48...57).contains(bytes[at]) { at += 1 }
        } else {
            let digits = at
            while at < bytes.count, (48...57).contains(bytes[at]) { at += 1 }
            guard at > digits, at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] == UInt8(ascii: ":") || bytes[at] == UInt8(ascii: ")") else {
                return false
            }
            at += 1
        }
        return at < bytes.count && bytes[at] == UInt8(ascii: " ")
    }

    /// Text whose paragraphs are each one line with no blank lines between (a browser page copied as text): several
    /// lines longer than any a PDF or word processor wraps at, and far fewer blank lines than lines of text (or, where
    /// long lines are fewer, next to no blank lines).
    static func isLinePerParagraph(_ lines: [SourceLine]) -> Bool {
        var text = 0
        var long = 0
        var blank = 0
        for line in lines {
            switch line.shape {
            case .blank: blank += 1
            case .text:
                text += 1
                if line.text.utf8.count > 220 { long += 1 }
            default: break
            }
        }
        // Or almost no blank lines at all, and long lines throughout: a page of short speaker lines ("PCC – Yes; …")
        // between long ones, copied from a browser.
        return long >= 3 && (long * 8 >= text && blank * 4 < text || long * 20 >= text && blank * 20 < text)
    }

    mutating func finish() -> [Block] {
        flush()
        endTable()
        return blocks
    }

    // MARK: - Pieces

    private var sectionPath: [String] { sectionPrefix + stack.map(\.text) }

    private mutating func flush() {
        guard let current = open else { return }
        open = nil
        let text = UTF8Text.trimmed(current.lines.count == 1 ? current.lines[0] : current.lines.joined(separator: " "))
        guard !text.isEmpty else { return }
        blocks.append(Block(kind: current.kind, text: text, line: current.start, sectionPath: sectionPath, marker: current.marker, depth: current.depth))
        sawContent = true
        bulletCanContinue = current.kind == .bullet && current.explicit
    }

    private mutating func addTableRow(_ cells: [String], line: Int) {
        guard !cells.isEmpty else { return }  // a Markdown separator row
        if tableHeader == nil, Self.isLabelAndValue(cells) {
            // A form set out in two columns, a short label beside its text ("Question | How much has …", "Responded by |
            // Police and Crime Commissioner", "Q. | …" and "R. | …"): each row is a labelled line, not a row under a header.
            let label = Self.letterLabels[cells[0]] ?? cells[0]
            blocks.append(Block(kind: .paragraph, text: "\(label): \(cells[1])", line: line, sectionPath: sectionPath))
            sawContent = true
            bulletCanContinue = false
            return
        }
        guard let header = tableHeader else {
            tableHeader = cells
            tableRows = 0
            pendingHeaderLine = line
            return
        }
        let row = TableRow(header: header, cells: cells)
        blocks.append(Block(kind: .tableRow, text: row.readable, line: line, sectionPath: sectionPath, table: row))
        tableRows += 1
        sawContent = true
        bulletCanContinue = false
    }

    /// A question and its reply lettered in a form's first column.
    static let letterLabels = ["Q.": "Question", "Q": "Question", "R.": "Response", "R": "Response", "A.": "Answer", "A": "Answer"]

    /// Two cells, the first a short label (up to three words, "Question 1", "Responded by") and the second text of
    /// four words or more: a row no table header looks like.
    static func isLabelAndValue(_ cells: [String]) -> Bool {
        guard cells.count == 2, let first = cells[0].first, first.isUppercase, cells[0].utf8.count <= 25,
            !cells[0].hasSuffix(".") || letterLabels[cells[0]] != nil, !cells[0].hasSuffix(":")
        else { return false }
        return cells[0].split(separator: " ").count <= 3 && cells[1].split(separator: " ").count >= 4
    }

    private mutating func endTable() {
        if let header = tableHeader, tableRows == 0, header.count == 2, !header[1].isEmpty,
            header.joined(separator: " ").split(separator: " ").count <= 3,
            let (marker, rest) = LineScanner.numberedMarker(header[0] + " " + header[1]), rest == header[1]
        {
            // A short lone numbered entry set out with a tab ("1.<tab>Cllr Fordwich:", as a PDF's hanging number gives
            // it): a numbered line, not a caption to drop. (A longer one is kept as the text below, as before.)
            blocks.append(Block(kind: .numbered, text: rest, line: pendingHeaderLine, sectionPath: sectionPath, marker: marker))
            sawContent = true
        } else if let header = tableHeader, tableRows == 0, header.joined(separator: " ").split(separator: " ").count > 3 {
            // A lone tab-separated line is text, not a table (a bare "No.<tab>Item" caption is dropped).
            blocks.append(
                Block(kind: .paragraph, text: header.filter { !$0.isEmpty }.joined(separator: " "), line: pendingHeaderLine, sectionPath: sectionPath))
            sawContent = true
        }
        tableHeader = nil
        tableRows = 0
    }

    private mutating func pushHeading(_ text: String, level: Int, line: Int = 0) {
        flush()
        bulletCanContinue = false
        let heading = UTF8Text.trimmed(text)
        if !sawContent, stack.isEmpty, level == 1 || level == 3 {
            titleHeadings.append(heading)
            blocks.append(Block(kind: .heading, text: heading, line: line, sectionPath: sectionPath))
            return
        }
        while let top = stack.last, top.level >= level { stack.removeLast() }
        stack.append((level, heading))
        blocks.append(Block(kind: .heading, text: heading, line: line, sectionPath: sectionPath))
    }

    /// Consecutive bold lines form one heading ("**PCC PROGRESS REPORT TO THE\nTHAMES VALLEY …**").
    private mutating func extendLastHeading(with text: String, line: Int) {
        guard let last = blocks.indices.last else { return }
        let old = blocks[last].text
        let joined = old + " " + text
        blocks[last].text = joined
        blocks[last].line = line
        if !sawContent, let t = titleHeadings.indices.last, titleHeadings[t] == old {
            titleHeadings[t] = joined
        } else if let top = stack.indices.last, stack[top].text == old {
            stack[top].text = joined
            blocks[last].sectionPath = sectionPath
        }
    }

    private mutating func appendToLast(_ text: String) -> Bool {
        flush()
        guard let last = blocks.indices.last, blocks[last].kind != .heading else { return false }
        blocks[last].text += (blocks[last].text.hasSuffix(".") ? " " : ". ") + text
        bulletCanContinue = blocks[last].kind == .bullet
        return true
    }

    /// "Action: PCC/Chief Constable" and bare links belong to the point before them.
    private func isAttachment(_ text: String) -> Bool {
        if text.hasPrefix("Action:") || text.hasPrefix("ACTION:") || text.hasPrefix("Action -") { return true }
        return (text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")) && !text.contains(" ")
    }

    private func nextIsList(_ next: SourceLine?) -> Bool {
        guard let next else { return false }
        switch next.shape {
        case .bullet, .tableRow: return true
        default: return false
        }
    }

    private func isHeadingText(_ text: String, limit: Int) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber || first == "'" || first == "‘",
            let last = text.last, UTF8Text.characterCount(text, atMost: limit)
        else { return false }
        // A quoted sentence ("‘What is the Commissioner doing about speeding?’") is no heading.
        if "’'”\"".contains(last), let inside = text.dropLast().last, ".?!".contains(inside) { return false }
        return !".,;?!:]\"”".contains(last) && !text.hasPrefix("(") && !text.hasSuffix(":-")
    }

    /// "TVP Delivery Plan actions & progress:", "Qtr. 1:" — a short label ending with a colon.
    private func isColonHeading(_ text: String) -> Bool {
        // Only a line whose last byte is ":" or "-" can end with the Character ":" or ":-".
        guard let end = text.utf8.last, end == 58 || end == 45 else { return false }
        guard text.hasSuffix(":") || text.hasSuffix(":-"), let first = text.first, first.isUppercase || first.isNumber else { return false }
        // "The Commissioner's response was as follows:" introduces what follows in a sentence of its own; it heads nothing.
        return text.count <= 60 && text.split(separator: " ").count <= 6 && !text.contains(" as follows")
    }

    /// "Qtr. 1:", "Quarter 2:", "Q3:".
    private func isPeriodLabel(_ text: String) -> Bool {
        var rest = Substring(text)
        for prefix in ["Quarter", "Qtr", "Q"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        guard rest.count < text.count else { return false }
        rest = rest.drop { $0 == "." || $0 == " " }
        return rest.first?.isNumber == true
    }

    private func isAllCapsHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 360, !text.utf8.contains(where: { $0 >= 97 && $0 <= 122 }), text.count <= 120 else { return false }
        let letters = text.filter(\.isLetter)
        guard letters.count >= 4 else { return false }
        return letters.allSatisfy { $0.isUppercase } && !text.hasSuffix(".")
    }
}

import Foundation

/// Reads the text of a minutes page or a report into agenda items of blocks.
///
/// Handles the layouts panels publish: single agenda-item pages ("Agenda item" or "Meeting documents"
/// with a "Minutes:" section), whole-meeting pages ("Agenda and minutes" with numbered items, each with
/// its own "Minutes:"), minutes with numbered item headings, and reports with headings, bullets and tables.
/// The parser is lenient: what it cannot place becomes a paragraph, never an error, except a text with
/// nothing of a panel's minutes or report in it at all.
public enum DocumentParser {
    /// A reader's text, with what the reader found beside it: a web page's title names the panel in full when the page
    /// names it only as "Police and Crime Panel" (or not at all), and gives the date when the page does not.
    public static func parse(_ extracted: ExtractedText) throws(DocumentError) -> ParsedDocument {
        var document = try parse(extracted.text)
        if let title = extracted.pageTitle {
            if document.metadata.body.map(MeetingHeader.isUnplacedPanel) ?? true, let named = MeetingHeader.panel(in: title),
                !MeetingHeader.isUnplacedPanel(named)
            {
                document.metadata.body = named
            }
            if document.metadata.meetingDate == nil, document.metadata.body != nil { document.metadata.meetingDate = MeetingHeader.firstDate(in: title) }
        }
        return document
    }

    public static func parse(_ text: String) throws(DocumentError) -> ParsedDocument {
        let cleaned = PageFurniture.clean(text)
        let scanned = cleaned.dropped.isEmpty ? LineScanner.scan(cleaned.text) : LineScanner.scan(cleaned.text).filter { !cleaned.dropped.contains($0.number) }
        let lines = BilingualColumns.unfolded(scanned)
        let nonBlank = lines.filter { !$0.isBlank }
        guard !nonBlank.isEmpty else { throw .empty }
        let first = nonBlank[0].text.lowercased()
        let minutesMarkers = lines.indices.filter { isMinutesMarker(lines[$0]) }

        var document: ParsedDocument
        if (first == "agenda item" || first == "meeting documents" || first.hasPrefix("agenda item ")) && minutesMarkers.count <= 1 {
            document = parseSingleItemPage(lines, minutesMarker: minutesMarkers.first)
        } else if first.hasPrefix("agenda and minutes") || minutesMarkers.count >= 2 {
            document = parseMeeting(lines, kind: .minutes)
        } else {
            let saysMinutes = !minutesMarkers.isEmpty || looksLikeMinutes(nonBlank)
            document = parseMeeting(lines, kind: saysMinutes ? .minutes : .report)
        }
        guard document.items.contains(where: { $0.blocks.contains { $0.kind != .heading } }), isAboutAPanel(text, document) else {
            throw .noRecognisableLayout
        }
        for index in document.items.indices {
            if let title = document.items[index].title { document.items[index].title = withoutDocumentLink(title) }
        }
        return document
    }

    /// "Proposed Precept for 2025/26. pdf icon PDF 214 KB" → "Proposed Precept for 2025/26" (`DocumentLink`).
    static func withoutDocumentLink(_ title: String) -> String {
        DocumentLink.removed(fromEndOf: title)
    }

    // MARK: - Layouts

    /// "Agenda item" / "Meeting documents" pages: one item, its agenda text, then "Minutes:".
    static func parseSingleItemPage(_ lines: [SourceLine], minutesMarker: Int?) -> ParsedDocument {
        let headerEnd = minutesMarker ?? lines.count
        var metadata = MeetingMetadata(kind: minutesMarker == nil && !looksLikeMinutes(lines.filter { !$0.isBlank }) ? .report : .minutes)
        var item = AgendaItem()
        var agendaLines: [SourceLine] = []
        var sawTitle = false
        for line in lines[..<headerEnd] {
            if line.isBlank { agendaLines.append(line); continue }
            let lower = line.text.lowercased()
            if lower == "agenda item" || lower == "meeting documents" { continue }
            if lower.hasPrefix("meeting of ") {
                metadata.body = MeetingHeader.panel(in: line.text)
                metadata.meetingDate = MeetingHeader.firstDate(in: line.text)
                item.number = MeetingHeader.itemNumber(in: line.text)
                continue
            }
            if !sawTitle {
                sawTitle = true
                var titleLine = line.text
                if case .numbered(let marker) = line.shape, item.number == nil {
                    item.number = marker.trimmingCharacters(in: CharacterSet(charactersIn: "().")); titleLine = line.text
                }
                var title = firstSentence(of: titleLine)
                if title.hasSuffix(".") { title.removeLast() }
                item.title = title
                if title.count < titleLine.count - 1 { agendaLines.append(line) }
                continue
            }
            agendaLines.append(line)
        }
        if metadata.body == nil { metadata.body = MeetingHeader.panel(in: headerText(lines[..<headerEnd].prefix(12))) }
        if metadata.meetingDate == nil { metadata.meetingDate = MeetingHeader.firstDate(in: headerText(lines[..<headerEnd].prefix(12))) }

        var builder = BlockBuilder(kind: metadata.kind)
        builder.sectionPrefix = ["Agenda"]
        builder.add(agendaLines)
        var blocks = builder.finish()
        if let marker = minutesMarker {
            var minutes = BlockBuilder(kind: metadata.kind)
            minutes.add(Array(lines[(marker + 1)...]))
            blocks += minutes.finish()
        }
        item.blocks = blocks
        return ParsedDocument(metadata: metadata, items: [item])
    }

    /// Whole-meeting pages and free-standing minutes or reports: header, then numbered items (minutes) or one item (report).
    static func parseMeeting(_ lines: [SourceLine], kind: DocumentKind) -> ParsedDocument {
        let starts = kind == .minutes ? itemStarts(lines) : []
        let headerEnd = starts.first?.line ?? lines.count
        let headerLines = lines[..<headerEnd].filter { !$0.isBlank }.prefix(15)
        let header = headerText(headerLines.prefix(12))
        var metadata = MeetingMetadata(
            body: MeetingHeader.panel(in: header),
            meetingDate: MeetingHeader.firstDate(in: header),
            kind: kind)
        if metadata.meetingDate == nil, starts.isEmpty {
            metadata.meetingDate = MeetingHeader.firstDate(in: headerText(lines.filter { !$0.isBlank }.prefix(6)))
        }
        if metadata.body == nil {
            // A council's page whose menu fills the first lines ("Skip to main content", "Calendar of Meetings", …): the
            // panel's name on a line of its own further down, before the first item.
            for line in lines[..<headerEnd].filter({ !$0.isBlank }).prefix(40)
            where line.text.utf8.count <= 120 && line.text.range(of: "Panel", options: .caseInsensitive) != nil {
                if let named = MeetingHeader.panel(in: line.text) {
                    metadata.body = named
                    break
                }
            }
        }
        // A page titled only "Police and Crime Panel" (its council's site names no place): the first place-named panel
        // in the minutes ("… of the Wearmoor Police and Crime Panel held on …").
        if let body = metadata.body, MeetingHeader.isUnplacedPanel(body) {
            for line in lines.prefix(400) where !line.isBlank && line.text.range(of: "Crime Panel", options: .caseInsensitive) != nil {
                if let named = MeetingHeader.panel(in: line.text), !MeetingHeader.isUnplacedPanel(named) {
                    metadata.body = named
                    break
                }
            }
        }
        if metadata.meetingDate == nil, let body = metadata.body {
            // A web page whose site furniture ("Councillors: 78", "Wards: 76") fills the first lines: the date is in the
            // lines after the panel's name ("Start: Friday, 30th January 2026").
            let nonBlank = lines[..<headerEnd].filter { !$0.isBlank }
            if let named = nonBlank.firstIndex(where: { $0.text.contains(body) }) {
                metadata.meetingDate = MeetingHeader.firstDate(in: headerText(nonBlank[named...].prefix(10)))
            }
        }

        var items: [AgendaItem] = []
        if starts.isEmpty {
            var builder = BlockBuilder(kind: kind)
            builder.add(lines)
            let blocks = builder.finish()
            let title =
                builder.titleHeadings.first { heading in
                    heading.range(of: "crime panel", options: .caseInsensitive) == nil && MeetingHeader.firstDate(in: heading) == nil
                } ?? builder.titleHeadings.first
            items.append(AgendaItem(number: nil, title: title, blocks: blocks))
        } else {
            var preamble = BlockBuilder(kind: kind)
            preamble.add(Array(lines[..<headerEnd]))
            let preambleBlocks = preamble.finish().filter { $0.kind != .heading }
            if !preambleBlocks.isEmpty { items.append(AgendaItem(number: nil, title: nil, blocks: preambleBlocks)) }
            for (index, start) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1].line : lines.count
                let body = Array(lines[start.contentStart..<end])
                var builder = BlockBuilder(kind: kind)
                if let marker = body.firstIndex(where: isMinutesMarker) {
                    builder.sectionPrefix = ["Agenda"]
                    builder.add(Array(body[..<marker]))
                    builder.resetSections()
                    builder.add(Array(body[(marker + 1)...]))
                } else {
                    builder.add(body)
                }
                items.append(AgendaItem(number: start.number, title: start.title, blocks: builder.finish()))
            }
        }
        return ParsedDocument(metadata: metadata, items: items)
    }

    struct ItemStart {
        var line: Int
        var contentStart: Int
        var number: String
        var title: String
    }

    /// Numbered agenda-item headings: "12." on its own line then a title, "12. Apologies for Absence", "Item 12: Title".
    /// Item numbers only go up, so a numbered list inside an item ("1. …", "2. …" under item 42) is not a new item.
    static func itemStarts(_ lines: [SourceLine]) -> [ItemStart] {
        var starts: [ItemStart] = []
        func increasing(_ number: String) -> Bool {
            guard let last = starts.last, let previous = Int(last.number.filter(\.isNumber)), let next = Int(number.filter(\.isNumber)) else { return true }
            return next > previous
        }
        var index = 0
        func nextNonBlank(after i: Int) -> Int? {
            var j = i + 1
            while j < lines.count, lines[j].isBlank { j += 1 }
            return j < lines.count ? j : nil
        }
        // Printed minutes that end each title with a full stop ("41. Minutes.", "42. Public Question Time."): read so
        // only when the document does it three times or more, so a numbered list of short sentences stays a list.
        let dottedTitles =
            lines.count(where: { line in
                if case .numbered(let marker) = line.shape, marker.hasSuffix("."), isDottedTitle(line.text) { return true }
                return false
            }) >= 3
        while index < lines.count {
            let line = lines[index]
            let text = line.text
            // "7." alone on a line (or "7.<tab>", as a page copied from a browser gives an item's number cell), its title on the next.
            var lone: String?
            switch line.shape {
            case .text: lone = text
            case .tableRow(let cells):
                let filled = cells.filter { !$0.isEmpty }
                lone = filled.count == 1 ? filled[0] : nil
            default: lone = nil
            }
            if let lone, let number = bareNumber(lone), increasing(number), let next = nextNonBlank(after: index),
                case .text = lines[next].shape, looksLikeTitle(lines[next].text)
            {
                starts.append(ItemStart(line: index, contentStart: next + 1, number: number, title: lines[next].text))
                index = next + 1
                continue
            }
            // A title is not a sentence wrapped onto the next line ("2. The Chairman asked whether the Panel could see" / "by district.").
            let wrapsOn = index + 1 < lines.count && !lines[index + 1].isBlank && (lines[index + 1].text.first?.isLowercase ?? false)
            if case .numbered(let marker) = line.shape, !marker.hasPrefix("("), marker.hasSuffix("."), !wrapsOn,
                looksLikeTitle(text) || (dottedTitles && isDottedTitle(text)), line.indent < 4, increasing(String(marker.dropLast()))
            {
                // "4. TO RECEIVE AND ANSWER ANY QUESTIONS TO THE POLICE AND CRIME" / "COMMISSIONER FOR CWM TAWELAN": a long
                // title in capitals wrapped onto the next line, as a printed page turned into text gives it.
                if isCapitalsTitle(text), text.utf8.count >= 45, !":.;".contains(text.last ?? "."), index + 1 < lines.count,
                    case .text = lines[index + 1].shape, !lines[index + 1].isBlank, lines[index + 1].text.utf8.count <= 60,
                    isCapitalsTitle(lines[index + 1].text)
                {
                    let title = text + " " + lines[index + 1].text
                    starts.append(
                        ItemStart(
                            line: index, contentStart: index + 2, number: String(marker.dropLast()),
                            title: title.hasSuffix(":") ? String(title.dropLast()) : title))
                    index += 2
                    continue
                }
                starts.append(
                    ItemStart(
                        line: index, contentStart: index + 1, number: String(marker.dropLast()),
                        title: text.hasSuffix(":") || (dottedTitles && isDottedTitle(text)) ? String(text.dropLast()) : text))
            } else if case .text = line.shape, let (number, title) = agendaItemLabel(text) ?? minuteReferenceHeading(text), increasing(number) {
                starts.append(ItemStart(line: index, contentStart: index + 1, number: number, title: title))
            } else if case .text = line.shape, line.bold, let (number, title) = numberedCapitalsHeading(text), increasing(number) {
                starts.append(ItemStart(line: index, contentStart: index + 1, number: number, title: title))
            }
            index += 1
        }
        return starts
    }

    /// "12" or "12.": one to four ASCII digits, a full stop allowed after them (on bytes: an ASCII digit is a Character alone).
    static func bareNumber(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let last = utf8.last, utf8.count <= 5 else { return nil }
        let digits = last == 46 ? utf8.count - 1 : utf8.count  // .
        guard digits >= 1, digits <= 4, utf8.prefix(digits).allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return digits == utf8.count ? text : String(decoding: utf8.prefix(digits), as: UTF8.self)
    }

    /// "4/24        PUBLIC QUESTIONS [Item 4]", "17/23 PROPOSED PRECEPT 2024/25": a minute reference (number / year)
    /// and a title in capitals, as some county panels head each minute. The item number is the one in "[Item 4]"
    /// when there is one, else the minute's.
    static func minuteReferenceHeading(_ text: String) -> (String, String)? {
        guard let first = text.utf8.first, first >= 48 && first <= 57,
            let match = text.range(of: #"^\d{1,3}/\d{2}\s+\S"#, options: .regularExpression)
        else { return nil }
        let reference = text[..<match.upperBound].split(separator: " ").first.map(String.init) ?? ""
        var title = QuestionText.trimmed(text[text.index(before: match.upperBound)...])
        var number = String(reference.prefix(while: { $0 != "/" }))
        if let item = title.range(of: #"\s*\[(agenda\s+)?item\s+(\d{1,4}[a-z]?)\]\s*$"#, options: [.regularExpression, .caseInsensitive]) {
            // "[Item 4]", "[Agenda Item 7A]": the last word inside the brackets.
            number = title[item].split(whereSeparator: { $0 == " " || $0 == "[" || $0 == "]" }).last.map(String.init) ?? number
            title = QuestionText.trimmed(title[..<item.lowerBound])
        }
        guard isCapitalsTitle(title) else { return nil }
        return (number, title)
    }

    /// "**417 NOTICE OF RECORDING**": a bold heading of a running minute number (one to three digits: a year is not
    /// one) and a title in capitals, as a CMIS meeting page heads each minute below the agenda it repeats.
    static func numberedCapitalsHeading(_ text: String) -> (String, String)? {
        let digits = text.utf8.prefix(while: { $0 >= 48 && $0 <= 57 }).count
        guard digits >= 1, digits <= 3, text.utf8.dropFirst(digits).first == 32 else { return nil }
        let number = String(decoding: text.utf8.prefix(digits), as: UTF8.self)
        let title = QuestionText.trimmed(String(decoding: text.utf8.dropFirst(digits), as: UTF8.self))
        guard isCapitalsTitle(title) else { return nil }
        return (number, title)
    }

    /// A title of at most 120 characters, at least three letters and most of them capitals.
    static func isCapitalsTitle(_ title: String) -> Bool {
        let letters = title.filter(\.isLetter)
        return title.count <= 120 && letters.count >= 3 && Double(letters.filter(\.isUppercase).count) >= 0.7 * Double(letters.count)
    }

    /// "Item 12: Title", "Agenda Item 12 - Title".
    static func agendaItemLabel(_ text: String) -> (String, String)? {
        guard UTF8Text.hasPrefixIgnoringCase(text, "item ") || UTF8Text.hasPrefixIgnoringCase(text, "agenda item ") else { return nil }
        guard let match = text.range(of: #"^(?:Agenda\s+)?Item\s+\d{1,4}[A-Za-z]?\s*[:.\-–]\s*\S"#, options: [.regularExpression, .caseInsensitive]) else {
            return nil
        }
        let digits = text[match].drop(while: { !$0.isNumber }).prefix(while: { $0.isNumber || $0.isLetter })
        let title = text[text.index(before: match.upperBound)...].trimmingCharacters(in: .whitespaces)
        guard looksLikeTitle(title) else { return nil }
        return (String(digits), title)
    }

    /// "Minutes.", "Public Question Time.", "Declarations of interest.": a short title closed by a full stop, its words
    /// capitalised but for small ones (or four words at most), one sentence.
    static func isDottedTitle(_ text: String) -> Bool {
        guard text.hasSuffix("."), !text.hasSuffix(".."), text.utf8.count <= 80, let first = text.first, first.isUppercase else { return false }
        let body = text.dropLast()
        guard !body.contains(where: { ".?!;:".contains($0) }) else { return false }
        let words = body.split(separator: " ")
        let small: Set<String> = ["of", "and", "the", "for", "to", "in", "on", "a", "an", "by", "with", "from", "&"]
        return words.count <= 4
            || (words.count <= 8 && words.allSatisfy { small.contains($0.lowercased()) || $0.first?.isUppercase == true || $0.first?.isNumber == true })
    }

    /// A short capitalised line without closing punctuation.
    static func looksLikeTitle(_ text: String) -> Bool {
        // A bilingual title, "DIWEDDARIAD CYFNODOL … / PERIODIC UPDATE BY THE POLICE AND CRIME COMMISSIONER": each half.
        if text.utf8.count > 60, text.contains(" / ") {
            let halves = text.components(separatedBy: " / ")
            if halves.count == 2, halves.allSatisfy({ $0.count <= 120 && $0.split(separator: " ").count <= 14 }), let first = text.first,
                first.isUppercase || first.isNumber, let last = text.last, !".?!;,:".contains(last)
            {
                return true
            }
        }
        guard let first = text.first, first.isUppercase || first.isNumber, text.count <= 120 else { return false }
        guard let last = text.last, !".?!;,:".contains(last) || (last == ":" && text.contains(" ") && isCapitalsTitle(text)) else { return false }
        // ("WELCOME AND INTRODUCTIONS:": a title in capitals may end with a colon.)
        return text.split(separator: " ").count <= 14
    }

    // MARK: - Helpers

    /// Minutes say so near the top ("Minutes", "Meeting Summary", "Transcript"), or record a meeting: who was
    /// present, apologies, declarations of interest, resolutions.
    static func looksLikeMinutes(_ nonBlank: [SourceLine]) -> Bool {
        // ASCII lower case is enough for ASCII cues, and costs no Unicode case mapping of the header.
        let header = String(decoding: headerText(nonBlank.prefix(40)).utf8.map(UTF8Text.lower), as: UTF8.self)
        // "Report of the Police and Crime Commissioner" under the title, and no "Minutes of …": a report to the meeting,
        // whatever its questions say about minutes.
        let top = nonBlank.prefix(10).map { String(decoding: $0.text.utf8.map(UTF8Text.lower), as: UTF8.self) }
        let reportTitle = top.contains { line in
            (line.hasPrefix("report of the ") || line.hasPrefix("report by the ") || line.hasPrefix("joint report of ")) && !line.hasSuffix(".")
        }
        if reportTitle {
            let minutesTitle = nonBlank.prefix(40).contains { line in
                let lower = String(decoding: line.text.utf8.map(UTF8Text.lower), as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "* "))
                return lower.hasPrefix("minutes of") || lower.hasSuffix("minutes") || lower.contains("minutes of the meeting")
                    || lower.contains("minutes of a meeting")
            }
            if !minutesTitle { return false }
        }
        if UTF8Text.containsWord(header, "minute", orPlural: true), !onlyTimeMinutes(header) { return true }
        let meetingCues = [
            "present:", "present\n", "in attendance", "also present", "apologies", "declarations of interest",
            "declaration of interest", "meeting summary", "transcript", "held on", "held at", "held in", "at a meeting",
            "substitute members", "chairman", "(chair)", "attendees",
            // Notes of a workshop or an informal session: "Budget and Precept Workshop – Notes", "Notes of the workshop held on …".
            "notes of the", "– notes\n", "- notes\n", "welcome and introductions",
        ]
        let headerHits = meetingCues.filter { UTF8Text.contains(header, $0) }.count
        let body = nonBlank.lazy.map { $0.text }
        let resolved = body.contains { $0.hasPrefix("RESOLVED") || $0.hasPrefix("Resolved") || $0.hasPrefix("It was resolved") }
        return headerHits >= 2 || (headerHits >= 1 && resolved)
    }

    /// Every "minute(s)" in `lowered` counts time ("4 minutes 52 seconds", "ten minutes"): a paper that gives a
    /// waiting time is not minutes for it.
    static func onlyTimeMinutes(_ lowered: String) -> Bool {
        let numbers: Set<Substring> = [
            "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "fifteen", "twenty", "thirty", "few", "several", "many",
        ]
        var sawMinute = false
        for line in lowered.split(separator: "\n") {
            let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            for (index, word) in words.enumerated() where word == "minute" || word == "minutes" {
                sawMinute = true
                // A line's first word has nothing before it on the line: "Minutes of a meeting …" under a date line.
                guard index > 0 else { return false }
                let before = words[index - 1]
                if !(before.allSatisfy(\.isNumber) || numbers.contains(before)) { return false }
            }
        }
        return sawMinute
    }

    static func isMinutesMarker(_ line: SourceLine) -> Bool {
        guard case .text = line.shape, line.text.utf8.count <= 9 else { return false }
        return UTF8Text.equalsIgnoringCase(line.text, "minutes:") || UTF8Text.equalsIgnoringCase(line.text, "minutes :")
    }

    static func headerText<S: Sequence>(_ lines: S) -> String where S.Element == SourceLine {
        lines.map(\.text).joined(separator: "\n")
    }

    /// The first sentence of a line, for a title; the whole line when it has one sentence.
    static func firstSentence(of text: String) -> String {
        let sentences = SentenceSplitter.split(text)
        guard let first = sentences.first, sentences.count > 1 else { return text.trimmingCharacters(in: .whitespaces) }
        var title = first
        if title.hasSuffix(".") { title.removeLast() }
        return title
    }

    /// A text is a panel's document if it has a minutes layout or speaks of the people and bodies a panel deals with.
    static func isAboutAPanel(_ text: String, _ document: ParsedDocument) -> Bool {
        if document.metadata.body != nil { return true }
        let vocabulary = ["police", "crime", "panel", "commissioner", "constable", "councillor", "cllr", "pcc", "agenda", "safeguarding"]
        let sample = String(decoding: text.utf8.prefix(200_000).map(UTF8Text.lower), as: UTF8.self)
        let hits = vocabulary.filter { UTF8Text.contains(sample, $0) }.count
        return hits >= 2
    }
}

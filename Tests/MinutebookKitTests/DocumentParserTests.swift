import Foundation
import Testing

@testable import MinutebookKit

@Suite("Document parser")
struct DocumentParserTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var body: String?
        var date: String?
        var item: String?
        var title: String
        var kind: DocumentKind
        var testDescription: String { file }
    }

    static let corpus: [Expected] = [
        // The 2020 agenda-item page names neither its panel nor its date: both stay unknown.
        Expected(
            file: "000", body: nil, date: nil, item: nil,
            title: "Police and Crime Plan Strategic Priority 2 - Performance Report - Prevention and Early Intervention", kind: .minutes),
        Expected(
            file: "001", body: "Thames Valley Police and Crime Panel", date: "2018-02-02", item: "150",
            title: "Strategic Objective 2 Prevention and Early Intervention", kind: .minutes),
        Expected(
            file: "002", body: "Thames Valley Police and Crime Panel", date: "2018-11-16", item: "25",
            title: "To receive a report for the Police and Crime Commissioner", kind: .minutes),
        Expected(
            file: "003", body: "Thames Valley Police and Crime Panel", date: "2018-02-02", item: nil,
            title: "Police and Crime Plan Strategic Priority 2: Prevention and Early Intervention", kind: .report),
        Expected(file: "004", body: "Thames Valley Police and Crime Panel", date: "2017-11-17", item: "137", title: "General", kind: .minutes),
    ]

    @Test("metadata of the bundled corpus", arguments: corpus)
    func corpusMetadata(_ expected: Expected) throws {
        let document = try TestSupport.parse(try TestSupport.corpusFile(expected.file))
        #expect(document.metadata.body == expected.body)
        #expect(document.metadata.meetingDate == expected.date)
        #expect(document.metadata.kind == expected.kind)
        #expect(document.items.count == 1)
        #expect(document.items[0].number == expected.item)
        #expect(document.items[0].title == expected.title)
    }

    @Test("a report keeps its sections and its table rows keep their headers")
    func reportStructure() throws {
        let document = try TestSupport.parse(try TestSupport.corpusFile("003"))
        let blocks = document.items[0].blocks
        let row = try #require(blocks.first { $0.kind == .tableRow && $0.text.hasPrefix("Level of FGM Crime") })
        #expect(row.table?.header == ["Measure", "2016/17 Comparison", "2017/18 (April – Dec)"])
        #expect(row.table?.cells == ["Level of FGM Crime", "7", "0"])
        #expect(row.text == "Level of FGM Crime | 2016/17 Comparison: 7 | 2017/18 (April – Dec): 0")
        #expect(row.section?.contains("Female Genital Mutilation (FGM)") == true)
        #expect(row.section?.contains("TVP Performance Measures 2017/18") == true)
        // Bullets sit under their key aim and sub-heading.
        let bullet = try #require(blocks.first { $0.text.hasPrefix("All LPAs offered cyber") })
        #expect(bullet.kind == .bullet)
        #expect(bullet.sectionPath.suffix(2) == ["TVP Delivery Plan actions & progress", "Qtr. 1"])
        #expect(bullet.sectionPath.contains { $0.hasPrefix("1. Coordinated efforts") })
        // Hate-crime table: ten data rows, none mistaken for a header.
        let hateRows = blocks.filter { $0.kind == .tableRow && $0.section?.contains("Hate Crime") == true }
        #expect(hateRows.count == 11)
        #expect(hateRows.allSatisfy { $0.table?.header.first == "Measure" })
    }

    @Test("a whole-meeting page becomes one item per numbered agenda item")
    func wholeMeetingPage() throws {
        let document = try TestSupport.parse(TestSupport.layouts.appendingPathComponent("whole-meeting.txt"))
        #expect(document.metadata.body == "Surrey Police and Crime Panel")
        #expect(document.metadata.meetingDate == "2023-03-08")
        #expect(document.metadata.kind == .minutes)
        let numbered = document.items.filter { $0.number != nil }
        #expect(numbered.map(\.number) == ["1", "2", "3", "4"])
        #expect(
            numbered.map(\.title) == [
                "Apologies for Absence and Substitutions", "Minutes of the Previous Meeting", "Public Questions",
                "Police and Crime Plan Performance Report",
            ])
        let item4 = numbered[3]
        #expect(item4.blocks.contains { $0.text.hasPrefix("To receive the quarterly") && $0.sectionPath == ["Agenda"] })
        #expect(item4.blocks.contains { $0.text.hasPrefix("A Member referenced") && $0.sectionPath.isEmpty })
    }

    @Test("hard-wrapped minutes with capitalised numbered items, as exported from PDF")
    func pdfMinutes() throws {
        let document = try TestSupport.parse(TestSupport.layouts.appendingPathComponent("pdf-minutes.txt"))
        #expect(document.metadata.body == "North Yorkshire Police, Fire and Crime Panel")
        #expect(document.metadata.meetingDate == "2021-10-14")
        #expect(document.items.compactMap(\.number) == ["41", "42", "43"])
        let item = try #require(document.items.first { $0.number == "42" })
        // Wrapped lines join their paragraph: one paragraph, not three.
        let paragraph = try #require(item.blocks.first { $0.text.hasPrefix("The Commissioner presented") })
        #expect(paragraph.text.hasSuffix("had been restructured."))
        #expect(paragraph.text.contains("Multi-Agency Safeguarding Hub"))
        let bullets = item.blocks.filter { $0.kind == .bullet }
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.sectionPath.last == "Councillor Jane Smith" })
    }

    @Test("a report with a Markdown table and a date line in its title block")
    func markdownReport() throws {
        let document = try TestSupport.parse(TestSupport.layouts.appendingPathComponent("report-markdown.txt"))
        #expect(document.metadata.kind == .report)
        #expect(document.metadata.meetingDate == "2022-06-15")
        #expect(document.metadata.body == "Cumbria Police and Crime Panel")
        #expect(document.items[0].title == "Cybercrime and Fraud Update")
        let rows = document.items[0].blocks.filter { $0.kind == .tableRow }
        #expect(rows.map { $0.table?.cells ?? [] } == [["Action Fraud referrals", "1,204", "1,530"], ["Cyber crime victims supported", "310", "402"]])
        #expect(rows.allSatisfy { $0.sectionPath == ["2. Performance"] })
    }

    @Test("a text with nothing of a panel in it is refused")
    func notMinutes() throws {
        #expect(throws: DocumentError.noRecognisableLayout) {
            try TestSupport.parseText("Shopping list\n\nEggs, milk, bread.\n\nCall the plumber on Tuesday about the boiler.\n")
        }
        #expect(throws: DocumentError.noRecognisableLayout) {
            try TestSupport.parseText("id,amount\n1,2\n3,4\n")
        }
    }

    @Test("bullets, continuations after links, and Action lines stay with their point")
    func bulletsAndContinuations() throws {
        let document = try TestSupport.parse(try TestSupport.corpusFile("004"))
        let blocks = document.items[0].blocks
        let mallon = try #require(blocks.first { $0.text.hasPrefix("Cllr Mallon referred") })
        #expect(mallon.kind == .bullet)
        #expect(mallon.text.contains("theguardian.com"))
        #expect(mallon.text.contains("The PCC reported that they were trying to address this issue"))
        let egleton = try #require(blocks.first { $0.text.hasPrefix("Cllr Egleton asked") })
        #expect(egleton.text.hasSuffix("Action: PCC/Chief Constable"))
        #expect(!blocks.contains { $0.text.hasPrefix("Action:") })
        // "Specific" is a heading of the agenda text, not glued to the bullet before it.
        #expect(blocks.contains { $0.kind == .heading && $0.text == "Specific" })
    }
}

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    @Test func abbreviationsAndInitialsDoNotSplit() {
        let sentences = SentenceSplitter.split(
            "Cllr. Hayes commended Supt. Joe Kidman in Oxford. J. Smith agreed, e.g. on funding. The PCC said it was 2.5% higher.")
        #expect(sentences == ["Cllr. Hayes commended Supt. Joe Kidman in Oxford.", "J. Smith agreed, e.g. on funding.", "The PCC said it was 2.5% higher."])
    }

    @Test("a capital letter ending a sentence is no initial when a word that never names anyone follows")
    func capitalLetterBeforeAnOpener() {
        #expect(
            SentenceSplitter.split("Cllr Orme asked about bands A and B. The PCC said that he had no analysis. Mr J. Smith agreed.") == [
                "Cllr Orme asked about bands A and B.", "The PCC said that he had no analysis.", "Mr J. Smith agreed.",
            ])
        #expect(SentenceSplitter.split("Cllr J. A. Smith asked. He said so.") == ["Cllr J. A. Smith asked.", "He said so."])
        // The last letter of "A&E" is no initial.
        #expect(
            SentenceSplitter.split("Cllr Dalton asked about waits at A&E. CCKerr confirmed that a limit had been agreed.") == [
                "Cllr Dalton asked about waits at A&E.", "CCKerr confirmed that a limit had been agreed.",
            ])
    }

    @Test func questionsAndQuotes() {
        #expect(
            SentenceSplitter.split("Was this due to confidence? \"Yes,\" he said. [It was.] Fine") == [
                "Was this due to confidence?", "\"Yes,\" he said.", "[It was.]", "Fine",
            ])
    }
}

@Suite("Source text")
struct SourceTextTests {
    @Test func windows1252IsDecoded() throws {
        let data = try Data(contentsOf: TestSupport.layouts.appendingPathComponent("windows-1252.txt"))
        let (text, encoding) = try SourceText.decode(data)
        #expect(encoding == "windows-1252")
        #expect(text.contains("Clare’s Law – the domestic violence"))
    }

    @Test func emptyBinaryAndBlankAreRefused() {
        #expect(throws: DocumentError.empty) { try SourceText.decode(Data()) }
        #expect(throws: DocumentError.empty) { try SourceText.decode(Data(" \n\u{a0}\n".utf8)) }
        #expect(throws: DocumentError.binary) { try SourceText.decode(Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])) }
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let (text, encoding) = try SourceText.decode(Data([0xEF, 0xBB, 0xBF] + Array("Minutes:".utf8)))
        #expect(text == "Minutes:")
        #expect(encoding == "utf-8")
    }
}

@Suite("Agenda items in free-standing minutes")
struct NumberedListTests {
    @Test("a numbered list inside an item is not a new item: item numbers only go up")
    func listsStayInTheirItem() throws {
        let document = try TestSupport.parse(TestSupport.layouts.appendingPathComponent("numbered-lists.txt"))
        #expect(document.metadata.body == "Dyfed-Powys Police and Crime Panel")
        #expect(document.metadata.meetingDate == "2022-06-09")
        #expect(document.items.map(\.number) == ["7", "8"])
        let item = document.items[0]
        #expect(
            item.blocks.filter { $0.kind == .numbered }.map(\.text) == [
                "Victims and communities", "Tackling serious and organised crime", "Road safety on rural roads",
            ])
    }
}

@Suite("Line scanner on bytes")
struct LineScannerBytesTests {
    /// The Character-based `normaliseSpaces` the byte version replaces.
    static func referenceNormalise(_ raw: Substring) -> String {
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

    static let lines: [String] = [
        "", " ", "\t", "\t\t", "\t \t", "plain text", "trailing  ", "trailing\t", "a\tb\t\t", "\u{00A0}\u{00A0}", " \u{200B}\t",
        "  • Meeting of the Panel", "•\u{00A0}Bullet", "\u{00A0}\tx\ty", "soft\u{00AD}hyphen", "\u{FEFF}BOM", "form\u{0C}feed\u{0C}",
        "\u{3000}wide", "\u{2003}em\u{2003}", "x \u{202F}\u{205F}", "Café ", "naïve\u{00A0}", "end ’ ", "prepend \u{0600} ", "\u{0600}\u{0600}  ",
        " \u{0301}combining", "\t\u{0301}tab", "\u{0387} ano teleia", "\u{00B7} middle dot", "• \u{0301} then combining", "o café", "o Éclair",
        "o ½ half", "o \u{2160} roman", "(1)\u{00A0}nbsp", "1.½ not a marker", "1.\u{0661} arabic", "(iv) roman", "(ix). dot", "(ab) two",
        "(xvi) four", "(é) accent", "12. Title", "3) Item", "1.1 Sub", "(a)\tTab", "|a|b|", "| --- | :-: |", "|é|", "|\u{0301}|x|",
        "| a\u{0301} | b |", "a\tb", "\tlead\ttab", "– en dash", "— em dash", "- hyphen", "  - indented", "   ◦ hollow", "\u{F0B7} glyph",
        "\u{F0A7} glyph", "\u{F0D8} other", "* star", "ΑΒΓ caps", "ǅemal", "İstanbul", "x \u{20DD}", "a\u{200D} b", "한국어", "👍🏽 ", "e\u{0301} ",
        "● Bullet", "➢ Arrow", "► Pointer", "■ Square", "o lower", "o 1 digit", "-", "- ", "(1)", "(1) ", "1.", "|", "||", "|x|",
    ]

    @Test("normaliseSpaces on bytes equals the Character version", arguments: lines)
    func normalise(_ line: String) {
        let padded = "xx\n" + line + "\nyy"
        let raw = padded.split(separator: "\n", omittingEmptySubsequences: false)[1]
        #expect(LineScanner.normaliseSpaces(raw) == Self.referenceNormalise(raw))
    }

    @Test("classify on bytes equals classify on Characters", arguments: lines)
    func classify(_ line: String) {
        for text in [line, Self.referenceNormalise(Substring(line)), "  " + line, "\t" + line] {
            let fast = LineScanner.classify(text, number: 3, bold: true)
            let slow = LineScanner.classifyCharacters(text, number: 3, bold: true)
            #expect(fast.text == slow.text && fast.indent == slow.indent && fast.shape == slow.shape && fast.bold == slow.bold, "\(text.debugDescription)")
        }
    }

    @Test func scanKeepsBoldAndLineEndings() {
        let text = "**Title**\r\n**Open\r\nmiddle\u{00A0}\rclose**\n\n  • Bullet\u{00A0}\n"
        let lines = LineScanner.scan(text)
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(lines.map(\.bold) == [true, true, true, true, false, false, false])
        #expect(lines.map(\.text) == ["Title", "Open", "middle", "close", "", "Bullet", ""])
        #expect(lines[5].shape == .bullet(marker: "•", depth: 0))
    }

    @Test func bareNumbers() {
        #expect(DocumentParser.bareNumber("12") == "12")
        #expect(DocumentParser.bareNumber("1234.") == "1234")
        #expect(DocumentParser.bareNumber("12345") == nil)
        #expect(DocumentParser.bareNumber(".") == nil)
        #expect(DocumentParser.bareNumber("12..") == nil)
        #expect(DocumentParser.bareNumber("١٢") == nil)
        #expect(DocumentParser.bareNumber("12\u{0301}") == nil)
    }

    @Test("a meeting page's minutes under bold running minute numbers after the agenda they repeat are items of their own")
    func minutesBelowTheAgenda() throws {
        let page = """
            Larkmoor Police and Crime Panel

            4 March 2025

            1

            APOLOGIES

            To receive any apologies.

            2

            POLICE AND CRIME COMMISSIONER'S UPDATE

            Report of the Police and Crime Commissioner.

            **Public Minutes**

            **311 APOLOGIES**

            Apologies were received from Councillor Fenn.

            **312 POLICE AND CRIME COMMISSIONER'S UPDATE**

            Councillor Aske asked how many burglaries had been solved. The Commissioner said that 14% had been.

            **2024 PERFORMANCE FIGURES**

            The figures were noted.
            """
        let document = try DocumentParser.parse(page)
        #expect(document.items.map(\.number) == ["1", "2", "311", "312"])
        let update = try #require(document.items.last)
        #expect(update.title == "POLICE AND CRIME COMMISSIONER'S UPDATE")
        #expect(update.blocks.contains { $0.text.contains("Councillor Aske asked") })
        // A year before a title in capitals is no minute number: the last heading stays inside minute 312.
        #expect(update.blocks.contains { $0.text.contains("The figures were noted") })
        #expect(DocumentParser.numberedCapitalsHeading("2024 PERFORMANCE FIGURES") == nil)
        #expect(DocumentParser.numberedCapitalsHeading("417 NOTICE OF RECORDING")?.0 == "417")
        #expect(DocumentParser.numberedCapitalsHeading("12 members attended the meeting") == nil)
    }
}

import Foundation
import GRDB
import Testing

@testable import MinutebookKit

/// The five bundled documents as a ModernGov-like web page, a PDF, a Word and an OpenDocument file (made by
/// `Fixtures/formats/make_fixtures.py`, committed) are understood as their text files are.
@Suite("Format readers")
struct FormatReaderTests {
    static let folder = TestSupport.repoRoot.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/formats")
    static let documents = ["000", "001", "002", "003", "004"]

    static func fixture(_ prefix: String, _ ext: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix) && $0.hasSuffix("." + ext) }, "no \(ext) fixture for \(prefix)")
        return folder.appendingPathComponent(name)
    }

    static func understand(_ url: URL) throws -> UnderstoodDocument {
        try UnderstoodDocument(data: Data(contentsOf: url), url: url, taxonomy: TestSupport.taxonomy())
    }

    /// What must not depend on the format: whitespace is compared collapsed (a PDF has no double spaces).
    struct Answers: Equatable, CustomStringConvertible {
        var panel: String?, date: String?, kind: DocumentKind
        var items: [String]
        var questions: [String]
        var description: String { "\(panel ?? "-") \(date ?? "-") \(kind) items: \(items)\n" + questions.joined(separator: "\n") }
    }

    static func answers(_ document: UnderstoodDocument) -> Answers {
        func flat(_ text: String) -> String { text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{A0}" }).joined(separator: " ") }
        return Answers(
            panel: document.metadata.body, date: document.metadata.meetingDate, kind: document.metadata.kind,
            items: document.items.map { "\($0.number ?? "?"): \($0.title.map(flat) ?? "")" },
            questions: document.items.flatMap(\.questions).map { q in
                [q.asker, flat(q.question), q.respondent ?? "-", q.respondentRole?.rawValue ?? "-", flat(q.answer), q.status.rawValue].joined(separator: " | ")
            })
    }

    @Test(
        "each format gives the panel, date, items, kind and questions the text file gives",
        arguments: ["html", "pdf", "docx", "odt"], documents)
    func sameAnswersAsText(format: String, document: String) throws {
        let text = Self.answers(try Self.understand(try TestSupport.corpusFile(document)))
        let other = try Self.understand(try Self.fixture(document, format))
        #expect(other.format.rawValue == format)
        let answers = Self.answers(other)
        // A web page's title or a Word file's page header may name the panel that the text alone does not.
        let samePanel =
            answers.panel == text.panel
            || (text.panel == nil && (format == "html" || format == "docx") && answers.panel == "Thames Valley Police and Crime Panel")
        #expect(samePanel && answers.date == text.date && answers.kind == text.kind)
        #expect(answers.items == text.items)
        #expect(answers.questions.count == text.questions.count)
        for (mine, theirs) in zip(answers.questions, text.questions) {
            #expect(mine == theirs)
        }
    }

    @Test("the 18 questions of the corpus come out of every format", arguments: ["html", "pdf", "docx", "odt"])
    func allQuestions(format: String) throws {
        var fromText = 0, fromFormat = 0
        for document in Self.documents {
            fromText += try Self.understand(try TestSupport.corpusFile(document)).items.flatMap(\.questions).count
            fromFormat += try Self.understand(try Self.fixture(document, format)).items.flatMap(\.questions).count
        }
        #expect(fromFormat == fromText && fromText > 0)
    }

    @Test(
        "no markup, script, style, navigation, banner, share link or document link reaches a passage",
        arguments: ["html", "pdf", "docx", "odt"], documents)
    func noNoise(format: String, document: String) throws {
        let understood = try Self.understand(try Self.fixture(document, format))
        let noise = [
            "<", "cookie", "Share this", "pdf icon", "KB", "Skip to", "Meetings calendar", "Accessibility", "mgPageTitle", "font-family",
            "Supporting documents", "Public document pack", "Printed from", "Page 1", "Page 2", "Example Council", "Printable",
        ]
        for passage in understood.items.flatMap(\.passages) {
            for word in noise {
                #expect(!passage.text.contains(word), "\(format) \(document): '\(word)' in \(passage.text)")
            }
        }
    }

    @Test("a web page keeps the blocks of the text: headings, list items with their nesting, table rows under their header")
    func htmlBlocks() throws {
        let extracted = try DocumentReader.read(Data(contentsOf: try Self.fixture("003", "html")), url: try Self.fixture("003", "html"))
        let lines = extracted.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("**Police and Crime Plan Strategic Priority 2:"))
        #expect(lines.contains("· Young people at risk"))
        #expect(lines.contains("    ◦ Total counselling capacity – 218 hours per week"))
        #expect(lines.contains("Measure\t2016/17 Comparison\t2017/18 (April – Dec)"))
        #expect(lines.contains("Level of Racist crime\t1,079\t1,384"))
        let report = try Self.understand(try Self.fixture("003", "html"))
        let row = try #require(report.items.flatMap(\.passages).first { $0.text.hasPrefix("Level of Racist crime") })
        #expect(row.kind == .tableRow && row.text.contains("2016/17 Comparison: 1,079"))
    }

    @Test("a ModernGov whole-meeting page: each item in its table row, with its number, title, minutes and questions")
    func moderngovMeeting() throws {
        let url = Self.folder.appendingPathComponent("pages/ieListDocuments.aspx")
        let understood = try Self.understand(url)
        #expect(understood.format == .html)
        #expect(understood.metadata.body == "Example Police and Crime Panel" && understood.metadata.meetingDate == "2023-03-09")
        #expect(understood.metadata.kind == .minutes)
        #expect(
            understood.items.map { "\($0.number ?? "?") \($0.title ?? "")" }
                == ["41 Apologies for Absence", "42 Police and Crime Plan Performance Report", "43 Date of Next Meeting"])
        let questions = understood.items.flatMap(\.questions)
        #expect(questions.map(\.asker) == ["Cllr Hayes", "Cllr Patel"])
        #expect(questions.map(\.respondentRole) == [.pcc, .chiefConstable])
        let text = understood.items.flatMap(\.passages).map(\.text).joined(separator: "\n")
        for noise in ["pdf icon", "PDF 238 KB", "Performance Report PDF", "Share this page", "cookies", "Skip to", "Your councillors", "No.", "Accessibility"] {
            #expect(!text.contains(noise), "\(noise) in:\n\(text)")
        }
    }

    @Test("a CMIS meeting page (DotNetNuke: the whole page inside one <form>) is read, its minutes and questions found")
    func cmisMeetingPage() throws {
        let url = Self.folder.appendingPathComponent("pages/cmis-meeting.htm")
        let understood = try Self.understand(url)
        #expect(understood.format == .html)
        #expect(understood.metadata.body == "Fernhollow Police and Crime Panel")
        let questions = understood.items.flatMap(\.questions)
        #expect(questions.map(\.asker) == ["Cllr Wren Tallis"])
        #expect(questions.map(\.respondentRole) == [.pcc])
        let text = understood.items.flatMap(\.passages).map(\.text).joined(separator: "\n")
        for noise in ["Public Minutes 09-03-2026", "Powered by CMIS", "Home", "__VIEWSTATE"] {
            #expect(!text.contains(noise), "\(noise) in:\n\(text)")
        }
    }

    @Test("a content element that holds next to nothing gives way to the body: a page with minutes is never read as empty")
    func tinyContentElementFallsBackToBody() throws {
        let minutes = String(
            repeating: "Councillor Ash Verney asked how the precept would be spent. The Commissioner said that it would fund officers. ", count: 3)
        let page = """
            <html><body><div id="content"><p>Loading</p></div>
            <div class="page"><h2>Minutes</h2><p>\(minutes)</p></div></body></html>
            """
        let extracted = try HTMLReader.read(page, encoding: "utf-8")
        #expect(extracted.text.contains("Councillor Ash Verney asked how the precept would be spent."))
        // A content element that holds the minutes is still preferred to the body.
        let framed = """
            <html><body><p>Site banner with words</p><div id="content"><p>\(minutes)</p></div></body></html>
            """
        #expect(!(try HTMLReader.read(framed, encoding: "utf-8")).text.contains("Site banner"))
    }

    @Test("a Word list glyph in a picture font (Wingdings \"Ø\", an arrow) is a bullet, not a letter of the text")
    func wingdingsGlyph() throws {
        let page = """
            <html><body><div class="WordSection1">
            <p class="MsoNormal">The force had responded in two ways:</p>
            <p class="MsoListParagraph" style="margin-left:72.0pt;text-indent:-18.0pt"><span style="font-family:Wingdings">Ø</span><span>&nbsp;&nbsp;</span>a retail crime officer had been appointed;</p>
            <p class="MsoListParagraph" style="margin-left:72.0pt;text-indent:-18.0pt"><span style="font-family:Wingdings">§</span><span>&nbsp;&nbsp;</span>every report with CCTV was investigated.</p>
            </div></body></html>
            """
        let lines = try HTMLReader.read(page, encoding: "utf-8").text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { $0.hasPrefix("•") }.count == 2)
        #expect(lines.contains { $0.hasSuffix("a retail crime officer had been appointed;") })
        #expect(!lines.contains { $0.contains("Ø") || $0.contains("§") })
    }

    @Test("a page saved from Word: its list glyphs and their nesting, without the conditional-comment markers")
    func wordSavedPage() throws {
        let url = Self.folder.appendingPathComponent("pages/word-saved.htm")
        let extracted = try DocumentReader.read(Data(contentsOf: url), url: url)
        #expect(!extracted.text.contains("<!["))
        let passages = try Self.understand(url).items.flatMap(\.passages)
        #expect(passages.map(\.kind) == [.paragraph, .bullet, .bullet])
        #expect(passages[1].text == "Cllr Hayes asked about county lines. The PCC reported that work was ongoing.")
        #expect(passages[2].text == "Nested point about Oxford.")
    }

    @Test(
        "a saved web page is read as a page whatever its name, and its own address is found",
        arguments: [
            ("000", "https://democracy.example.gov.uk/mgAi.aspx?ID=5301"), ("001", "https://democracy.example.gov.uk/mgAi.aspx?ID=4150"),
            ("002", "https://democracy.example.gov.uk/mgAi.aspx?ID=4025"),
            ("003", "https://democracy.example.gov.uk/documents/s9876/PCC%20Progress%20Report.pdf"), ("004", nil),
        ])
    func htmlByContent(document: String, address: String?) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let saved = folder.appendingPathComponent("saved page.txt")
        try FileManager.default.copyItem(at: try Self.fixture(document, "html"), to: saved)
        let understood = try Self.understand(saved)
        #expect(understood.format == .html)
        #expect(understood.sourceURL == address)
    }

    @Test("PDF: pages kept, running header, footer and page numbers dropped, hyphenated words joined, compounds kept")
    func pdfPages() throws {
        let url = try Self.fixture("004", "pdf")
        let understood = try Self.understand(url)
        let passages = understood.items.flatMap(\.passages)
        #expect(Set(passages.compactMap(\.page)) == [1, 2, 3])
        #expect(passages.allSatisfy { $0.page != nil })
        #expect(passages.first?.page == 1)
        // Hyphenated at line ends in the PDF ("un-" / "derstanding", "ser-" / "vices").
        let all = passages.map(\.text).joined(separator: " ")
        #expect(all.contains("an outstanding understanding of the demand for its services"))
        #expect(!all.contains("un- derstanding") && !all.contains("underst- anding"))
        let questions = try Self.understand(try Self.fixture("002", "pdf")).items.flatMap(\.passages).map(\.text).joined(separator: " ")
        #expect(questions.contains("Multi-Agency Safeguarding Hubs"))
        #expect(questions.contains("non-crimes"))
    }

    @Test("PDF: a paragraph broken over a column or a page stays one, and two columns are read one after the other")
    func pdfBreaks() throws {
        let understood = try Self.understand(try Self.fixture("004", "pdf"))
        let passages = understood.items.flatMap(\.passages)
        // The left column of page 2 ends in the middle of this paragraph; the right column carries on.
        let split = try #require(passages.first { $0.text.hasPrefix("The PCC referred to hidden forms of abuse") })
        #expect(split.text.contains("commented that this was a difficult area to tackle as it was embedded in some communities"))
        #expect(split.page == 2)
        // Page 1 ends inside the second key aim; page 2 carries on.
        let report = try Self.understand(try Self.fixture("003", "pdf")).items.flatMap(\.passages)
        let aim = try #require(report.first { $0.text.hasPrefix("1. Coordinated efforts by police and partner agencies") })
        #expect(aim.text.hasSuffix("(such as those at either end of the age spectrum)"))
        // 001's page 2 is in two columns: the questions come in the order of the text file.
        let text = try Self.understand(try TestSupport.corpusFile("001")).items.flatMap(\.questions).map(\.asker)
        let pdf = try Self.understand(try Self.fixture("001", "pdf")).items.flatMap(\.questions).map(\.asker)
        #expect(pdf == text)
    }

    /// A line of words at (x0, y0) on an A4 page, 10 points high, running to x1.
    static func line(_ text: String, x0: Double, y0: Double, x1: Double = 527) -> PDFLayout.Line {
        PDFLayout.Line(words: text.split(separator: " ").map(String.init), x0: x0, y0: y0, x1: x1, y1: y0 + 10)
    }

    static func block(_ lines: PDFLayout.Line...) -> PDFLayout.Block { PDFLayout.Block(lines: lines, flow: 0) }

    @Test("PDF: a list glyph poppler sets in a block of its own, beside its text, is a list item, not a table row")
    func pdfGlyphBesideItsText() throws {
        let page = PDFLayout.Page(
            number: 1, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("The Commissioner gave the following answers:", x0: 102, y0: 100)),
                Self.block(Self.line("•", x0: 108, y0: 121, x1: 111)),
                Self.block(Self.line("Twelve officers would join the rural team in", x0: 125, y0: 120), Self.line("the spring.", x0: 125, y0: 134, x1: 180)),
                Self.block(Self.line("•", x0: 108, y0: 151, x1: 111)),
                Self.block(Self.line("The review would report in June.", x0: 125, y0: 150, x1: 330)),
            ])
        var layout = PDFLayout(pages: [page])
        let lines = layout.write().0.split(separator: "\n").map(String.init)
        #expect(lines.contains("· Twelve officers would join the rural team in the spring."))
        #expect(lines.contains("· The review would report in June."))
        #expect(!lines.contains { $0.contains("\t") })
    }

    @Test("PDF: a paragraph number in a column of its own (\"45.2\") leads its paragraph, and the rest of the paragraph poppler set apart stays with it")
    func pdfNumberedParagraphs() throws {
        // Line pitch 14 (10-point lines 4 apart); the paragraph's later lines are a block of their own under its first.
        let page = PDFLayout.Page(
            number: 1, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("45.2", x0: 60, y0: 100, x1: 80)),
                Self.block(Self.line("Cllr Tricia Youlden asked what progress had been made with the rural crime team.", x0: 96, y0: 100)),
                Self.block(
                    Self.line("The Commissioner advised that the team had reached its full complement in July, and had", x0: 96, y0: 114),
                    Self.line("recovered farm machinery since", x0: 96, y0: 128)),
                Self.block(Self.line("April.", x0: 96, y0: 142, x1: 130)),
                Self.block(Self.line("(iv)", x0: 60, y0: 156, x1: 80)),
                Self.block(Self.line("Dr Okonedo asked how many reports of online grooming had been received this year.", x0: 96, y0: 156)),
                Self.block(Self.line("45.3", x0: 60, y0: 170, x1: 80)),
                Self.block(Self.line("Cllr Paul Barnham queried the cost of legal advice.", x0: 96, y0: 170, x1: 400)),
                // List items without glyphs, set a little further apart than lines: each stays an item.
                Self.block(Self.line("the current financial position for 2025/26;", x0: 96, y0: 200, x1: 400)),
                Self.block(Self.line("the planning assumptions for pay;", x0: 96, y0: 219, x1: 400)),
            ])
        var layout = PDFLayout(pages: [page])
        let lines = layout.write().0.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "45.2 Cllr Tricia Youlden asked what progress had been made with the rural crime team. The Commissioner advised that the team had reached its full complement in July, and had recovered farm machinery since April."
            ))
        #expect(lines.contains("45.3 Cllr Paul Barnham queried the cost of legal advice."))
        #expect(lines.contains("(iv) Dr Okonedo asked how many reports of online grooming had been received this year."))
        #expect(!lines.contains { $0.contains("\t") })
        #expect(lines.contains { $0.hasSuffix("the current financial position for 2025/26;") })
        #expect(lines.contains { $0.hasSuffix("the planning assumptions for pay;") && !$0.contains("2025/26") })
    }

    @Test(
        "PDF: an item number in a column of its own beside its title in capitals (\"31.\" beside \"WELCOME AND INTRODUCTIONS:\") is the item's heading line, and the parser starts an item there"
    )
    func pdfNumberedCapitalsTitle() throws {
        let page = PDFLayout.Page(
            number: 1, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("Minutes of the Lindmarsh Police and Crime Panel held on 16 January 2026.", x0: 68, y0: 60)),
                Self.block(Self.line("31.", x0: 68, y0: 100, x1: 83)),
                Self.block(Self.line("WELCOME AND INTRODUCTIONS:", x0: 108, y0: 100, x1: 303)),
                Self.block(Self.line("The Chairman welcomed everyone to the meeting and introduced the candidate.", x0: 108, y0: 120)),
                Self.block(Self.line("32.", x0: 68, y0: 150, x1: 83)),
                Self.block(Self.line("APOLOGIES FOR ABSENCE:", x0: 108, y0: 150, x1: 280)),
                Self.block(Self.line("Apologies were received from Councillor Astbury.", x0: 108, y0: 170, x1: 400)),
            ])
        var layout = PDFLayout(pages: [page])
        let text = layout.write().0
        #expect(text.split(separator: "\n").contains("31. WELCOME AND INTRODUCTIONS:"))
        let document = try DocumentParser.parse(text)
        let items = document.items.filter { $0.number != nil }
        #expect(items.map(\.number) == ["31", "32"])
        #expect(items.map(\.title) == ["WELCOME AND INTRODUCTIONS", "APOLOGIES FOR ABSENCE"])
    }

    @Test("PDF: a paragraph cut by a page break goes on at the same place on the next page, though that page's left edge differs")
    func pdfBreakWithOtherMargins() throws {
        // Page 1's left edge is set by a label further out (x 66); page 2's by a lettered entry (x 102). The
        // answer's hanging indent (x 125) is the same on both.
        let first = PDFLayout.Page(
            number: 1, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("Present:", x0: 66, y0: 100, x1: 110)),
                Self.block(
                    Self.line("a) Councillor Ivo Brent asked how the grant was tied to officer numbers. The", x0: 102, y0: 700),
                    Self.line("Commissioner explained that the grant depended on it. If numbers fell below", x0: 125, y0: 714),
                    Self.line("that", x0: 125, y0: 728, x1: 527)),
            ])
        let second = PDFLayout.Page(
            number: 2, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("figure the grant would be withheld in full.", x0: 125, y0: 80, x1: 360)),
                Self.block(Self.line("b) Councillor Ada Quarles asked about response times.", x0: 102, y0: 115, x1: 400)),
            ])
        var layout = PDFLayout(pages: [first, second])
        let text = layout.write().0
        #expect(text.contains("If numbers fell below that figure the grant would be withheld in full."))
    }

    @Test("a Word list keeps its nesting and a Word table its rows")
    func docxBlocks() throws {
        let extracted = try DocumentReader.read(Data(contentsOf: try Self.fixture("003", "docx")), url: try Self.fixture("003", "docx"))
        let lines = extracted.text.split(separator: "\n").map(String.init)
        #expect(lines.contains("· Young people at risk"))
        #expect(lines.contains("    ◦ Total counselling capacity – 218 hours per week"))
        #expect(lines.contains("Level of Racist crime\t1,079\t1,384"))
        #expect(extracted.pages == nil)
    }

    @Test("Word: the page header is read apart from the text, for the panel's name when the text does not give it in full")
    func docxPageHeader() throws {
        // The corpus's Word file carries the panel's name in its page header (word/header1.xml).
        let extracted = try DocumentReader.read(Data(contentsOf: try Self.fixture("001", "docx")), url: try Self.fixture("001", "docx"))
        #expect(extracted.pageTitle == "Thames Valley Police and Crime Panel")
        var unplaced = extracted
        unplaced.text = "**Police and Crime Panel – 2 February 2018**\n\n1. Apologies\n\nNone."
        #expect(try DocumentParser.parse(unplaced).metadata.body == "Thames Valley Police and Crime Panel")
    }

    @Test("Word: a paragraph indented as far as Word indents a list (0.63 cm) is an indented paragraph, so it answers the point above it")
    func docxIndentedAnswer() throws {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>Reference was made to withdrawn prosecutions, and clarification was sought on what was being done.</w:t></w:r></w:p>
            <w:p><w:pPr><w:ind w:left="357"/></w:pPr><w:r><w:t>The Commissioner advised that the rate had fallen.</w:t></w:r></w:p>
            <w:p><w:pPr><w:ind w:left="200"/></w:pPr><w:r><w:t>RESOLVED that the report be noted.</w:t></w:r></w:p>
            </w:body></w:document>
            """
        let tree = try #require(MarkupTree.xml(Data(xml.utf8)))
        let lines = try withExtendedLifetime(tree) {
            let body = try #require(tree.root?.child("body"))
            var reader = WordBody(styles: WordStyles(nil), numbering: WordNumbering(nil))
            reader.prepareListIndents(body)
            reader.blocks(body)
            return reader.writer.finish().text.split(separator: "\n").map(String.init)
        }
        #expect(lines.contains("    The Commissioner advised that the rate had fallen."))
        #expect(lines.contains("RESOLVED that the report be noted."))
    }

    @Test(
        "formats minutebook does not read are refused by name, never read as text",
        arguments: [
            ("minutes.rtf", "an RTF document: save it as Word (.docx), PDF or text"), ("scan.png", "a PNG image"),
            ("figures.xlsx", "an Excel spreadsheet (.xlsx)"), ("papers.zip", "a ZIP archive"),
            ("old.doc", "a Word 97–2003 document (.doc): save it as Word (.docx), PDF or text"),
        ])
    func refused(file: String, message: String) throws {
        let url = Self.folder.appendingPathComponent("refused/\(file)")
        #expect {
            _ = try DocumentReader.read(Data(contentsOf: url), url: url)
        } throws: { error in
            guard let error = error as? DocumentError, case .refusedFormat = error else { return false }
            return error.localizedDescription.hasPrefix(message)
        }
    }

    @Test("PDF needs pdftotext: without it on PATH the file fails with the package to install")
    func missingTool() throws {
        #expect(PopplerText.locate("pdftotext", path: "/nonexistent") == nil)
        #expect(
            DocumentError.missingTool(format: "PDF", tool: "pdftotext", package: "poppler-utils").localizedDescription
                == "reading PDF needs pdftotext: apt-get install poppler-utils")
    }

    @Test("a damaged PDF, Word file or web page is reported, not indexed")
    func damaged() throws {
        let url = URL(fileURLWithPath: "/nonexistent/broken.pdf")
        #expect(throws: DocumentError.self) { _ = try DocumentReader.read(Data("%PDF-1.4\nnot really a pdf".utf8), url: url) }
        let docx = try Data(contentsOf: try Self.fixture("001", "docx"))
        #expect(throws: DocumentError.self) { _ = try DocumentReader.read(docx.prefix(docx.count / 2), url: URL(fileURLWithPath: "/x/half.docx")) }
    }

    @Test("a web page with only navigation, scripts and a form says so; a 0-byte file is \"the file is empty\"")
    func webPageWithoutText() throws {
        let nav = String(repeating: "<li><a href=\"/committees\">Committees</a></li>", count: 300)
        let page = """
            <!DOCTYPE html><html><head><title>Meeting of the Fenmarch Police and Crime Panel</title>
            <script>var tracking = "\(String(repeating: "x", count: 20_000))";</script><style>p { color: red }</style></head>
            <body><nav><ul>\(nav)</ul></nav><form action="/search"><input type="text" name="q"></form></body></html>
            """
        #expect(page.utf8.count > 30_000)
        #expect(throws: DocumentError.emptyWebPage) { _ = try DocumentReader.read(Data(page.utf8), url: URL(fileURLWithPath: "/x/saved.html")) }
        #expect(
            DocumentError.emptyWebPage.localizedDescription == "no minutes text found in this web page (only navigation, scripts or forms)")
        #expect(throws: DocumentError.empty) { _ = try DocumentReader.read(Data(), url: URL(fileURLWithPath: "/x/nothing.html")) }
        #expect(DocumentError.empty.localizedDescription == "the file is empty")
    }

    @Test("hostile markup: elements nested 200,000 deep are read without exhausting the stack")
    func deepNesting() throws {
        let open = String(repeating: "<div><ul><li>", count: 70_000), close = String(repeating: "</li></ul></div>", count: 70_000)
        let page = "<html><body><p>The Thames Valley Police and Crime Panel met. The PCC reported.</p>" + open + "deep" + close + "</body></html>"
        let extracted = try DocumentReader.read(Data(page.utf8), url: URL(fileURLWithPath: "/x/deep.html"))
        #expect(extracted.format == .html)
        #expect(extracted.text.hasPrefix("The Thames Valley Police and Crime Panel met."))
        let xml = "<w:document xmlns:w=\"w\"><w:body>" + String(repeating: "<w:sdt><w:sdtContent>", count: 100_000) + "</w:body></w:document>"
        // libxml2 refuses or cuts the tree at its depth limit; walking what is left must not crash.
        let tree = MarkupTree.xml(Data(xml.utf8))
        #expect(tree?.root.map { $0.descendants("p").count } ?? 0 == 0)
    }

    @Test("the same document in two formats has one fingerprint; different documents differ")
    func fingerprints() throws {
        func parsed(_ url: URL) throws -> ParsedDocument {
            try DocumentParser.parse(try DocumentReader.read(Data(contentsOf: url), url: url).text)
        }
        func fingerprint(_ url: URL) throws -> String { DocumentFingerprint.of(try parsed(url)) }
        for document in Self.documents {
            let text = try parsed(try TestSupport.corpusFile(document))
            for format in ["html", "pdf", "docx", "odt"] {
                let other = try parsed(try Self.fixture(document, format))
                let (a, b) = (DocumentFingerprint.words(text), DocumentFingerprint.words(other))
                let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                #expect(
                    DocumentFingerprint.of(other) == DocumentFingerprint.of(text),
                    "\(document).\(format) differs at word \(first): \(a[max(0, first - 5)..<min(a.count, first + 5)]) vs \(b[max(0, first - 5)..<min(b.count, first + 5)])"
                )
            }
        }
        #expect(Set(try Self.documents.map { try fingerprint(try TestSupport.corpusFile($0)) }).count == 5)
    }
}

@Suite("Index schema v2-formats")
struct FormatSchemaTests {
    @Test("an index built before formats were read is upgraded in place: its documents stay, new columns are empty")
    func upgradesAVersionOneIndex() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try IndexSchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO documents (path, file_name, content_hash, byte_size, encoding, kind, metadata_source, ingested_at)
                        VALUES ('/x/a.txt', 'a.txt', 'h', 1, 'utf-8', 'minutes', 'text', 'now')
                        """)
            }
        }
        let store = try IndexStore.open(at: path, create: false)
        let row = try store.read { db in try Row.fetchOne(db, sql: "SELECT format, source_url, fingerprint FROM documents") }
        #expect(row?["format"] as String? == "text")
        #expect((row?["source_url"] as String?) == nil && (row?["fingerprint"] as String?) == nil)
        let pageColumns = try store.read { db in
            try ["passages", "questions"].map { try db.columns(in: $0).contains { $0.name == "page" } }
        }
        #expect(pageColumns == [true, true])
    }
}

@Suite("Block builder: list items")
struct ListItemBlockTests {
    @Test("a list item followed at once by a colon heading and a list keeps its text (it was dropped)")
    func itemBeforeColonHeading() throws {
        let text = """
            Thames Valley Police and Crime Panel report

            - Qtr 1 activity focussed on recruiting counsellors.
            - Qtr 2 activity focussed on identifying referral routes.
            Range of referral routes:
             - TVP units
             - Probation Victim Liaison Units
            """
        let blocks = try TestSupport.parseText(text).items.flatMap(\.blocks)
        #expect(blocks.contains { $0.kind == .bullet && $0.text == "Qtr 2 activity focussed on identifying referral routes." })
        #expect(blocks.contains { $0.kind == .bullet && $0.text == "TVP units" })
    }
}

@Suite("Source addresses")
struct SourceAddressTests {
    @Test(
        "a page's address with control codes or spaces in it, or not http(s), is not taken",
        arguments: [
            "https://example.org/mgAi.aspx?ID=1\u{1B}[2J", "https://example.org/a b", "javascript:alert(1)", "ftp://example.org/x",
        ])
    func refusedAddresses(address: String) throws {
        let page = "<html><head><link rel=\"canonical\" href=\"\(address)\"></head><body><p>The Police and Crime Panel met. The PCC reported.</p></body></html>"
        let extracted = try DocumentReader.read(Data(page.utf8), url: URL(fileURLWithPath: "/x/page.html"))
        // Either no address, or (for the ModernGov one) the clean address before the control codes.
        #expect(extracted.sourceURL == nil || extracted.sourceURL == "https://example.org/mgAi.aspx?ID=1")
    }

    @Test("a relative ModernGov address is resolved against the page's <base>")
    func relativeAddress() throws {
        let page =
            "<html><head><base href=\"https://democracy.example.gov.uk/\"></head><body><p>The Police and Crime Panel met.</p><a href=\"mgAi.aspx?ID=77\">item</a></body></html>"
        let extracted = try DocumentReader.read(Data(page.utf8), url: URL(fileURLWithPath: "/x/page.html"))
        #expect(extracted.sourceURL == "https://democracy.example.gov.uk/mgAi.aspx?ID=77")
    }
}

extension FormatReaderTests {
    @Test("PDF: a cell of two paragraphs beside a taller cell (a name over a question, beside the response) stays one cell")
    func pdfCellOfTwoParagraphs() throws {
        let page = PDFLayout.Page(
            number: 1, width: 595, height: 842,
            blocks: [
                Self.block(Self.line("Question", x0: 110, y0: 100, x1: 160)),
                Self.block(Self.line("Response", x0: 320, y0: 100, x1: 370)),
                Self.block(Self.line("1", x0: 80, y0: 130, x1: 86)),
                Self.block(Self.line("Mrs Ada Quill, Fenby", x0: 110, y0: 130, x1: 230)),
                Self.block(
                    Self.line("The Deputy Mayor said that the", x0: 320, y0: 130), Self.line("figures were still being", x0: 320, y0: 144),
                    Self.line("finalised, and a written response", x0: 320, y0: 158), Self.line("would be sent in October.", x0: 320, y0: 172, x1: 480)),
                Self.block(Self.line("How much of the precept has", x0: 110, y0: 158, x1: 290), Self.line("been spent on patrols?", x0: 110, y0: 172, x1: 260)),
            ])
        var layout = PDFLayout(pages: [page])
        let lines = layout.write().0.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "1\tMrs Ada Quill, Fenby: How much of the precept has been spent on patrols?\tThe Deputy Mayor said that the figures were still being finalised, and a written response would be sent in October."
            ))
    }
}

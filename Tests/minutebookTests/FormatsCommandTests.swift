import Foundation
import MinutebookTestSupport
import Testing

/// Web pages, PDF and Word files through the built binary: ingest, duplicates, refused formats, a missing
/// pdftotext, and `page` / `source_url` in what search and questions print.
@Suite("Formats, end to end")
struct FormatsCommandTests {
    static let fixtures = RepoPaths.root.appendingPathComponent("Tests/MinutebookKitTests/Fixtures/formats")

    /// A workspace whose corpus/ holds the given fixtures (file names as they are) and no text files.
    static func workspace(_ names: [String]) throws -> Workspace {
        let ws = try Workspace(copyCorpus: false)
        try FileManager.default.createDirectory(at: ws.url("corpus"), withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: ws.url("corpus/" + (name as NSString).lastPathComponent))
        }
        return ws
    }

    @Test("the same minutes in four formats are indexed once; the others are named as duplicates; RTF is refused by name")
    func duplicatesAndRefusals() throws {
        let ws = try Self.workspace([
            "001_b4dcf0142f218540.html", "001_b4dcf0142f218540.pdf", "001_b4dcf0142f218540.docx",
            "004_1bc588a5f481cfeb.pdf", "refused/minutes.rtf", "refused/scan.png",
        ])
        defer { ws.remove() }
        try FileManager.default.copyItem(at: RepoPaths.corpus.appendingPathComponent("001_b4dcf0142f218540.txt"), to: ws.url("corpus/001 copy.txt"))
        let result = try ws.run("ingest", "--json")
        #expect(result.status == 2, "\(result)")
        let report = try JSONOut.object(result)
        #expect(report["indexed"] as? Int == 2)
        let duplicates = try #require(report["duplicates"] as? [[String: String]])
        // Walk order is by name: "001 copy.txt" comes first and keeps the document.
        #expect(duplicates.map { $0["same_as"] } == Array(repeating: "corpus/001 copy.txt", count: 3))
        #expect(
            Set(duplicates.compactMap { $0["path"] }) == [
                "corpus/001_b4dcf0142f218540.html", "corpus/001_b4dcf0142f218540.pdf",
                "corpus/001_b4dcf0142f218540.docx",
            ])
        #expect(result.stderrLines.contains("duplicate: corpus/001_b4dcf0142f218540.pdf is the same document as corpus/001 copy.txt"))
        #expect(result.stderrLines.contains("failed: corpus/minutes.rtf: an RTF document: save it as Word (.docx), PDF or text"))
        #expect(result.stderrLines.contains { $0.hasPrefix("failed: corpus/scan.png: a PNG image") })

        let text = try ws.run("ingest")
        #expect(text.stdoutLines.last?.contains("3 duplicates") == true, "\(text)")
        #expect(text.stdoutLines.last?.hasPrefix("0 indexed, 2 unchanged") == true, "\(text)")
    }

    @Test("a PDF's hits and questions carry their page, and source_url points at that page")
    func pagesAndAddresses() throws {
        let ws = try Self.workspace(["004_1bc588a5f481cfeb.pdf", "002_7d5ea2c59216397a.html"])
        defer { ws.remove() }
        try ws.write("corpus/004_1bc588a5f481cfeb.pdf.meta.json", #"{"url": "https://democracy.example.gov.uk/documents/s4/Minutes.pdf"}"#)
        try ws.ingestOK()

        let objects = try JSONOut.objects(try ws.run("search", "genital mutilation", "--json"))
        let pdfHits = objects.filter { $0["document"] as? String == "004_1bc588a5f481cfeb.pdf" }
        #expect(!pdfHits.isEmpty)
        for hit in pdfHits {
            let page = try #require(hit["page"] as? Int)
            #expect(hit["source_url"] as? String == "https://democracy.example.gov.uk/documents/s4/Minutes.pdf#page=\(page)")
        }
        let pageOnePassage = try JSONOut.objects(try ws.run("search", "national benchmarking information", "--json"))
            .first { $0["document"] as? String == "004_1bc588a5f481cfeb.pdf" }
        #expect(pageOnePassage?["page"] as? Int == 1)

        // The web page gives its own address (a ModernGov mgAi.aspx link in the page) and has no pages.
        let htmlHits = try JSONOut.objects(try ws.run("search", "MASH", "--json")).filter { $0["document"] as? String == "002_7d5ea2c59216397a.html" }
        #expect(!htmlHits.isEmpty)
        for hit in htmlHits {
            #expect(hit["page"] is NSNull)
            #expect(hit["source_url"] as? String == "https://democracy.example.gov.uk/mgAi.aspx?ID=4025")
        }

        let questions = try JSONOut.objects(try ws.run("questions", "--json"))
        let fromPDF = questions.filter { $0["document"] as? String == "004_1bc588a5f481cfeb.pdf" }
        #expect(fromPDF.count == 3)
        #expect(fromPDF.allSatisfy { ($0["page"] as? Int).map { (1...3).contains($0) } ?? false })
        #expect(fromPDF.allSatisfy { ($0["source_url"] as? String)?.contains("#page=") ?? false })

        // Text output: "p. N" beside the file, then the address.
        let text = try ws.run("search", "genital mutilation", "--no-expand")
        #expect(text.stdoutLines.contains { $0.contains("004_1bc588a5f481cfeb.pdf p. 2, line") }, "\(text)")
        #expect(
            text.stdoutLines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("https://democracy.example.gov.uk/documents/s4/Minutes.pdf#page=2") })
        let brief = try ws.run("brief", "fgm")
        #expect(brief.stdout.contains("004_1bc588a5f481cfeb.pdf p. 2, line"), "\(brief)")
        #expect(brief.stdout.contains("Minutes.pdf#page=2"))
    }

    @Test("without pdftotext a PDF fails with the package to install, and the rest of the ingest goes on")
    func missingPdftotext() throws {
        let ws = try Self.workspace(["004_1bc588a5f481cfeb.pdf", "002_7d5ea2c59216397a.html"])
        defer { ws.remove() }
        let result = try ws.run("ingest", environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderrLines.contains("failed: corpus/004_1bc588a5f481cfeb.pdf: reading PDF needs pdftotext: apt-get install poppler-utils"),
            "\(result)")
        #expect(result.stdoutLines.last?.hasPrefix("1 indexed") == true, "\(result)")
    }

    @Test("show reads a saved ModernGov page whatever its name and says where it came from")
    func showSavedPage() throws {
        let ws = try Self.workspace([])
        defer { ws.remove() }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("000_55528872e39bc363.html"), to: ws.url("mgAi.aspx"))
        let result = try ws.run("show", "mgAi.aspx")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("read as: html"))
        #expect(result.stdout.contains("source: https://democracy.example.gov.uk/mgAi.aspx?ID=5301"))
        #expect(!result.stdout.contains("<"))
        let text = try ws.run("show", "--text", "mgAi.aspx")
        #expect(text.stdoutLines.first == "**Agenda item**")
        #expect(text.stdoutLines.contains("Minutes:"))
    }
}

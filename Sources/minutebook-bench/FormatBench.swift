import Foundation
import MinutebookKit

/// The same synthetic documents as web pages and as PDF, ingested each into a fresh index, to measure what reading
/// those formats costs: MB of source per second (wall and per CPU-second, pdftotext's own CPU included) and peak
/// memory.
struct FormatBench {
    let documents: Int
    let work: URL
    let taxonomy: Taxonomy

    func run(corpus: URL) throws {
        let folder = work.appendingPathComponent("formats-\(documents)", isDirectory: true)
        let fm = FileManager.default
        let texts = try fm.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted().prefix(documents)
        // The same documents as text first, for comparison (only when the corpus is exactly these documents).
        if texts.count == (try fm.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.count) {
            try ingest(corpus, format: "text")
        }
        for format in ["html", "pdf"] {
            let target = folder.appendingPathComponent(format, isDirectory: true)
            let existing = (try? fm.contentsOfDirectory(atPath: target.path).count) ?? 0
            if existing != texts.count {
                try? fm.removeItem(at: target)
                try fm.createDirectory(at: target, withIntermediateDirectories: true)
                for name in texts {
                    let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
                    let base = (name as NSString).deletingPathExtension
                    let data = format == "html" ? Data(SyntheticHTML.page(text).utf8) : SyntheticPDF.document(text)
                    try data.write(to: target.appendingPathComponent(base + "." + format))
                }
            }
            try ingest(target, format: format)
        }
    }

    private func ingest(_ folder: URL, format: String) throws {
        let indexPath = work.appendingPathComponent("bench-formats-\(format).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) }
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) } }
        let sourceBytes = try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(0) { $0 + sizeOfFile(folder.appendingPathComponent($1).path) }
        let before = Usage.now(), children = ChildUsage.now()
        let started = wallClock()
        let store = try IndexStore.open(at: indexPath, create: true)
        let report = try Ingester(store: store, taxonomy: taxonomy).ingest([folder.path])
        let wall = wallClock() - started
        let after = Usage.now(), childrenAfter = ChildUsage.now()
        let cpu = (after.cpuSeconds - before.cpuSeconds) + (childrenAfter.cpuSeconds - children.cpuSeconds)
        let mb = megabytes(sourceBytes)
        say("\n[ingest \(format)] \(report.indexed) documents from \(folder.path)")
        say(
            "  source         \(fmt(mb, 1)) MB of \(format == "text" ? "text" : format.uppercased()) (\(fmt(Double(sourceBytes) / Double(max(report.indexed, 1)) / 1000, 1)) KB each)"
        )
        say("  wall           \(fmt(wall, 2)) s → \(fmt(mb / wall, 2)) MB of source per second, \(fmt(Double(report.indexed) / wall, 0)) documents/s")
        say("  CPU            \(fmt(cpu, 2)) s (user+sys, pdftotext's included) → \(fmt(mb / max(cpu, 1e-9), 2)) MB per CPU-second")
        // (A child's ru_maxrss counts the parent's pages it was forked with, so pdftotext's own peak is measured apart.)
        say(
            "  peak memory    \(fmt(megabytes(after.peakResidentBytes), 1)) MB minutebook (ru_maxrss of the whole run so far: --formats-only for the formats' own)"
        )
        say("  passages       \(report.passages), questions \(report.questions), failed \(report.failed.count), duplicates \(report.duplicates.count)")
        for failure in report.failed.prefix(3) { say("    \(failure.path): \(failure.error)") }
    }
}

/// CPU time and peak memory of the finished child processes (pdftotext).
struct ChildUsage {
    var cpuSeconds: Double
    var peakResidentBytes: Int

    static func now() -> ChildUsage {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let peak = Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        let peak = Int(usage.ru_maxrss)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1_000_000 }
        return ChildUsage(cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakResidentBytes: peak)
    }
}

/// A synthetic text document as a ModernGov-like page: site chrome around `#modgov`, each block as its element.
enum SyntheticHTML {
    static func page(_ text: String) -> String {
        var out = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Agenda item</title>
            <style>body { font-family: Arial }</style><script>var x = 1;</script></head><body>
            <div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li></ul></nav></header>
            <div id="modgov"><div class="mgContent">

            """
        var list = false, table = false
        func close() {
            if list { out += "</ul>\n"; list = false }
            if table { out += "</table>\n"; table = false }
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \u{A0}"))
            if line.isEmpty { continue }
            let escaped = escape(line)
            if line.contains("\t") {
                if !table { close(); out += "<table>\n"; table = true }
                out += "<tr>" + line.split(separator: "\t", omittingEmptySubsequences: false).map { "<td>\(escape(String($0)))</td>" }.joined() + "</tr>\n"
            } else if let first = line.first, "•·-".contains(first), line.dropFirst().first == " " {
                if !list { close(); out += "<ul>\n"; list = true }
                out += "<li>\(escape(String(line.dropFirst(2))))</li>\n"
            } else if line.hasPrefix("**") {
                close()
                out += "<h2>\(escape(line.replacingOccurrences(of: "**", with: "")))</h2>\n"
            } else {
                close()
                out += "<p>\(escaped)</p>\n"
            }
        }
        close()
        out += """
            <h2>Supporting documents:</h2><ul class="mgActionList"><li><a href="documents/s1/Report.pdf">Report <span class="mgFileSize">PDF 238 KB</span></a></li></ul>
            </div></div><footer><p>© Council</p></footer></body></html>

            """
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// A synthetic text document as a plain PDF (Helvetica, A4, a running header and a page number on every page),
/// written directly: the benchmark needs PDFs without Python or a word processor.
enum SyntheticPDF {
    static func document(_ text: String) -> Data {
        // Lay out: paragraphs wrapped at 95 characters, a blank line between blocks, 60 lines a page.
        var lines: [(text: String, x: Double, gapBefore: Bool)] = []
        var gap = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: " \u{A0}")).replacingOccurrences(of: "**", with: "")
            if line.isEmpty { gap = true; continue }
            if line.contains("\t") {
                lines.append((line, 56, gap))
            } else if let first = line.first, "•·-".contains(first), line.dropFirst().first == " " {
                for (index, part) in wrap(String(line.dropFirst(2)), width: 88).enumerated() {
                    lines.append((index == 0 ? "• " + part : part, index == 0 ? 62 : 74, gap && index == 0))
                }
            } else {
                for (index, part) in wrap(line, width: 95).enumerated() { lines.append((part, 56, gap && index == 0)) }
            }
            gap = false
        }
        var pages: [String] = []
        var stream = ""
        var y = 0.0
        func newPage() {
            if !stream.isEmpty { pages.append(stream) }
            stream = "BT /F1 8 Tf 56 815 Td (Police and Crime Panel - public document pack) Tj ET\n"
            stream += "BT /F1 8 Tf 520 22 Td (Page \(pages.count + 1)) Tj ET\n"
            y = 790
        }
        newPage()
        for line in lines {
            if line.gapBefore { y -= 7 }
            if y < 60 { newPage() }
            if line.text.contains("\t") {
                for (column, cell) in line.text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                    stream += "BT /F1 10 Tf \(56 + column * 170) \(Int(y)) Td (\(pdfString(String(cell)))) Tj ET\n"
                }
            } else {
                stream += "BT /F1 10 Tf \(Int(line.x)) \(Int(y)) Td (\(pdfString(line.text))) Tj ET\n"
            }
            y -= 12
        }
        pages.append(stream)

        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream for each page.
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [\((0..<pages.count).map { "\(4 + $0 * 2) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        for (index, content) in pages.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + index * 2) 0 R >>")
            _ = content
            objects.append("")  // the content stream, written as bytes below
        }
        // Stream bodies carry WinAnsi bytes, so the file is assembled as bytes.
        var data = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(data.count)
            data.append(Data("\(index + 1) 0 obj\n".utf8))
            if index >= 4 && index % 2 == 0 {
                // A content stream: write its WinAnsi bytes as they are.
                let content = pages[(index - 4) / 2]
                let bytes = latin1(content)
                data.append(Data("<< /Length \(bytes.count) >>\nstream\n".utf8))
                data.append(Data(bytes))
                data.append(Data("\nendstream".utf8))
            } else {
                data.append(Data(object.utf8))
            }
            data.append(Data("\nendobj\n".utf8))
        }
        let xref = data.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(table.utf8))
        return data
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A PDF literal string body: backslash, parentheses escaped.
    static func pdfString(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }

    /// WinAnsi bytes: Latin-1, the bullet and typographic quotes and dashes at their Windows-1252 places, "?" otherwise.
    static func latin1(_ text: String) -> [UInt8] {
        let windows: [Character: UInt8] = ["•": 0x95, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "€": 0x80, "…": 0x85]
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let byte = windows[character] { out.append(byte); continue }
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x100 {
                out.append(UInt8(scalar.value))
            } else {
                out.append(0x3F)
            }
        }
        return out
    }
}

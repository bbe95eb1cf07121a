import Foundation
import ZIPFoundation

/// The formats minutebook reads.
public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case text
    case html
    case pdf
    case docx
    case odt

    /// How the format is named in messages.
    var name: String {
        switch self {
        case .text: "text"
        case .html: "web pages"
        case .pdf: "PDF"
        case .docx: "Word documents"
        case .odt: "OpenDocument text"
        }
    }
}

/// Tells a file's format from its bytes (never from its name alone): a PDF, a Word or OpenDocument file, a web
/// page, plain text — or something minutebook does not read, named so the user knows what it is.
enum FormatSniffer {
    enum Verdict: Equatable {
        case pdf
        /// A ZIP container; what is inside decides (Word, OpenDocument, a spreadsheet, an archive).
        case zip
        /// Text or a web page: decoded first, then `looksLikeHTML` decides.
        case text
        case refused(DocumentError)
    }

    private static let saveAsDocument = "save it as Word (.docx), PDF or text"
    private static let noText = "an image has no text to read: run it through OCR (e.g. ocrmypdf) and ingest the PDF"
    private static let unpack = "unpack it and ingest the folder"

    /// What the first bytes say.
    static func sniff(_ data: Data, fileName: String) -> Verdict {
        let head = [UInt8](data.prefix(1024))
        func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
            head.count >= offset + magic.count && Array(head[offset..<(offset + magic.count)]) == magic
        }
        let ext = (fileName as NSString).pathExtension.lowercased()
        // PDF: "%PDF-" within the first KiB (some writers put junk before it).
        if let start = firstIndex(of: Array("%PDF-".utf8), in: head), start < 1024 { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if starts([0x50, 0x4B, 0x05, 0x06]) { return .refused(.refusedFormat("an empty ZIP archive", advice: unpack)) }
        if starts(Array("{\\rtf".utf8)) { return .refused(.refusedFormat("an RTF document", advice: saveAsDocument)) }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            switch ext {
            case "doc", "dot": return .refused(.refusedFormat("a Word 97–2003 document (.doc)", advice: saveAsDocument))
            case "xls", "xlt":
                return .refused(.refusedFormat("an Excel 97–2003 spreadsheet (.xls)", advice: "save the sheet as PDF, or as text (tab-separated)"))
            case "ppt", "pps": return .refused(.refusedFormat("a PowerPoint 97–2003 presentation (.ppt)", advice: "save it as PDF"))
            case "msg": return .refused(.refusedFormat("an Outlook message (.msg)", advice: "save the message or its attachment as PDF or text"))
            default: return .refused(.refusedFormat("an older Microsoft Office file (Word, Excel or PowerPoint 97–2003)", advice: saveAsDocument))
            }
        }
        let images: [([UInt8], Int, String)] = [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "a PNG image"),
            ([0xFF, 0xD8, 0xFF], 0, "a JPEG image"),
            (Array("GIF87a".utf8), 0, "a GIF image"), (Array("GIF89a".utf8), 0, "a GIF image"),
            ([0x49, 0x49, 0x2A, 0x00], 0, "a TIFF image"), ([0x4D, 0x4D, 0x00, 0x2A], 0, "a TIFF image"),
            (Array("WEBP".utf8), 8, "a WebP image"),
            (Array("ftypheic".utf8), 4, "a HEIC image"),
        ]
        for (magic, offset, name) in images where starts(magic, at: offset) {
            if name == "a WebP image", !starts(Array("RIFF".utf8)) { continue }
            return .refused(.refusedFormat(name, advice: noText))
        }
        let archives: [([UInt8], Int, String)] = [
            ([0x1F, 0x8B], 0, "a gzip archive"), ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "a 7-Zip archive"),
            (Array("Rar!".utf8), 0, "a RAR archive"), ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], 0, "an xz archive"),
            (Array("BZh".utf8), 0, "a bzip2 archive"), (Array("ustar".utf8), 257, "a tar archive"),
        ]
        for (magic, offset, name) in archives where starts(magic, at: offset) {
            return .refused(.refusedFormat(name, advice: unpack))
        }
        return .text
    }

    /// What a ZIP container holds: a Word or OpenDocument text, or something named and refused.
    static func zipContents(_ archive: Archive) -> Result<SourceFormat, DocumentError> {
        if archive["word/document.xml"] != nil { return .success(.docx) }
        if let mimetype = archive["mimetype"], let data = ZipText.extract(mimetype, from: archive, limit: 256),
            let type = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines)
        {
            switch type {
            case "application/vnd.oasis.opendocument.text": return .success(.odt)
            case "application/vnd.oasis.opendocument.spreadsheet":
                return .failure(.refusedFormat("an OpenDocument spreadsheet (.ods)", advice: "save the sheet as PDF, or as text (tab-separated)"))
            case "application/vnd.oasis.opendocument.presentation":
                return .failure(.refusedFormat("an OpenDocument presentation (.odp)", advice: "save it as PDF"))
            case "application/epub+zip":
                return .failure(.refusedFormat("an EPUB e-book", advice: "save it as PDF or text"))
            default: break
            }
        }
        if archive["xl/workbook.xml"] != nil {
            return .failure(.refusedFormat("an Excel spreadsheet (.xlsx)", advice: "save the sheet as PDF, or as text (tab-separated)"))
        }
        if archive["ppt/presentation.xml"] != nil {
            return .failure(.refusedFormat("a PowerPoint presentation (.pptx)", advice: "save it as PDF"))
        }
        return .failure(.refusedFormat("a ZIP archive", advice: unpack))
    }

    /// A web page: its first non-blank character opens a tag, and an `<html>`, `<body>` or `<!doctype html>`
    /// tag (or ModernGov's markup) comes early. A saved page is recognised so whatever its file name.
    static func looksLikeHTML(_ text: String, fileName: String) -> Bool {
        let head = text.utf8.prefix(4096)
        guard let first = head.first(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
            first == 60
        else { return false }  // <
        let lower = String(decoding: head.map(UTF8Text.lower), as: UTF8.self)
        if lower.contains("<!doctype html") || lower.contains("<html") || lower.contains("<body") || lower.contains("<head") { return true }
        let ext = (fileName as NSString).pathExtension.lowercased()
        return ["html", "htm", "xhtml", "aspx", "asp", "php"].contains(ext)
            && (lower.contains("<div") || lower.contains("<p") || lower.contains("<table") || lower.contains("<h1") || lower.contains("<h2"))
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}

/// Reads one member of a ZIP container into memory, refusing members that would unpack larger than `limit`.
enum ZipText {
    static func extract(_ entry: Entry, from archive: Archive, limit: Int) -> Data? {
        guard entry.type == .file, entry.uncompressedSize <= UInt64(limit) else { return nil }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            return nil
        }
        return data
    }
}

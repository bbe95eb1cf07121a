import Foundation
import ZIPFoundation

/// Turns a file of any format minutebook reads into `ExtractedText`: the same text layout for every format, so one
/// parser and one question extractor understand them all. Formats are told by content (`FormatSniffer`), not by name.
///
/// - text (`.txt`, `.md`): decoded as `SourceText` does;
/// - web pages (`.html`, `.htm`, and saved ModernGov or CMIS pages whatever their name): libxml2's HTML parser,
///   the page's content without navigation, scripts, styles, banners or document links (`HTMLReader`);
/// - PDF: poppler's `pdftotext -bbox-layout`, laid out again with pages, columns, running headers and footers
///   dropped (`PDFReader`);
/// - Word (`.docx`) and OpenDocument text (`.odt`): the ZIP container read with ZIPFoundation, its XML with libxml2.
///
/// Anything else (RTF, old Office files, spreadsheets, images, archives) is refused with its format named.
public enum DocumentReader {
    public static func read(_ data: Data, url: URL) throws(DocumentError) -> ExtractedText {
        if data.isEmpty { throw .empty }
        if data.count > SourceText.maximumFileSize { throw .tooLarge(bytes: data.count) }
        switch FormatSniffer.sniff(data, fileName: url.lastPathComponent) {
        case .pdf:
            return try PDFReader.read(data, url: url)
        case .zip:
            let archive: Archive
            do { archive = try Archive(data: data, accessMode: .read) } catch { throw .binary }
            switch FormatSniffer.zipContents(archive) {
            case .success(.docx): return try DocxReader.read(archive)
            case .success(.odt): return try ODTReader.read(archive)
            case .success: throw .binary
            case .failure(let error): throw error
            }
        case .refused(let error):
            throw error
        case .text:
            let decoded = try SourceText.decodeReporting(data)
            if FormatSniffer.looksLikeHTML(decoded.text, fileName: url.lastPathComponent) {
                var page = try HTMLReader.read(decoded.text, encoding: decoded.encoding)
                page.warnings = decoded.warnings
                return page
            }
            return ExtractedText(text: decoded.text, format: .text, encoding: decoded.encoding, warnings: decoded.warnings)
        }
    }
}

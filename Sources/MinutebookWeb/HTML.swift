import Foundation
import MinutebookKit

/// Escaping for HTML, and the few fragments built in Swift rather than in templates (highlighted snippets).
public enum HTML {
    /// Text made safe for an HTML element or a quoted attribute: controls and bidirectional overrides as
    /// `TerminalSafe.clean` shows them, then `& < > " '` as entities.
    public static func escape(_ text: String) -> String {
        entities(TerminalSafe.clean(text))
    }

    /// `& < > " '` as entities, the rest as it is: a pass over the UTF-8 bytes (most text has none of them).
    static func entities(_ text: String, marks: Bool = false) -> String {
        let utf8 = text.utf8
        let special = utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? utf8.contains(where: isSpecial)
        guard special || marks && utf8.contains(where: { $0 == 0x02 || $0 == 0x03 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 64)
        func append(_ literal: StaticString) { out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)) }
        for byte in utf8 {
            switch byte {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22: append("&quot;")
            case 0x27: append("&#39;")
            case 0x02 where marks: append("<mark>")
            case 0x03 where marks: append("</mark>")
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// A snippet with its matches in `<mark>`: the text is escaped first, so only minutebook's marks become tags.
    public static func snippet(_ snippet: Snippet) -> String {
        let kept = Set(String([Snippet.open, Snippet.close]).unicodeScalars)
        return entities(TerminalSafe.clean(snippet.marked, keeping: kept), marks: true)
    }

    /// A value for a query string.
    public static func query(_ pairs: [(String, String)]) -> String {
        pairs.map { key, value in percentEncoded(key) + "=" + percentEncoded(value) }.joined(separator: "&")
    }

    /// A path segment.
    public static func segment(_ text: String) -> String { percentEncoded(text) }

    /// Every byte but ASCII letters, digits and `-._~` as `%XX` (RFC 3986's unreserved characters).
    static func percentEncoded(_ text: String) -> String {
        func unreserved(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F
                || byte == 0x7E
        }
        guard !text.utf8.allSatisfy(unreserved) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if unreserved(byte) { out.append(byte) } else { out += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// CSV as spreadsheets read it: every field quoted, quotes doubled; a field that a spreadsheet would run as a
/// formula (`= + - @`, tab, CR) gets a leading apostrophe.
public enum CSV {
    public static func row(_ fields: [String]) -> String {
        fields.map { field in
            var value = field
            if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}

/// JSON exactly as the command line prints it with `--json`.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.escapeJSON(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}

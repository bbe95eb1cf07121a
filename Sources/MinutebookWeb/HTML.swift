import Foundation
import MinutebookKit

/// Escaping for HTML, and the few fragments built in Swift rather than in templates (highlighted snippets).
public enum HTML {
    /// Text made safe for an HTML element or a quoted attribute: controls and bidirectional overrides as
    /// `TerminalSafe.clean` shows them, then `& < > " '` as entities.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in TerminalSafe.clean(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A snippet with its matches in `<mark>`: the text is escaped first, so only minutebook's marks become tags.
    public static func snippet(_ snippet: Snippet) -> String {
        let kept = Set(String([Snippet.open, Snippet.close]).unicodeScalars)
        let clean = TerminalSafe.clean(snippet.marked, keeping: kept)
        var out = ""
        for character in clean {
            switch character {
            case Snippet.open: out += "<mark>"
            case Snippet.close: out += "</mark>"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A value for a query string.
    public static func query(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { key, value in
            (key.addingPercentEncoding(withAllowedCharacters: allowed) ?? "") + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    /// A path segment.
    public static func segment(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
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

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Terminal styling: bold and dim on a terminal; plain `**markers**` when piped or when NO_COLOR is set.
enum Terminal {
    static let isInteractive: Bool = {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    static func bold(_ text: String) -> String { isInteractive ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { isInteractive ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Highlight markers for snippets.
    static var highlight: (open: String, close: String) { isInteractive ? ("\u{1B}[1m", "\u{1B}[0m") : ("**", "**") }

    /// A line on standard error, for progress and notes that must not mix with JSON.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Wraps `text` to `width` columns with `indent` before each line.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let visible = line.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
            if !line.isEmpty, visible.count + word.count + 1 > width - indent.count {
                lines.append(indent + line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(indent + line) }
        return lines.joined(separator: "\n")
    }
}

import Foundation
import MinutebookKit

#if canImport(Glibc)
import Glibc
#endif

/// Terminal styling: bold and dim on a terminal; plain `**markers**` when piped or when NO_COLOR is set.
///
/// Everything minutebook prints goes through `out` (stdout) or `note` (stderr), which pass the text through
/// `TerminalSafe.clean`: what documents, sidecars, taxonomies and file names contain reaches the terminal as
/// visible characters, never as escape sequences. Only minutebook's own three styles (`bold`, `dim`, reset)
/// pass, and only on an interactive terminal.
enum Terminal {
    /// Where output goes instead of stdout and stderr while a test runs a command in process
    /// (`Minutebook.run(_:)` inside `Terminal.$capture.withValue(…)`); nil for the real program. Captured output
    /// is what a pipe would get: no styles, no wrapping.
    @TaskLocal static var capture: CapturedOutput?

    static var isInteractive: Bool { capture == nil && detectedInteractive }

    private static let detectedInteractive: Bool = {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    private static let boldOn = "\u{1B}[1m", dimOn = "\u{1B}[2m", reset = "\u{1B}[0m"

    static func bold(_ text: String) -> String { isInteractive ? "\(boldOn)\(text)\(reset)" : text }
    static func dim(_ text: String) -> String { isInteractive ? "\(dimOn)\(text)\(reset)" : text }

    /// Highlight markers for snippets.
    static var highlight: (open: String, close: String) { isInteractive ? (boldOn, reset) : ("**", "**") }

    /// `text` made safe for stdout: `TerminalSafe.clean`, keeping minutebook's own styles on a terminal.
    static func safe(_ text: String) -> String {
        guard isInteractive, text.contains("\u{1B}") else { return TerminalSafe.clean(text) }
        return text.components(separatedBy: boldOn).map { part in
            part.components(separatedBy: dimOn).map { part in
                part.components(separatedBy: reset).map(TerminalSafe.clean).joined(separator: reset)
            }.joined(separator: dimOn)
        }.joined(separator: boldOn)
    }

    /// Text on standard output, made safe.
    static func out(_ text: String, terminator: String = "\n") {
        if let capture { capture.write(stdout: safe(text) + terminator) } else { Swift.print(safe(text), terminator: terminator) }
    }

    /// Text on standard output exactly as given (JSON, already escaped).
    static func outVerbatim(_ text: String) {
        if let capture { capture.write(stdout: text) } else { FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// A line on standard error, for progress and notes that must not mix with JSON; made safe.
    static func note(_ text: String) {
        let line = TerminalSafe.clean(text) + "\n"
        if let capture { capture.write(stderr: line) } else { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// The columns to wrap text output at: `$COLUMNS` if set, else the terminal's width (TIOCGWINSZ), else 100;
    /// nil (no wrapping) when standard output is not a terminal, so piped text keeps its paragraphs whole.
    static var width: Int? { capture == nil ? detectedWidth : nil }

    private static let detectedWidth: Int? = columns(
        environment: ProcessInfo.processInfo.environment, isTerminal: isatty(STDOUT_FILENO) == 1, terminalWidth: terminalWidth())

    static func columns(environment: [String: String], isTerminal: Bool, terminalWidth: Int?) -> Int? {
        guard isTerminal else { return nil }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return max(20, columns) }
        return terminalWidth.map { max(20, $0) } ?? 100
    }

    private static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Wraps `text` to `width` columns (default: the terminal's; none when piped) with `indent` before each line.
    /// Words are never broken; a word longer than a line stands on its own line.
    static func wrap(_ text: String, indent: String, width: Int? = Terminal.width) -> String {
        guard let width else { return indent + text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let visible = line.replacingOccurrences(of: boldOn, with: "").replacingOccurrences(of: dimOn, with: "").replacingOccurrences(of: reset, with: "")
            let visibleWord = word.replacingOccurrences(of: boldOn, with: "").replacingOccurrences(of: dimOn, with: "").replacingOccurrences(
                of: reset, with: "")
            if !line.isEmpty, visible.count + visibleWord.count + 1 > width - indent.count {
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

extension Terminal {
    /// Each line of `text` wrapped, continuation lines indented by `continuation` (a heading: "1. date · panel · …").
    static func wrapHanging(_ text: String, continuation: String = "   ", width: Int? = Terminal.width) -> String {
        guard width != nil else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let own = String(line.prefix { $0 == " " })
            let wrapped = wrap(String(line.dropFirst(own.count)), indent: own.isEmpty ? continuation : own, width: width)
            return own.isEmpty ? String(wrapped.dropFirst(continuation.count)) : wrapped
        }.joined(separator: "\n")
    }
}

/// What a command printed, when run in process by a test (`Terminal.capture`).
final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var out = "", err = ""

    var stdout: String { lock.withLock { out } }
    var stderr: String { lock.withLock { err } }

    func write(stdout text: String) { lock.withLock { out += text } }
    func write(stderr text: String) { lock.withLock { err += text } }
}

/// `print` in this module is `Terminal.out`: every printer of every command goes through `TerminalSafe.clean`
/// without having to remember to. (`Swift.print` would bypass it: use `Terminal.out` where a type has a `print` of its own.)
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Terminal.out(items.map { "\($0)" }.joined(separator: separator), terminator: terminator)
}

import Foundation

/// Text from documents, sidecars, taxonomies and file names made safe to show: no byte of it can move the
/// cursor, clear the screen, retitle the window, open a hyperlink, ring the bell or reverse the text around it.
///
/// ```swift
/// TerminalSafe.clean("PCC\u{1B}]0;pwned\u{07} report")   // "PCC␛]0;pwned␇ report"
/// ```
///
/// - C0 controls (U+0000–U+001F) except tab and newline, and DEL, become their visible Control Pictures
///   (`␛`, `␇`, `␈`, `␀`, `␡`); a carriage return before a newline is dropped (a CRLF line stays one line).
/// - C1 controls (U+0080–U+009F) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069)
///   become U+FFFD.
///
/// Used by every printer of the command-line tool and for ingest progress lines; meant for HTML pages too
/// (after which the usual HTML escaping still applies).
public enum TerminalSafe {
    /// Whether `scalar` is one that `clean` replaces.
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every unsafe scalar replaced (see the type's documentation). Returns `text` itself,
    /// without copying, when nothing needs replacing.
    public static func clean(_ text: String) -> String {
        clean(text, keeping: [])
    }

    /// `clean`, leaving the scalars of `kept` as they are: a snippet's own highlight marks
    /// (`Snippet.open`, `Snippet.close`) until they are rendered.
    public static func clean(_ text: String, keeping kept: Set<Unicode.Scalar>) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !kept.contains($0) }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            guard isUnsafe(scalar), !kept.contains(scalar) else { out.append(scalar); continue }
            switch scalar.value {
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
                continue
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)  // ␀ … ␟
            case 0x7F:
                out.append("\u{2421}")  // ␡
            default:
                out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// JSON text (as `JSONEncoder` writes it) with the scalars it leaves raw and `clean` would replace — C1
    /// controls, DEL, the bidirectional controls — and the line separators U+2028/U+2029 written as `\uXXXX`
    /// escapes. The data is unchanged (a JSON reader decodes the same strings); only its bytes become safe
    /// to print. `JSONEncoder` already escapes C0 controls.
    public static func escapeJSON(_ json: String) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            isUnsafe(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029
        }
        guard json.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = ""
        out.reserveCapacity(json.utf8.count + 16)
        for scalar in json.unicodeScalars {
            if needsEscape(scalar) {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

import Foundation

/// The link to an attached report that ModernGov pages put beside an item ("pdf icon PDF 238 KB", "Word 30 KB"):
/// the icon's text, the format and the file's size. On its own line it is page furniture (`HTMLReader`); at the end
/// of an item's title, in the text of a saved page, it is not part of the title (`DocumentParser`).
enum DocumentLink {
    /// The link, without anchors: "pdf icon PDF 238 KB", "PDF 1.2 MB", "docx 40 KB" (case-insensitive).
    private static let link = #"(pdf icon\s*)?(pdf|word|docx?|xlsx?)\s+\d+(\.\d+)?\s*(kb|mb)"#

    /// Whether `text` is a link and nothing else.
    static func isWhole(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.utf8.count <= 40, lower.hasSuffix("kb") || lower.hasSuffix("mb") else { return false }
        return lower.range(of: "^" + link + "$", options: .regularExpression) != nil
    }

    /// `title` without a link at its end (bracketed or not), and without the full stop or dash before it:
    /// "Proposed Precept for 2025/26. pdf icon PDF 214 KB" → "Proposed Precept for 2025/26".
    static func removed(fromEndOf title: String) -> String {
        let lower = title.lowercased()
        guard lower.hasSuffix("kb") || lower.hasSuffix("mb") || lower.hasSuffix(")"),
            let range = title.range(of: #"\s*\(?"# + link + #"\)?\s*$"#, options: [.regularExpression, .caseInsensitive])
        else { return title }
        var kept = String(title[..<range.lowerBound])
        while let last = kept.last, last == "." || last == " " || last == "-" || last == "–" { kept.removeLast() }
        return kept.isEmpty ? title : kept
    }
}

import Foundation

/// Why one file could not be read or understood. Each message is one line a user can act on.
public enum DocumentError: Error, Equatable, Sendable, LocalizedError {
    case notFound
    case unreadable(String)
    /// A file with no bytes (or, for text, only white space).
    case empty
    /// A web page with bytes in it but no minutes text: only navigation, scripts, styles or forms.
    case emptyWebPage
    case binary
    case tooLarge(bytes: Int)
    case undecodable
    case noRecognisableLayout
    case badSidecar(String)
    /// A format minutebook does not read, named as detected ("an RTF document"), with what to do instead.
    case refusedFormat(String, advice: String)
    /// A format whose reader needs a program that is not installed.
    case missingTool(format: String, tool: String, package: String)
    /// A file of a format minutebook reads that could not be read ("the PDF cannot be read: …").
    case unreadableFormat(String)

    public var errorDescription: String? {
        switch self {
        case .notFound: "no such file or folder"
        case .unreadable(let reason): "cannot be read: \(reason)"
        case .empty: "the file is empty"
        case .emptyWebPage: "no minutes text found in this web page (only navigation, scripts or forms)"
        case .binary: "the file is binary, and not a format minutebook reads (text, web pages, PDF, Word .docx, OpenDocument .odt)"
        case .tooLarge(let bytes):
            "the file is \(bytes / 1_048_576) MB, over the \(SourceText.maximumFileSize / 1_048_576) MB limit for one document"
        case .undecodable: "the text is neither UTF-8 nor Windows-1252"
        case .noRecognisableLayout:
            "no recognisable minutes or report layout (no 'Minutes:' section, meeting header, agenda items, or mention of a panel, PCC or Chief Constable)"
        case .badSidecar(let reason): "its metadata sidecar is malformed: \(reason)"
        case .refusedFormat(let format, let advice): "\(format): \(advice)"
        case .missingTool(let format, let tool, let package): "reading \(format) needs \(tool): apt-get install \(package)"
        case .unreadableFormat(let reason): reason
        }
    }
}

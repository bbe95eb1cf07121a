import Foundation

/// Why one file could not be read or understood. Each message is one line a user can act on.
public enum DocumentError: Error, Equatable, Sendable, LocalizedError {
    case notFound
    case unreadable(String)
    case empty
    case binary
    case tooLarge(bytes: Int)
    case undecodable
    case noRecognisableLayout
    case badSidecar(String)

    public var errorDescription: String? {
        switch self {
        case .notFound: "no such file or folder"
        case .unreadable(let reason): "cannot be read: \(reason)"
        case .empty: "the file is empty"
        case .binary: "the file is binary, not text (convert PDFs and Word files to text first)"
        case .tooLarge(let bytes):
            "the file is \(bytes / 1_048_576) MB, over the \(SourceText.maximumFileSize / 1_048_576) MB limit for one document"
        case .undecodable: "the text is neither UTF-8 nor Windows-1252"
        case .noRecognisableLayout:
            "no recognisable minutes or report layout (no 'Minutes:' section, meeting header, agenda items, or mention of a panel, PCC or Chief Constable)"
        case .badSidecar(let reason): "its metadata sidecar is malformed: \(reason)"
        }
    }
}

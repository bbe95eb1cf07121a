import Foundation

/// Why the index could not be opened, written or read. Messages say what to do.
public enum IndexError: Error, Equatable, Sendable, LocalizedError {
    case missing(path: String)
    case notAnIndex(path: String)
    case newerSchema(path: String)
    case cannotOpen(path: String, reason: String)
    case database(String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path):
            "no index at \(path): build it with `minutebook ingest` (reads corpus/ by default)"
        case .notAnIndex(let path):
            "\(path) is not a minutebook index; choose another --index path or move the file away"
        case .newerSchema(let path):
            "\(path) was built by a newer minutebook; rebuild it with `minutebook ingest --rebuild` or upgrade"
        case .cannotOpen(let path, let reason): "cannot open the index \(path): \(reason)"
        case .database(let message): "index error: \(message)"
        }
    }
}

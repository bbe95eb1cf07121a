import Foundation

/// Why the index could not be opened, written or read. Messages say what to do.
public enum IndexError: Error, Equatable, Sendable, LocalizedError {
    case missing(path: String)
    case notAnIndex(path: String)
    case newerSchema(path: String)
    case cannotOpen(path: String, reason: String)
    case database(String)
    /// `--index` names a folder, a named pipe, a device…: `kind` is its noun ("a folder").
    case notAFile(path: String, kind: String)
    /// SQLite found damage (or rows no sound index can hold).
    case damaged(path: String)
    /// A query ran past its time limit and was stopped.
    case queryTooSlow(seconds: Double)
    /// An ingest found a rebuild of the same index running.
    case rebuildInProgress(path: String)
    /// A rebuild found another ingest (or rebuild) of the same index running.
    case inUse(path: String)
    /// An index from an older minutebook that a query cannot upgrade, because it may not write where it is.
    case outdatedReadOnly(path: String)
    /// The rebuilt index could not replace the old one; the old one is unchanged.
    case swapFailed(path: String, reason: String)

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
        case .notAFile(let path, let kind):
            "\(path) is \(kind), not an index file; give --index the path of a file (it is created by `minutebook ingest`)"
        case .damaged(let path):
            "the index \(path) is damaged: run `minutebook check` to see what, then `minutebook ingest --rebuild`"
        case .queryTooSlow(let seconds):
            "the query took too long (over \(Self.seconds(seconds))) and was stopped; narrow it: fewer words or ORs, a --topic, a date range"
        case .rebuildInProgress(let path):
            "\(path) is being rebuilt by another `minutebook ingest --rebuild`; nothing was changed: run this again when it has finished"
        case .inUse(let path):
            "another minutebook ingest is writing to \(path); nothing was changed: run the rebuild again when it has finished"
        case .outdatedReadOnly(let path):
            "\(path) was built by an older minutebook and is read-only here, so it cannot be upgraded: run `minutebook ingest` on a writable copy"
        case .swapFailed(let path, let reason):
            "the rebuilt index could not replace \(path) (\(reason)); the old index is unchanged: run the rebuild again"
        }
    }

    static func seconds(_ value: Double) -> String {
        value >= 1 && value == value.rounded() ? "\(Int(value)) s" : String(format: "%.3g s", value)
    }
}

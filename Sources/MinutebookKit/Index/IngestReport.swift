import Foundation

/// What one ingest did.
public struct IngestReport: Codable, Equatable, Sendable {
    public struct Failure: Codable, Equatable, Sendable {
        public var path: String
        public var error: String
    }
    public var indexed: Int = 0
    public var unchanged: Int = 0
    public var removed: Int = 0
    public var failed: [Failure] = []
    /// Indexed documents whose files are gone but were kept (no `--prune`).
    public var missing: [String] = []
    public var passages: Int = 0
    public var questions: Int = 0
    /// Passages and questions re-tagged because the taxonomy changed.
    public var retagged: Int = 0
    public var bytes: Int = 0
    /// Files indexed with something repaired (stray bytes replaced), one line each.
    public var warnings: [Failure] = []
    /// Files not indexed because they hold a document already indexed from another file (or format).
    public var duplicates: [Duplicate] = []
    /// Seconds spent reading and understanding files (parsing, passages, topics, questions), summed over the
    /// threads that did it; not in the JSON report (a benchmark's figure).
    public var understandSeconds: Double = 0
    /// Wall-clock seconds spent writing batches to the index (rows and full-text tables), on the writer's thread.
    public var writeSeconds: Double = 0
    public struct Duplicate: Codable, Equatable, Sendable {
        public var path: String
        /// The file the document was indexed from.
        public var sameAs: String
        enum CodingKeys: String, CodingKey { case path, sameAs = "same_as" }
    }

    enum CodingKeys: String, CodingKey {
        case indexed, unchanged, removed, failed, missing, passages, questions, retagged, warnings, duplicates
    }
}

/// Something the ingester reports as it goes, for a progress display.
public enum IngestEvent: Sendable {
    case indexed(path: String, passages: Int, questions: Int)
    case unchanged(path: String)
    case failed(path: String, error: String)
    case removed(path: String)
    case retagged(count: Int)
    /// Sent once, before any file is read, when the index's documents were read by an older minutebook: every file is
    /// read again, unchanged or not.
    case rereading
    /// A file that is indexed, with something repaired: "line 12: a byte that is not UTF-8 was replaced…".
    case warning(path: String, message: String)
    /// `path` holds the same document as `of`, which is indexed; `path` is not.
    case duplicate(path: String, of: String)
    /// Sent once, before any file is read: how many files will be read and their size in bytes.
    case listed(files: Int, bytes: Int)
}

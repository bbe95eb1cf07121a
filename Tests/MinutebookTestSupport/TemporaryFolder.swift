import Foundation

/// A folder in the temporary directory that is removed when the value is released: a test holds one in a
/// `let` (or a suite's stored property) and no early `throw` can leave the folder behind.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init(_ label: String = "minutebook-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func appending(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// A temporary folder that lives as long as the test process: for what is built once and shared by every test
/// (`SharedCorpusIndex`, the web tests' fixture). A `static let` is never released, so the folder is removed when
/// the process exits instead.
public enum ProcessFolder {
    /// A new folder, removed at exit.
    public static func make(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        registry.add(url.path)
        return url
    }

    private static let registry = Registry()

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        init() { atexit { ProcessFolder.registry.removeAll() } }

        func add(_ path: String) { lock.withLock { paths.append(path) } }

        func removeAll() {
            for path in lock.withLock({ paths }) { try? FileManager.default.removeItem(atPath: path) }
        }
    }
}

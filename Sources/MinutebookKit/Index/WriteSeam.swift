import Foundation
import GRDB

/// A seam for tests: code run inside each write transaction on one index, after the writes and before the commit.
/// A test holds an ingest's transaction open with it (to show that readers go on reading meanwhile) and lets
/// it go; nothing else sets it. Keyed by the index's path, so tests of other indexes are never held.
enum WriteSeam {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var hooks: [String: @Sendable (Database) throws -> Void] = [:]

    /// Runs `hook` inside every write transaction on the index at `path` until it is set to nil.
    static func set(_ path: String, _ hook: (@Sendable (Database) throws -> Void)?) {
        lock.withLock { hooks[path] = hook }
    }

    static func beforeCommit(_ path: String, _ db: Database) throws {
        guard let hook = lock.withLock({ hooks.isEmpty ? nil : hooks[path] }) else { return }
        try hook(db)
    }
}

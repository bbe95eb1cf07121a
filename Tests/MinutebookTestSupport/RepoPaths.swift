import Foundation

/// Where the repository's own files are, found from this source file (not from bundle resources).
public enum RepoPaths {
    /// Tests/MinutebookTestSupport/RepoPaths.swift → the package root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // MinutebookTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()
    public static let corpus = root.appendingPathComponent("corpus")
    public static let topics = root.appendingPathComponent("index/topics.json")

    /// The corpus file names (the `.txt` documents, not sidecars), sorted.
    public static func corpusFileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
    }
}

import Foundation
import MinutebookTestSupport
import Testing

/// A fresh temporary working directory holding a copy of the repository's `corpus/` and
/// `index/topics.json`, as a user would have it. Removed by `remove()` (use `defer`), and in any case when the
/// workspace is released (`deinit`), so a test that throws early leaves no folder behind.
final class Workspace {
    let root: URL
    let cli: CLI
    /// Query commands (`search`, `questions`, `topics`, `brief`, `asked`, `check`) run in this process on the
    /// workspace's index rather than by launching the binary (see `InProcessCLI`); everything else launches it.
    var inProcess = false

    /// A workspace whose `index/minutebook.sqlite` is a copy of the corpus index built once per test process
    /// (`SharedCorpusIndex`): what `minutebook ingest` would have made here, without running it again.
    static func indexed(inProcess: Bool = true) throws -> Workspace {
        let ws = try Workspace()
        try SharedCorpusIndex.copy(to: ws.defaultIndex)
        ws.inProcess = inProcess
        return ws
    }

    deinit { remove() }

    init(copyCorpus: Bool = true, copyTopics: Bool = true) throws {
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("minutebook-e2e-\(UUID().uuidString)", isDirectory: true)
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        if copyCorpus {
            try fm.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            for name in try RepoPaths.corpusFileNames() {
                try fm.copyItem(at: RepoPaths.corpus.appendingPathComponent(name), to: root.appendingPathComponent("corpus/\(name)"))
            }
        }
        if copyTopics {
            try fm.createDirectory(at: root.appendingPathComponent("index"), withIntermediateDirectories: true)
            try fm.copyItem(at: RepoPaths.topics, to: root.appendingPathComponent("index/topics.json"))
        }
        cli = CLI(directory: root)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    var defaultIndex: URL { url("index/minutebook.sqlite") }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: url(relative).path) }

    /// Runs `minutebook ARGS` in this directory: in process when `inProcess` allows it, else the binary.
    @discardableResult
    func run(_ arguments: String..., environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> CLIResult {
        try run(arguments: arguments, environment: environment, timeout: timeout)
    }

    @discardableResult
    func run(arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> CLIResult {
        if inProcess, environment.isEmpty, let rewritten = InProcessCLI.rewrite(arguments, index: defaultIndex, directory: root) {
            var result = InProcessCLI.run(rewritten)
            result.arguments = arguments
            return result
        }
        return try cli.run(arguments, environment: environment, timeout: timeout)
    }

    /// Runs the binary whatever `inProcess` says (for what only a separate process shows).
    @discardableResult
    func runBinary(_ arguments: String..., environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> CLIResult {
        try cli.run(arguments, environment: environment, timeout: timeout)
    }

    func start(_ arguments: String..., environment: [String: String] = [:]) throws -> RunningCLI {
        try cli.start(arguments, environment: environment)
    }

    /// `minutebook ingest` that must succeed with no failures.
    @discardableResult
    func ingestOK(_ extra: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIResult {
        let result = try cli.run(["ingest"] + extra)
        #expect(result.status == 0 && result.exitedNormally, "ingest failed:\n\(result)", sourceLocation: sourceLocation)
        return result
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    func append(_ relative: String, _ text: String) throws {
        let handle = try FileHandle(forWritingTo: url(relative))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    func read(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    func delete(_ relative: String) throws { try FileManager.default.removeItem(at: url(relative)) }

    /// The corpus file (relative path) whose name starts with `prefix`, e.g. "001_".
    func corpusFile(_ prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let name = try #require(
            try RepoPaths.corpusFileNames().first { $0.hasPrefix(prefix) },
            "no corpus file starts with \(prefix)", sourceLocation: sourceLocation)
        return "corpus/\(name)"
    }

    /// Writes `count` short minutes into `folder` (`big/minutes-0001.txt`, …), each a different document of one
    /// item and two passages, ending "kept for the archive". Cheap to read: for tests that need an ingest of
    /// several batches (a batch is at most 500 files) rather than much text. Returns `count`.
    @discardableResult
    func makeManySmallMinutes(in folder: String, count: Int) throws -> Int {
        let target = url(folder)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for n in 1...count {
            let text = """
                Meeting of Thames Valley Police and Crime Panel, Friday, 3rd March, 2019 (Item \(n).)

                Minutes:

                The PCC reported on neighbourhood policing in ward \(n) and on the response times there.

                Copy \(n) of the minutes, kept for the archive.

                """
            try Data(text.utf8).write(to: target.appendingPathComponent(String(format: "minutes-%04d.txt", n)))
        }
        return count
    }

    /// Writes `copies` slightly different copies of every corpus file into `folder`, with varied names.
    /// Returns how many files were written.
    @discardableResult
    func makeLargeCorpus(in folder: String, copies: Int) throws -> Int {
        let fm = FileManager.default
        let target = url(folder)
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        var count = 0
        for name in try RepoPaths.corpusFileNames() {
            let original = try Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name))
            let stem = (name as NSString).deletingPathExtension
            for copy in 0..<copies {
                var data = original
                data.append(Data("\n\nCopy \(copy) of \(stem), kept for the archive.\n".utf8))
                let file = String(format: "%@-%03d-%@.txt", copy % 2 == 0 ? "panel" : "minutes", copy, stem)
                try data.write(to: target.appendingPathComponent(file))
                count += 1
            }
        }
        return count
    }
}

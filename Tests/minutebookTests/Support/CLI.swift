import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the `minutebook` executable the test target depends on: it sits in the products folder,
/// beside the test bundle (Linux: the `.xctest` file's folder; macOS: the `.xctest` bundle's folder).
enum MinutebookBinary {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the `minutebook` executable was not found beside the test bundle; build it first "
                + "(`swift build --scratch-path .build-e2e`) or set MINUTEBOOK_TEST_BINARY. Looked in: "
                + searched.joined(separator: ", ")
        }
    }

    static let located: Result<URL, NotFound> = locate()

    /// The executable, or a test failure that says where it was looked for.
    static func url(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
        switch located {
        case .success(let url): return url
        case .failure(let error):
            Issue.record(Comment(rawValue: error.description), sourceLocation: sourceLocation)
            throw error
        }
    }

    private static func locate() -> Result<URL, NotFound> {
        var folders: [URL] = []
        func addAncestors(_ url: URL, levels: Int = 4) {
            var current = url.standardizedFileURL
            for _ in 0..<levels {
                if !folders.contains(current) { folders.append(current) }
                current = current.deletingLastPathComponent()
            }
        }
        if let explicit = ProcessInfo.processInfo.environment["MINUTEBOOK_TEST_BINARY"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            if isExecutable(url) { return .success(url) }
        }
        addAncestors(Bundle.main.bundleURL)
        addAncestors(Bundle.main.executableURL?.deletingLastPathComponent() ?? Bundle.main.bundleURL)
        if let first = CommandLine.arguments.first {
            addAncestors(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        for bundle in Bundle.allBundles + Bundle.allFrameworks where bundle.bundleURL.pathExtension == "xctest" {
            addAncestors(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("minutebook")
            if isExecutable(candidate) { return .success(candidate) }
        }
        return .failure(NotFound(searched: folders.map(\.path)))
    }

    private static func isExecutable(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// What one run of the command printed and how it ended.
struct CLIResult: CustomStringConvertible {
    var arguments: [String]
    var stdout: String
    var stderr: String
    /// The exit status, or the signal number when `signalled`.
    var status: Int32
    /// Ended by a signal (a crash, or our own kill) rather than by exiting.
    var signalled: Bool
    var timedOut: Bool

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var exitedNormally: Bool { !signalled && !timedOut }

    var description: String {
        func clip(_ s: String) -> String { s.count > 1_500 ? String(s.prefix(1_500)) + "…(\(s.count) chars)" : s }
        let shown = arguments.map { $0.count > 80 ? String($0.prefix(80)) + "…" : $0 }
        return "minutebook \(shown.joined(separator: " ")) → \(signalled ? "signal" : "status") \(status)\(timedOut ? " (timed out)" : "")\n"
            + "--- stdout\n\(clip(stdout))\n--- stderr\n\(clip(stderr))"
    }
}

/// A `minutebook` process that was started and not yet waited for.
final class RunningCLI {
    let process: Process
    let arguments: [String]
    private let outURL: URL
    private let errURL: URL
    /// Signalled once, when the process has ended (its termination handler).
    private let exited: DispatchSemaphore

    init(process: Process, arguments: [String], outURL: URL, errURL: URL, exited: DispatchSemaphore) {
        self.process = process
        self.arguments = arguments
        self.outURL = outURL
        self.errURL = errURL
        self.exited = exited
    }

    /// Starts `process` (its executable, arguments, directory and environment already set) with its output going
    /// to temporary files, not pipes, so a large output can never block the child; `label` names the files.
    static func launch(_ process: Process, arguments: [String], label: String) throws -> RunningCLI {
        let stamp = UUID().uuidString
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("minutebook-\(label)-\(stamp).out")
        let errURL = tmp.appendingPathComponent("minutebook-\(label)-\(stamp).err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        return RunningCLI(process: process, arguments: arguments, outURL: outURL, errURL: errURL, exited: exited)
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    func kill(_ signal: Int32 = SIGKILL) {
        if process.isRunning { _ = sendSignal(pid, signal) }
    }

    /// Waits for the process to end (killing it after `timeout` seconds) and collects its output.
    func wait(timeout: TimeInterval = 120) -> CLIResult {
        var timedOut = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            _ = sendSignal(pid, SIGKILL)
            exited.wait()
        }
        exited.signal()  // a later wait returns at once
        process.waitUntilExit()
        let out = (try? Data(contentsOf: outURL)) ?? Data()
        let err = (try? Data(contentsOf: errURL)) ?? Data()
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        return CLIResult(
            arguments: arguments,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut)
    }
}

private func sendSignal(_ pid: Int32, _ signal: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.kill(pid, signal)
    #else
    return Darwin.kill(pid, signal)
    #endif
}

/// Runs `minutebook` as a user would: in a working directory, with NO_COLOR=1 and without the
/// test runner's own MINUTEBOOK_* settings, capturing stdout, stderr and the exit status.
struct CLI {
    var directory: URL

    /// The environment a user's run gets: NO_COLOR, none of the test runner's MINUTEBOOK_* settings, and the
    /// per-user index kept inside the directory; then `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["MINUTEBOOK_INDEX", "MINUTEBOOK_TOPICS"] { environment[key] = nil }
        environment["NO_COLOR"] = "1"
        // Without an index/ folder the default index is per-user: kept inside the workspace, never the real home.
        environment["XDG_DATA_HOME"] = directory.appendingPathComponent(".xdg-data").path
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunningCLI {
        let binary = try MinutebookBinary.url()
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment(extra)
        return try RunningCLI.launch(process, arguments: arguments, label: "e2e")
    }

    func run(_ arguments: [String], environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> CLIResult {
        try start(arguments, environment: environment).wait(timeout: timeout)
    }
}

/// A `minutebook` process whose stderr the test reads as it comes, to act at a known point of its work (after
/// its first batch is written, say) instead of after a guessed time: `waitForLine` blocks on the pipe until the
/// line is there. `pause`/`resume` (SIGSTOP/SIGCONT) hold it at that point while the test does something else.
final class WatchedCLI {
    let process: Process
    let arguments: [String]
    private let errPipe: Pipe
    private let outURL: URL
    private var stderrData = Data()

    init(directory: URL, arguments: [String]) throws {
        self.arguments = arguments
        process = Process()
        process.executableURL = try MinutebookBinary.url()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CLI(directory: directory).environment()
        outURL = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-watched-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL)
        defer { try? outHandle.close() }
        errPipe = Pipe()
        process.standardOutput = outHandle
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Reads stderr until a line containing `text` has been written (true), or stderr is closed (false: the
    /// process ended first).
    func waitForLine(containing text: String) -> Bool {
        let needle = Data(text.utf8)
        while true {
            if let found = stderrData.range(of: needle), stderrData[found.upperBound...].contains(10) { return true }
            let chunk = errPipe.fileHandleForReading.availableData  // blocks until there is some, or the end
            if chunk.isEmpty { return stderrData.range(of: needle) != nil }
            stderrData.append(chunk)
        }
    }

    func signal(_ signal: Int32) {
        if process.isRunning { _ = sendSignal(pid, signal) }
    }

    /// Holds the process where it is (SIGSTOP), until `resume()`.
    func pause() { signal(SIGSTOP) }
    func resume() { signal(SIGCONT) }

    /// Reads the rest of stderr and waits for the end (a test that kills the process reads it too).
    func wait() -> CLIResult {
        stderrData.append(errPipe.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        let out = (try? Data(contentsOf: outURL)) ?? Data()
        try? FileManager.default.removeItem(at: outURL)
        return CLIResult(
            arguments: arguments,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self),
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            timedOut: false)
    }
}

extension Workspace {
    /// Starts `minutebook ARGS` (the binary) with its stderr watched.
    func startWatched(_ arguments: String...) throws -> WatchedCLI {
        try WatchedCLI(directory: root, arguments: arguments)
    }
}

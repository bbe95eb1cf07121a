import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import MinutebookWeb

/// Debian's headless Chromium loads the pages from a live server on loopback and prints the DOM it rendered.
/// Without chromium (`apt-get install chromium`; `.ci/run` installs it) the test prints a note and passes.
@Suite("Pages in a real browser")
struct BrowserTests {
    static let chromium: String? = {
        if let explicit = ProcessInfo.processInfo.environment["MINUTEBOOK_CHROMIUM"], !explicit.isEmpty { return explicit }
        return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// How long chromium may take for one page before it is killed.
    static let deadline: DispatchTimeInterval = .seconds(90)

    /// `chromium --headless --dump-dom URL`: what it printed once it has exited, or what it had printed when it was
    /// killed at the deadline (a test failure).
    static func dumpDOM(_ url: String, chromium: String) async throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-chromium-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--dump-dom", url,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Both waits block, so they run on threads of their own, not Swift's cooperative ones: the output read to
        // its end, and the process's exit, waited for until the deadline (then it is killed, and waited for).
        let printed = Printed()
        let read = DispatchGroup()
        DispatchQueue(label: "chromium-output").async(group: read) { printed.data = output.fileHandleForReading.readDataToEndOfFile() }
        let killed = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var killed = false
                if exited.wait(timeout: .now() + deadline) == .timedOut {
                    killed = true
                    process.terminate()
                    exited.wait()
                }
                // Its output ends when it exits (a helper process left holding the pipe is given the same deadline).
                if read.wait(timeout: .now() + deadline) == .timedOut { killed = true }
                continuation.resume(returning: killed)
            }
        }
        if killed { Issue.record("chromium did not finish \(url) within the deadline and was killed") }
        return String(decoding: read.wait(timeout: .now()) == .success ? printed.data : Data(), as: UTF8.self)
    }

    /// What chromium printed: written on the reading thread before its group is left, read after.
    final class Printed: @unchecked Sendable {
        var data = Data()
    }

    @Test func pagesRenderInChromium() async throws {
        guard let chromium = Self.chromium else {
            print("note: chromium is not installed (apt-get install chromium): the browser test is skipped")
            return
        }
        let ids = try WebFixture.site.get().reader().documentIDs()
        let hostile = try #require(ids.first { $0.key.hasSuffix("002_7d5ea2c59216397a.txt") }?.value)
        let app = Application(router: WebServer.router(pages: try WebFixture.pages()), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let base = "http://127.0.0.1:\(port)"

            let search = try await Self.dumpDOM(base + "/search?q=county+lines", chromium: chromium)
            #expect(search.contains("<h1>Search</h1>"), "chromium rendered: \(search.prefix(300))")
            #expect(search.contains("<mark>County</mark>"))
            #expect(search.contains("<h2 id=\"facets-heading\">Narrow down</h2>"))
            #expect(search.contains("href=\"/documents/\(hostile)?passage="))

            let document = try await Self.dumpDOM(base + "/documents/\(hostile)#passage-1", chromium: chromium)
            #expect(document.contains("id=\"item-1\""))
            // The document's markup is text in the rendered page: no script or image element came of it.
            #expect(document.contains("&lt;script&gt;alert(\"pwned\")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!document.contains("<script") && !document.contains("<img"))

            let brief = try await Self.dumpDOM(base + "/brief/mash", chromium: chromium)
            #expect(brief.contains("<h2>At a glance</h2>") && brief.contains("<h2>Timeline</h2>"))

            let questions = try await Self.dumpDOM(base + "/questions?status=no_information", chromium: chromium)
            #expect(questions.contains("the answer gave no information"))

            let bad = try await Self.dumpDOM(base + "/search?q=fgm&page=zero", chromium: chromium)
            #expect(bad.contains("bad request: page must be a whole number"))
        }
    }
}

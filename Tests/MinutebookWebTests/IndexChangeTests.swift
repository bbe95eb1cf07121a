import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookTestSupport
import Testing

@testable import MinutebookKit
@testable import MinutebookWeb

/// The pages while the index changes under them: an ingest writing, a rebuild replacing the file.
@Suite("Pages while the index changes")
struct IndexChangeTests {
    /// A meeting no document of the corpus mentions: its word ("Quillfeather") is found only once it is indexed.
    static let newMeeting = RepoPaths.root.appendingPathComponent("Tests/MinutebookWebTests/Fixtures/new-meeting.txt")
    static let word = "quillfeather"

    /// A folder of its own, with a copy of the fixture's index (so the other tests' index is left alone) and
    /// a corpus folder holding only the new meeting.
    struct Scratch {
        var folder: URL
        var index: String
        var corpus: String

        init(_ name: String) throws {
            let built = try WebFixture.folder()
            folder = built.folder.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            index = folder.appendingPathComponent("minutebook.sqlite").path
            try FileManager.default.copyItem(atPath: built.index, toPath: index)
            corpus = folder.appendingPathComponent("corpus").path
            try FileManager.default.copyItem(atPath: IndexChangeTests.newMeeting.path, toPath: corpus + "/new-meeting.txt")
        }

        static let taxonomy = Result { try TaxonomyLocator.locate(explicit: RepoPaths.topics.path, indexPath: "").taxonomy }
    }

    /// Runs blocking work (an ingest) on a thread of its own, off Swift's cooperative threads.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    static func body(_ client: some TestClientProtocol, _ uri: String) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri): \(response.status) \(String(buffer: response.body).prefix(200))")
        return String(buffer: response.body)
    }

    @Test func pagesShowTheIndexAsItWasWhileAnIngestHoldsItsTransaction() async throws {
        let scratch = try Scratch("ingesting")
        let site = try Site(path: scratch.index)
        let app = Application(router: WebServer.router(pages: Pages(site: site)))
        let taxonomy = try Scratch.taxonomy.get()

        // The ingest stops inside its write transaction once the new meeting's passages are written, and
        // waits there until the test lets it go.
        let (inside, signal) = AsyncStream<Void>.makeStream()
        let release = DispatchSemaphore(value: 0)
        let word = Self.word, index = scratch.index
        WriteSeam.set(index) { db in
            guard try Int.fetchOne(db, sql: "SELECT count(*) FROM passages WHERE text LIKE ?", arguments: ["%\(word)%"]) ?? 0 > 0 else { return }
            WriteSeam.set(index, nil)  // once: later transactions of the ingest go through
            signal.yield()
            release.wait()
        }
        // However the test ends, the ingest is let go (a second signal is harmless: the hook runs once).
        defer {
            WriteSeam.set(scratch.index, nil)
            release.signal()
        }

        try await app.test(.router) { client in
            let meetingsBefore = try await Self.body(client, "/meetings.json")
            #expect(try await Self.body(client, "/search?q=\(Self.word)").contains("No results"))

            let corpus = scratch.corpus
            let ingest = Task {
                try await Self.offThread { try IndexMaintenance.update(at: index) { store in try Ingester(store: store, taxonomy: taxonomy).ingest([corpus]) } }
            }
            var iterator = inside.makeAsyncIterator()
            _ = await iterator.next()  // the ingest's transaction now holds the new meeting, not yet committed

            // Every page answers, from the index as it was before the ingest.
            #expect(try await Self.body(client, "/search?q=\(Self.word)").contains("No results"))
            #expect(try await Self.body(client, "/questions?q=\(Self.word)").contains("No member questions match"))
            #expect(try await Self.body(client, "/search?q=county+lines").contains("<mark>County</mark>"))
            for uri in ["/meetings", "/topics", "/brief/mash", "/search.json?q=rural+machinery"] {
                let page = try await Self.body(client, uri)
                #expect(!page.lowercased().contains(Self.word), "\(uri) shows what the ingest has not committed")
            }
            #expect(try await Self.body(client, "/meetings.json") == meetingsBefore)

            release.signal()
            let report = try await ingest.value
            #expect(report.indexed == 1 && report.failed.isEmpty)

            // Once committed, the same pages show it (the pages' cached lists follow the index's data version).
            let found = try await Self.body(client, "/search?q=\(Self.word)")
            #expect(found.contains("<mark>Quillfeather</mark>"))
            let meetings = try await Self.body(client, "/meetings")
            #expect(meetings.contains("2027-03-04"))
            let link = try #require(found.firstMatch(of: /href="\/documents\/(\d+)\?passage=/))
            #expect(try await Self.body(client, "/documents/\(link.output.1)").contains("Operation Quillfeather"))
        }
    }

    @Test func aRebuildIsServedWithoutARestart() async throws {
        let scratch = try Scratch("rebuilding")
        let site = try Site(path: scratch.index, idleClose: 0.05)
        let app = Application(router: WebServer.router(pages: Pages(site: site)))
        let taxonomy = try Scratch.taxonomy.get()
        try await app.test(.router) { client in
            #expect(try await Self.body(client, "/search?q=county+lines").contains("<mark>County</mark>"))
            #expect(try await Self.body(client, "/search?q=\(Self.word)").contains("No results"))

            // The rebuild swaps its new file in only once no connection has the old one open: the server lets
            // its connections go once it is quiet, so the rebuild completes (else it would give up after 30 s).
            let index = scratch.index, corpus = scratch.corpus
            let report = try await Self.offThread {
                try IndexMaintenance.rebuild(at: index) { store in try Ingester(store: store, taxonomy: taxonomy).ingest([corpus]) }
            }
            #expect(report.indexed == 1)

            // The new file is served: only the new meeting is in it.
            #expect(try await Self.body(client, "/search?q=\(Self.word)").contains("<mark>Quillfeather</mark>"))
            #expect(try await Self.body(client, "/search?q=county+lines").contains("No results"))
            let meetings = try JSONDecoder().decode([MeetingRow].self, from: Data(try await Self.body(client, "/meetings.json").utf8))
            #expect(meetings.map(\.meetingDate) == ["2027-03-04"])

        }
    }

    /// Another index renamed over the one being served, while the server has it open: the next request notices
    /// the new file (another inode) and reads it. Both are in rollback-journal mode, as a rebuild leaves the old
    /// index before its rename, so no -wal or -shm file is shared.
    @Test func anotherFileAtThePathIsRead() async throws {
        let scratch = try Scratch("renamed")
        let other = scratch.folder.appendingPathComponent("other.sqlite").path
        let taxonomy = try Scratch.taxonomy.get()
        _ = try IndexMaintenance.rebuild(at: other) { store in try Ingester(store: store, taxonomy: taxonomy).ingest([scratch.corpus]) }
        for path in [scratch.index, other] {
            let queue = try DatabaseQueue(path: path)
            _ = try await queue.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") }
            try queue.close()
        }
        let site = try Site(path: scratch.index, idleClose: 600)
        let app = Application(router: WebServer.router(pages: Pages(site: site)))
        try await app.test(.router) { client in
            let before = try await Self.body(client, "/search?q=county+lines")
            #expect(before.contains("<mark>County</mark>"))
            #expect(site.isOpen)
            #expect(rename(other, scratch.index) == 0)
            let after = try await Self.body(client, "/search?q=\(Self.word)")
            #expect(after.contains("<mark>Quillfeather</mark>"))
            let gone = try await Self.body(client, "/search?q=county+lines")
            #expect(gone.contains("No results"))
        }
    }

    struct MeetingRow: Decodable {
        var meetingDate: String?
        enum CodingKeys: String, CodingKey { case meetingDate = "meeting_date" }
    }
}

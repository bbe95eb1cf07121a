import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookKit
import MinutebookTestSupport
import MinutebookWeb
import Testing

/// An index of the bundled corpus, one document of which carries markup and script in its text and sidecar:
/// built once, in a temporary folder removed when the test process exits, for every test of this target.
enum WebFixture {
    /// Markup put into the 2018-11-16 minutes, in the passage about county lines.
    static let hostileText = #"<script>alert("pwned")</script><img src=x onerror=alert(1)> & 'quoted'"#
    static let hostileTitle = "<b>Bold</b> <script>alert(3)</script>"
    static let hostileURL = #"https://example.org/a?b="><script>alert(2)</script>"#

    struct Built: Sendable {
        var folder: URL
        var index: String
        var corpus: URL
    }

    static let built: Result<Built, any Error> = Result { try build() }

    static func folder() throws -> Built { try built.get() }

    static func build() throws -> Built {
        let folder = try ProcessFolder.make("minutebook-web")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path) where !name.hasPrefix(".") {
            var data = try Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name))
            if name.hasPrefix("002_") {
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
                    of: "needed to be solved on three fronts", with: "needed \(hostileText) to be solved on three fronts")
                data = Data(text.utf8)
                let sidecar = ["url": hostileURL, "title": hostileTitle]
                try JSONSerialization.data(withJSONObject: sidecar).write(to: corpus.appendingPathComponent(name + ".meta.json"))
            }
            try data.write(to: corpus.appendingPathComponent(name))
        }
        let index = folder.appendingPathComponent("minutebook.sqlite").path
        let taxonomy = try TaxonomyLocator.locate(explicit: RepoPaths.topics.path, indexPath: index).taxonomy
        let summary = try IndexMaintenance.update(at: index) { store in try Ingester(store: store, taxonomy: taxonomy).ingest([corpus.path]) }
        guard summary.failed.isEmpty else { throw BadRequest("the fixture corpus failed to index: \(summary.failed)") }
        return Built(folder: folder, index: index, corpus: corpus)
    }

    static let site: Result<Site, any Error> = Result { try Site(path: try folder().index) }

    static func pages() throws -> Pages { Pages(site: try site.get()) }

    static func application() throws -> some ApplicationProtocol {
        Application(router: WebServer.router(pages: try pages()))
    }

    /// Sends GET requests to the application in memory and hands back (status, content type, body).
    static func get(_ uris: [String], headers: HTTPFields = [:]) async throws -> [(status: HTTPResponse.Status, type: String, body: String)] {
        let app = try application()
        return try await app.test(.router) { client in
            var out: [(status: HTTPResponse.Status, type: String, body: String)] = []
            for uri in uris {
                let response = try await client.execute(uri: uri, method: .get, headers: headers)
                out.append((response.status, response.headers[.contentType] ?? "", String(buffer: response.body)))
            }
            return out
        }
    }

    static func get(_ uri: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, type: String, body: String) {
        try await get([uri], headers: headers)[0]
    }

    /// The store the pages read, for comparing with the library's own answers.
    static func store() throws -> IndexStore { try IndexStore.openForReading(at: try folder().index) }
}

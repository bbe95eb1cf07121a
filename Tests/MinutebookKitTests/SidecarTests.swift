import Foundation
import MinutebookTestSupport
import Testing

@testable import MinutebookKit

/// A `<file>.meta.json` sidecar: the panel's key is `panel`; `body`, its earlier spelling, is read the same.
@Suite("sidecar keys")
struct SidecarTests {
    @Test("the panel is read from `panel`, and from `body` as sidecars wrote it before", arguments: ["panel", "body"])
    func panelKey(_ key: String) throws {
        let folder = try TemporaryFolder()
        let document = folder.appending("minutes.txt")
        try FileManager.default.copyItem(at: try TestSupport.corpusFile("000"), to: document)
        try Data(#"{"meeting_date": "2020-11-20", "\#(key)": "Thames Valley Police and Crime Panel"}"#.utf8).write(to: Sidecar.url(for: document))
        let sidecar = try #require(try Sidecar.load(for: document)).0
        #expect(sidecar.panel == "Thames Valley Police and Crime Panel")
        var parsed = try TestSupport.parse(document)
        #expect(parsed.metadata.body == nil, "the 2020 minutes name no panel")
        sidecar.apply(to: &parsed)
        #expect(parsed.metadata.body == "Thames Valley Police and Crime Panel")
    }

    @Test("`panel` wins over `body`; a sidecar is written with `panel`")
    func panelWins() throws {
        let sidecar = try JSONDecoder().decode(Sidecar.self, from: Data(#"{"body": "Old Panel", "panel": "New Panel"}"#.utf8))
        #expect(sidecar.panel == "New Panel")
        let written = String(decoding: try JSONEncoder().encode(Sidecar(panel: "A Panel")), as: UTF8.self)
        #expect(written == #"{"panel":"A Panel"}"#)
    }

    @Test("an over-long panel is refused, with the key's name")
    func longPanel() throws {
        let folder = try TemporaryFolder()
        let document = folder.appending("minutes.txt")
        try FileManager.default.copyItem(at: try TestSupport.corpusFile("001"), to: document)
        try Data(#"{"panel": "\#(String(repeating: "x", count: 600))"}"#.utf8).write(to: Sidecar.url(for: document))
        #expect(throws: DocumentError.self) { try Sidecar.load(for: document) }
        do { _ = try Sidecar.load(for: document) } catch { #expect(error.localizedDescription.contains("panel is 600 characters long; at most 500")) }
    }
}

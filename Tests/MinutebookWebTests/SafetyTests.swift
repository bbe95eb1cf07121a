import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookKit
import Testing

@testable import MinutebookWeb

@Suite("Safe: escaped, read-only, one-line errors")
struct WebSafetyTests {
    @Test func markupInADocumentIsShownNotRun() async throws {
        let ids = try WebFixture.site.get().reader().documentIDs()
        let id = try #require(ids.first { $0.key.hasSuffix("002_7d5ea2c59216397a.txt") }?.value)
        for uri in [
            "/search?q=county+lines", "/search?q=pwned", "/documents/\(id)", "/meetings/\(id)", "/brief/county-lines",
            "/feeds/topic/county-lines.atom", "/search?q=county+lines&view=meetings",
        ] {
            let body = try await WebFixture.get(uri).body
            #expect(!body.contains("<script"), "\(uri) carries a script tag")
            #expect(!body.contains("<img"), "\(uri) carries an img tag")
            #expect(!body.contains("<b>Bold"), "\(uri) carries the title's markup")
        }
        let page = try await WebFixture.get("/documents/\(id)").body
        #expect(page.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;"))
        let hit = try await WebFixture.get("/search?q=pwned").body
        #expect(hit.contains("&lt;script&gt;alert(&quot;<mark>pwned</mark>&quot;)"))
    }

    @Test func markupInAQueryIsShownNotRun() async throws {
        let query = #""><script>alert(1)</script>"#
        let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        for uri in [
            "/search?q=\(encoded)", "/questions?q=\(encoded)", "/asked?draft=\(encoded)", "/search?q=fgm&speaker=\(encoded)",
            "/questions?asker=\(encoded)", "/brief/\(encoded)", "/search?topic=\(encoded)",
        ] {
            for accept in ["*/*", "text/html"] {
                let response = try await WebFixture.get(uri, headers: [.accept: accept])
                // A 400 for a script is one line of text/plain (never sniffed: X-Content-Type-Options: nosniff).
                #expect(!response.type.hasPrefix("text/html") || !response.body.contains("<script"), "\(uri) (\(accept)) echoes the script")
                #expect(response.status == .ok || response.status == .badRequest, "\(uri): \(response.status)")
            }
        }
        let page = try await WebFixture.get("/search?q=\(encoded)").body
        #expect(page.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
    }

    static let badRequests = [
        "/search?q=fgm&page=abc", "/search?q=fgm&page=0", "/search?q=fgm&per=1000", "/search?q=fgm&from=2018-02-30", "/search?q=fgm&to=yesterday",
        "/search?q=fgm&from=2019-01-01&to=2018-01-01", "/search?q=fgm&kind=agenda", "/search?q=fgm&sort=random", "/search?q=fgm&view=grid",
        "/search?topic=no-such-topic", "/search?q=%ZZ", "/search?q=%FF%FE", "/search?q=-fgm", "/search?q=%00",
        "/search?q=" + String(repeating: "a", count: 2_001),
        "/questions?status=lost", "/questions?respondent=mayor", "/questions?limit=-1", "/questions?from=2018-13-01",
        "/brief/no-such-topic", "/brief/mash?from=never", "/asked.json", "/asked?draft=x&limit=99999",
        "/documents/abc", "/documents/-1", "/meetings/x", "/feeds/topic/no-such-topic.atom", "/feeds/search.atom", "/feeds/search.atom?q=fgm&since=soon",
    ]

    @Test("a bad parameter is a 400 with one line", arguments: badRequests)
    func badRequest(_ uri: String) async throws {
        let response = try await WebFixture.get(uri)
        #expect(response.status == .badRequest, "\(uri): \(response.status) \(response.body.prefix(200))")
        #expect(response.type.hasPrefix("text/plain"))
        #expect(response.body.hasPrefix("bad request: ") && response.body.hasSuffix("\n"))
        #expect(response.body.filter { $0 == "\n" }.count == 1, "\(uri): more than one line: \(response.body)")
    }

    @Test func aBrowserGetsTheMessageInAPage() async throws {
        let response = try await WebFixture.get("/search?q=fgm&page=abc", headers: [.accept: "text/html,application/xhtml+xml"])
        #expect(response.status == .badRequest)
        #expect(response.body.contains("<p class=\"error\" role=\"alert\">bad request: page must be a whole number from 1 to 1000, not &#39;abc&#39;</p>"))
    }

    @Test(
        "what is not there is a 404",
        arguments: ["/documents/999999", "/meetings/999999", "/nothing-here", "/search.atom", "/documents/1.csv", "/questions.atom", "/feeds/topic/fgm"])
    func notFound(_ uri: String) async throws {
        let response = try await WebFixture.get(uri)
        #expect(response.status == .notFound, "\(uri): \(response.status)")
        #expect(response.body.filter { $0 == "\n" }.count == 1)
    }

    @Test func noRouteWrites() async throws {
        let index = try WebFixture.folder().index
        let before = try Data(contentsOf: URL(fileURLWithPath: index))
        let modified = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date
        let app = try WebFixture.application()
        try await app.test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
                for uri in ["/search?q=fgm", "/documents/1", "/questions", "/asked?draft=x"] {
                    let response = try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "q=x"))
                    #expect(!(200..<300).contains(response.status.code), "\(method) \(uri) answered \(response.status)")
                }
            }
        }
        _ = try await WebFixture.get(RouteTests.routes.map(\.uri))
        #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as? Date == modified)
    }

    @Test func loopbackByDefaultAndOptionsChecked() throws {
        let defaults = try WebMain.Options([])
        #expect(defaults.host == "127.0.0.1" && defaults.port == 8080)
        #expect(WebServer.isLoopback("127.0.0.1") && WebServer.isLoopback("::1") && WebServer.isLoopback("localhost"))
        #expect(!WebServer.isLoopback("0.0.0.0") && !WebServer.isLoopback("192.168.1.4") && !WebServer.isLoopback("::"))
        #expect(WebServer.isLoopback("127.0.0.2") && WebServer.isLoopback("0:0:0:0:0:0:0:1"))
        #expect(!WebServer.isLoopback("127.example.org"), "a name that starts like a loopback address can resolve anywhere")
        #expect(throws: BadRequest.self) { try WebMain.Options(["--port", "99999"]) }
        #expect(throws: BadRequest.self) { try WebMain.Options(["--bogus"]) }
        #expect(try WebMain.Options(["--port", "9000", "--host", "0.0.0.0"]).port == 9000)
    }

    /// A quote followed by a combining mark is one Character: escaping character by character (as mustache's own
    /// escaping does) left the quote raw and let a query close the attribute it was put in.
    @Test func aQuoteWithACombiningMarkIsEscaped() async throws {
        let query = "\"\u{301} autofocus onfocus=alert(1) x=\""
        let response = try await WebFixture.get("/search?q=county+lines&speaker=" + HTML.percentEncoded(query))
        #expect(response.status == .ok)
        let page = response.body
        // (Built outside #expect: its macro does not take a combining mark after a quote in a literal.)
        let escaped = "name=\"speaker\" value=\"&quot;\u{301} autofocus onfocus=alert(1) x=&quot;\""
        let raw = "\"\u{301} autofocus"
        let marked = "\"\u{301}'\u{301}<\u{301}", entities = "&quot;\u{301}&#39;\u{301}&lt;\u{301}"
        #expect(page.contains(escaped))
        #expect(!page.contains(raw))
        #expect(HTML.escape(marked) == entities)
    }

    @Test func htmlEscapingAndSnippets() {
        #expect(HTML.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTML.escape("\u{1b}[2J\u{202e}") == "␛[2J\u{fffd}")
        #expect(HTML.snippet(Snippet(marked: "a <\u{2}b\u{3}>")) == "a &lt;<mark>b</mark>&gt;")
        #expect(Pages.link("javascript:alert(1)") == nil && Pages.link("https://x.org/") == "https://x.org/")
        #expect(HTML.query([("q", "café & \"lines\""), ("a b", "~x.y_z-")]) == "q=caf%C3%A9%20%26%20%22lines%22&a%20b=~x.y_z-")
    }
}

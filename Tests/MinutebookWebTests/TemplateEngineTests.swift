import Foundation
import MinutebookKit
import Mustache
import Testing

@testable import MinutebookWeb

/// The pages' templates are rendered by `CompiledTemplate`; these tests render the same templates with the same
/// contexts through swift-mustache (with `HTML.escape` for `{{value}}`, as the pages used it) and compare the bytes.
@Suite("The compiled templates render as swift-mustache does")
struct TemplateEngineTests {
    struct Escaped: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }

    static let mustache: MustacheLibrary = {
        MustacheContentTypes.register(Escaped(), named: "MINUTEBOOK_TEST_HTML")
        var library = MustacheLibrary()
        for (name, text) in Templates.all { try! library.register("{{% CONTENT_TYPE: MINUTEBOOK_TEST_HTML}}" + text, named: name) }
        return library
    }()

    static func compare(_ name: String, _ context: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) {
        let ours = Templates.render(name, context)
        let theirs = mustache.render(context, withTemplate: name) ?? "(no template \(name))"
        guard ours != theirs else { return }
        let a = Array(ours.utf8), b = Array(theirs.utf8)
        let at = zip(a, b).prefix { $0 == $1 }.count
        let around = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self) }
        Issue.record("\(name) differs at byte \(at):\nours:   \(around(a))\nmustache: \(around(b))", sourceLocation: sourceLocation)
    }

    /// Every page the routes make, on the fixture corpus (markup and script in one document), with its context.
    @Test func everyPageRendersAlike() throws {
        // A site of its own: its readers keep no page made by another test.
        let pages = Pages(site: try Site(path: try WebFixture.folder().index))
        let recorder = Templates.Recorder()
        try Templates.$recorder.withValue(recorder) {
            func p(_ query: String) throws -> Parameters { try Parameters(query: query) }
            for query in [
                "", "q=county+lines", "q=county+lines&view=meetings", "topic=fgm", "q=police", "q=police&page=2&per=5", "q=police&sort=newest",
                "q=hate+crime", "q=FGM", "q=safeguarding&kind=minutes", "q=xyzzyq", "q=county+lines&topic=fgm&from=2018-01-01&to=2019-12-31",
                "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            ] {
                _ = try pages.search(try p(query), format: .html)
            }
            for id in 1...5 {
                _ = try pages.document(id: String(id), try p("passage=3"), format: .html)
                _ = try pages.meeting(id: String(id), try p(""), format: .html)
            }
            _ = try pages.meetings(try p(""), format: .html)
            for query in ["", "status=no_information", "status=deferred", "topic=fgm", "q=funding"] { _ = try pages.questions(try p(query), format: .html) }
            _ = try pages.topics(try p(""), format: .html)
            for topic in ["mash", "county-lines", "fgm"] { _ = try pages.brief(topic: topic, try p(""), format: .html) }
            _ = try pages.asked(try p(""), format: .html)
            _ = try pages.asked(try p("draft=What+is+being+done+about+cuckooing%3F"), format: .html)
        }
        let recorded = recorder.recorded
        #expect(recorded.count > 30)
        #expect(Set(recorded.map(\.name)).isSuperset(of: ["search", "document", "meeting", "meetings", "questions", "topics", "brief", "asked"]))
        for (name, context) in recorded { Self.compare(name, context) }
    }

    @Test func layoutAndErrorRenderAlike() {
        Self.compare("layout", ["title": "A <title> & more", "style": Templates.style, "body": "<p>body</p>"])
        Self.compare("layout", ["title": "t", "style": "", "body": "", "feed": "/feeds/search.atom?q=a&b", "feedTitle": "Atom feed: t"])
        Self.compare("error", ["heading": "Not found", "message": "not found: <b>x</b> \u{1b}[31m"])
    }

    /// The constructs one by one: standalone lines, sections over lists, flags, values and strings, inverted
    /// sections, look-ups up the context stack, `{{.}}`, numbers, escaping.
    @Test(arguments: [
        "{{#a}}\n  x {{b}}\n{{/a}}\nafter\n",
        "  {{#a}}\n{{.}}\n  {{/a}}  \nend",
        "{{^a}}none{{/a}}{{#a}}some{{/a}}\n",
        "<ul>{{#list}}<li>{{name}} {{outer}} ({{count}}){{#flag}}!{{/flag}}{{^flag}}?{{/flag}}</li>{{/list}}</ul>\n",
        "{{#strings}}[{{.}}]{{/strings}}{{^strings}}empty{{/strings}}\n",
        "{{#text}}has {{text}}{{/text}}{{^text}}no text{{/text}}\n",
        "{{! a comment }}\n{{#nested}}{{#inner}}{{value}}{{outer}}{{/inner}}{{/nested}}\n",
        "a {{missing}} b {{{raw}}} c {{& raw}} {{escaped}}\n",
        "\n{{#a}}\n{{/a}}\n\n  {{^zero}}\n  z\n  {{/zero}}\n",
    ])
    func constructsRenderAlike(_ text: String) throws {
        let template = try CompiledTemplate(text)
        let contexts: [[String: Any]] = [
            [
                "a": true, "b": "<b>", "list": [["name": "n1", "count": 3, "flag": true], ["name": "n&2", "count": 0, "flag": false]] as [[String: Any]],
                "outer": "o\"", "strings": ["s1", "s'2"], "text": "t", "nested": ["inner": ["value": 7]] as [String: Any], "raw": "<i>x</i>",
                "escaped": "a & b", "zero": 0,
            ],
            ["a": false, "list": [[String: Any]](), "strings": [String](), "outer": ""],
            ["a": [["b": "from list"]] as [[String: Any]], "list": [["name": "only"]] as [[String: String]]],
        ]
        _ = Self.mustache  // registers the content type
        var library = MustacheLibrary()
        // The content-type tag alone on a line of its own, so the template's first line starts a line as ours does
        // (the pages' templates all start with text, where the two are alike either way).
        try library.register("{{% CONTENT_TYPE: MINUTEBOOK_TEST_HTML}}\n" + text, named: "case")
        for context in contexts {
            #expect(template.render(context, partials: [:]) == library.render(context, withTemplate: "case"), "\(text.debugDescription) with \(context)")
        }
    }

    @Test func badTemplatesAreRefused() {
        #expect(throws: CompiledTemplate.ParseError.self) { try CompiledTemplate("{{#a}}open") }
        #expect(throws: CompiledTemplate.ParseError.self) { try CompiledTemplate("{{#a}}x{{/b}}") }
        #expect(throws: CompiledTemplate.ParseError.self) { try CompiledTemplate("{{name") }
    }
}

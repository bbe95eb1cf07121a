import MinutebookKit
import Mustache

/// The page templates (mustache), compiled into the program so that the server needs no files beside it.
/// `{{value}}` is HTML-escaped by mustache; `{{{value}}}` is used only for fragments built by `HTML`.
enum Templates {
    static let library: MustacheLibrary = {
        // `{{value}}` escapes with `HTML.escape` (a pass over the bytes) rather than mustache's own escaping,
        // which looks every character up in a dictionary: on a long document that was most of the page's time.
        MustacheContentTypes.register(Escaped(), named: "MINUTEBOOK_HTML")
        var library = MustacheLibrary()
        for (name, text) in all {
            // The templates are constants of this file: a parse error is a programming error caught by every test.
            try! library.register("{{% CONTENT_TYPE: MINUTEBOOK_HTML}}" + text, named: name)
        }
        return library
    }()

    /// HTML text: controls shown (`TerminalSafe.clean`), `& < > " '` as entities.
    struct Escaped: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }

    static func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// A whole page: the layout around a rendered body. The layout is rendered once, with marks where the title,
    /// the feed's address and the body go; a page is its pieces joined with those, so no page renders it again.
    static func page(title: String, body: String, feed: String?) -> String {
        let pieces = feed == nil ? plainLayout : feedLayout
        var out = ""
        out.reserveCapacity(body.utf8.count + 4_096)
        for piece in pieces {
            switch piece {
            case .text(let text): out += text
            case .title: out += HTML.escape(title)
            case .feed: out += HTML.escape(feed ?? "")
            case .body: out += body
            }
        }
        return out
    }

    enum LayoutPiece: Equatable {
        case text(String), title, feed, body
    }

    static let plainLayout = layoutPieces(feed: false)
    static let feedLayout = layoutPieces(feed: true)

    /// The layout rendered with marks in place of the title, the feed's address and the body, cut at them.
    static func layoutPieces(feed: Bool) -> [LayoutPiece] {
        let marks: [(String, LayoutPiece)] = [("MINUTEBOOK-TITLE-MARK", .title), ("MINUTEBOOK-FEED-MARK", .feed), ("MINUTEBOOK-BODY-MARK", .body)]
        var context: [String: Any] = ["title": marks[0].0, "style": style, "body": marks[2].0]
        if feed { context["feed"] = marks[1].0; context["feedTitle"] = "Atom feed: " + marks[0].0 }
        var pieces: [LayoutPiece] = [.text(render("layout", context))]
        for (mark, piece) in marks {
            pieces = pieces.flatMap { existing -> [LayoutPiece] in
                guard case .text(let text) = existing else { return [existing] }
                let parts = text.components(separatedBy: mark)
                return parts.enumerated().flatMap { index, part in index == 0 ? [LayoutPiece.text(part)] : [piece, .text(part)] }
            }
        }
        return pieces
    }

    static let all: [String: String] = [
        "layout": layout, "search": search, "document": document, "meetings": meetings, "meeting": meeting,
        "questions": questions, "question": question, "topics": topics, "brief": brief, "asked": asked, "error": error,
    ]

    static let style = """
        :root { color: #1b1b1b; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        body { margin: 0 auto; max-width: 64rem; padding: 0 1rem 3rem; }
        a { color: #0b4f9c; } a:visited { color: #5b2a86; }
        a:focus, button:focus, input:focus, select:focus { outline: 3px solid #c75000; outline-offset: 2px; }
        .skip { position: absolute; left: -9999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        header nav { display: flex; flex-wrap: wrap; gap: 1rem; padding: .75rem 0; border-bottom: 1px solid #767676; }
        header nav a { font-weight: 600; }
        form.query { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
        form.query label { display: flex; flex-direction: column; font-size: .9rem; font-weight: 600; }
        input, select, button, textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #595959; border-radius: 3px; }
        button { background: #0b4f9c; color: #fff; border-color: #0b4f9c; cursor: pointer; }
        .layout { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; }
        @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
        .facets h3 { font-size: 1rem; margin: 1rem 0 .25rem; } .facets ul { list-style: none; padding: 0; margin: 0; }
        .count { color: #595959; font-size: .85rem; }
        .hit, .question { border-top: 1px solid #d0d0d0; padding: .75rem 0; }
        .meta { color: #4a4a4a; font-size: .9rem; margin: .15rem 0; }
        mark { background: #ffe066; color: #1b1b1b; padding: 0 .1em; }
        .passage { padding: .4rem .6rem; margin: .2rem 0; border-left: 4px solid transparent; scroll-margin-top: 2rem; }
        .passage.linked, .passage:target { border-left-color: #c75000; background: #fff4e0; }
        .status { font-weight: 600; } .status-deferred { color: #8a4b00; } .status-unanswered, .status-no_information { color: #a00000; }
        .note { background: #eef4fb; padding: .5rem .75rem; border-left: 4px solid #0b4f9c; }
        .error { background: #fdecec; padding: .5rem .75rem; border-left: 4px solid #a00000; }
        table { border-collapse: collapse; } th, td { border: 1px solid #b0b0b0; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        .pages { display: flex; gap: 1rem; margin: 1rem 0; } .downloads { font-size: .9rem; }
        @media print {
          header, form, .facets, .pages, .downloads, .no-print { display: none !important; }
          body { max-width: none; font: 11pt/1.4 Georgia, "Times New Roman", serif; color: #000; }
          .layout { display: block; } a { color: #000; text-decoration: none; }
          h1, h2, h3 { page-break-after: avoid; } li, .question { page-break-inside: avoid; }
          .cite { font-size: 9pt; color: #333; }
        }
        """

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} — minutebook</title>
        <style>{{{style}}}</style>
        {{#feed}}<link rel="alternate" type="application/atom+xml" title="{{feedTitle}}" href="{{feed}}">{{/feed}}
        </head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>
        <header><nav aria-label="Main">
        <a href="/">minutebook</a><a href="/search">Search</a><a href="/meetings">Meetings</a><a href="/questions">Questions</a><a href="/topics">Topics and briefs</a><a href="/asked">Asked before?</a>
        </nav></header>
        <main id="main">
        {{{body}}}
        </main>
        </body>
        </html>

        """

    static let search = """
        <h1>{{heading}}</h1>
        <form class="query" method="get" action="/search" role="search">
        <label for="q">Search the minutes <input id="q" name="q" type="search" size="40" value="{{q}}"></label>
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        <label for="from">From <input id="from" name="from" type="date" value="{{from}}"></label>
        <label for="to">To <input id="to" name="to" type="date" value="{{to}}"></label>
        <label for="sort">Order <select id="sort" name="sort">{{#sorts}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/sorts}}</select></label>
        <label for="view">Show <select id="view" name="view"><option value="passages"{{^byMeeting}} selected{{/byMeeting}}>passages</option><option value="meetings"{{#byMeeting}} selected{{/byMeeting}}>by meeting</option></select></label>
        <button type="submit">Search</button>
        </form>
        <p class="meta">Words must all match (stemmed); "quoted phrases" exactly; OR for alternatives; -word leaves passages out; word* matches a prefix. An acronym or topic name (FGM, MASH) also finds its other names.</p>
        {{#notes}}<p class="note">{{.}}</p>{{/notes}}
        {{#expanded}}<p class="note">Also searched the other names of: {{expanded}}.</p>{{/expanded}}
        {{#active}}<p>Filters: {{#filters}}<a href="{{remove}}" aria-label="Remove filter {{label}}">{{label}} ✕</a> {{/filters}}</p>{{/active}}
        {{#asked}}
        <div class="layout">
        <aside class="facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading">Narrow down</h2>
        {{#facets}}<h3>{{name}}</h3><ul>{{#values}}<li><a href="{{href}}">{{label}}</a> <span class="count">({{count}})</span></li>{{/values}}</ul>{{/facets}}
        {{^facets}}<p>Nothing to narrow.</p>{{/facets}}
        </aside>
        <section aria-labelledby="results-heading">
        <h2 id="results-heading">{{resultsHeading}}</h2>
        {{#empty}}<p>No passages match {{understood}}.</p>{{/empty}}
        {{#hasSuggestions}}<p>Did you mean: {{#suggestions}}<a href="{{href}}">{{word}}</a> {{/suggestions}}?</p>{{/hasSuggestions}}
        {{#hits}}
        <article class="hit">
        <h3><a href="{{href}}">{{date}} · {{item}}</a></h3>
        <p class="meta">{{panel}} · {{kind}}{{#hasSpeaker}} · speaker: {{speaker}}{{/hasSpeaker}}{{#hasTopics}} · topics: {{topics}}{{/hasTopics}}{{#synonym}} · matched a synonym{{/synonym}}</p>
        <p>{{{snippet}}}</p>
        <p class="meta">{{location}}{{#hasSource}} · <a href="{{source}}">original</a>{{/hasSource}}</p>
        </article>
        {{/hits}}
        {{#groups}}
        <article class="hit">
        <h3><a href="{{href}}">{{date}}</a> · {{panel}}</h3>
        <p class="meta">{{count}} · {{titles}}</p>
        <p>{{{snippet}}}</p>
        </article>
        {{/groups}}
        <nav class="pages" aria-label="Pages">{{#previous}}<a href="{{previous}}" rel="prev">Previous page</a>{{/previous}}<span>Page {{page}}</span>{{#next}}<a href="{{next}}" rel="next">Next page</a>{{/next}}</nav>
        <p class="downloads">Download: <a href="{{csv}}">CSV</a> · <a href="{{json}}">JSON</a> · <a href="{{atom}}">Atom feed of what is new</a></p>
        </section>
        </div>
        {{/asked}}
        {{^asked}}
        <h2>Topics</h2>
        <ul>{{#topicList}}<li><a href="{{href}}">{{name}}</a> <span class="count">({{passages}} passages)</span></li>{{/topicList}}</ul>
        {{/asked}}

        """

    static let document = """
        <h1>{{title}}</h1>
        <p class="meta">{{panel}} · meeting of {{date}} · {{kind}}{{#format}} · read from {{format}}{{/format}}</p>
        <p class="meta">File: {{path}}{{#source}} · source: <a href="{{source}}">{{source}}</a>{{/source}}</p>
        <p class="no-print"><a href="{{meetingHref}}">The whole meeting</a> · <a href="{{json}}">JSON</a></p>
        {{#items}}
        <section aria-labelledby="item-{{index}}">
        <h2 id="item-{{index}}">{{heading}}</h2>
        {{#passages}}
        <div class="passage" id="passage-{{id}}">
        {{#section}}<p class="meta">§ {{section}}</p>{{/section}}
        <p>{{#speaker}}<strong>{{speaker}}:</strong> {{/speaker}}{{text}}</p>
        <p class="meta">line {{line}}{{#page}}, page {{page}}{{/page}}{{#topics}} · topics: {{topics}}{{/topics}} · <a href="#passage-{{id}}">link</a></p>
        </div>
        {{/passages}}
        {{#hasQuestions}}<h3>Member questions</h3>{{/hasQuestions}}
        {{#questions}}{{> question}}{{/questions}}
        </section>
        {{/items}}

        """

    static let question = """
        <div class="question" id="question-{{id}}">
        <p><strong>{{asker}}</strong> asked: {{question}}</p>
        <p>{{#respondent}}<strong>{{respondent}}:</strong> {{/respondent}}{{answer}}</p>
        <p class="meta"><span class="status status-{{status}}">{{statusLabel}}</span>{{#topics}} · topics: {{topics}}{{/topics}}{{#where}} · <a href="{{href}}">{{where}}</a>{{/where}}{{#source}} · <a href="{{source}}">original</a>{{/source}}</p>
        </div>

        """

    static let meetings = """
        <h1>Meetings</h1>
        <p>{{count}} meetings, oldest first.</p>
        <ul>{{#meetings}}<li><a href="{{href}}">{{date}}</a> · {{panel}} · {{documents}}</li>{{/meetings}}</ul>

        """

    static let meeting = """
        <h1>{{heading}}</h1>
        <p class="meta">{{panel}}</p>
        {{#documents}}
        <section aria-labelledby="doc-{{id}}">
        <h2 id="doc-{{id}}"><a href="{{href}}">{{path}}</a> ({{kind}})</h2>
        <ol>{{#items}}<li>{{heading}}{{#passages}} <span class="count">({{passages}} passages)</span>{{/passages}}</li>{{/items}}</ol>
        {{#hasQuestions}}<h3>Member questions</h3>{{/hasQuestions}}
        {{#questions}}{{> question}}{{/questions}}
        </section>
        {{/documents}}

        """

    static let questions = """
        <h1>Member questions</h1>
        <form class="query" method="get" action="/questions">
        <label for="q">Words <input id="q" name="q" type="search" value="{{q}}"></label>
        <label for="topic">Topic <select id="topic" name="topic"><option value="">any</option>{{#topicOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/topicOptions}}</select></label>
        <label for="respondent">Answered by <select id="respondent" name="respondent"><option value="">anyone</option>{{#respondents}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/respondents}}</select></label>
        <label for="asker">Asked by <input id="asker" name="asker" value="{{asker}}" size="12"></label>
        <label for="status">Status <select id="status" name="status"><option value="">any</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></label>
        <label for="from">From <input id="from" name="from" type="date" value="{{from}}"></label>
        <label for="to">To <input id="to" name="to" type="date" value="{{to}}"></label>
        <button type="submit">Show</button>
        </form>
        {{#notes}}<p class="note">{{.}}</p>{{/notes}}
        <h2>{{resultsHeading}}</h2>
        {{#hasSuggestions}}<p>Did you mean: {{#suggestions}}<a href="{{href}}">{{word}}</a> {{/suggestions}}?</p>{{/hasSuggestions}}
        {{#questions}}{{> question}}{{/questions}}
        <p class="downloads">Download: <a href="{{csv}}">CSV</a> · <a href="{{json}}">JSON</a></p>

        """

    static let topics = """
        <h1>Topics</h1>
        <table>
        <caption>Topics, with what the index holds on each</caption>
        <thead><tr><th scope="col">Topic</th><th scope="col">Passages</th><th scope="col">Questions</th><th scope="col">Meetings</th><th scope="col">Brief</th><th scope="col">Feed</th></tr></thead>
        <tbody>{{#topics}}<tr><th scope="row"><a href="{{searchHref}}">{{name}}</a></th><td>{{passages}}</td><td>{{questions}}</td><td>{{meetings}}</td><td><a href="{{briefHref}}">brief on {{name}}</a></td><td><a href="{{feedHref}}">Atom</a></td></tr>{{/topics}}</tbody>
        </table>

        """

    static let brief = """
        <h1>Brief: {{topic}}{{scope}}</h1>
        <form class="query" method="get" action="{{action}}">
        <label for="from">From <input id="from" name="from" type="date" value="{{from}}"></label>
        <label for="to">To <input id="to" name="to" type="date" value="{{to}}"></label>
        <button type="submit">Limit the brief</button>
        </form>
        <p class="no-print">Print this page for a briefing note · <a href="{{json}}">JSON</a></p>
        <h2>At a glance</h2>
        {{#nothing}}<p>Nothing in the index is tagged {{topic}}{{scope}}.</p>{{/nothing}}
        {{^nothing}}
        <ul><li>{{glance}}</li><li>First came up: {{first}}; last: {{last}}</li><li>Documents: {{documents}}</li></ul>
        <h2>Timeline</h2>
        {{#timeline}}<h3>{{date}}{{#panel}} — {{panel}}{{/panel}}</h3><p><em>{{titles}}</em></p><ul>{{#quotes}}<li>{{#speaker}}<strong>{{speaker}}:</strong> {{/speaker}}{{text}} <span class="cite">[{{citation}}]</span></li>{{/quotes}}</ul>{{/timeline}}
        <h2>Questions asked and answers given</h2>
        {{^questions}}<p>No member questions on this topic.</p>{{/questions}}
        <ol>{{#questions}}<li><strong>{{asker}}</strong> ({{date}}): {{question}}<br>{{answer}} <span class="cite">[{{citation}}]</span></li>{{/questions}}</ol>
        <h2>Commitments to follow up</h2>
        {{^commitments}}<p>No undertakings recorded on this topic.</p>{{/commitments}}
        <ul>{{#commitments}}<li><strong>{{who}}</strong> ({{date}}): {{what}} <span class="cite">[{{citation}}]</span><ul>{{#later}}<li>Later mention: {{text}} <span class="cite">[{{citation}}]</span></li>{{/later}}{{^later}}<li>Later mention: none found in later meetings on this topic.</li>{{/later}}</ul></li>{{/commitments}}</ul>
        <h2>Figures from reports</h2>
        {{^figures}}<p>No figures recorded on this topic.</p>{{/figures}}
        <ul>{{#figures}}<li>{{text}} <span class="cite">[{{citation}}]</span></li>{{/figures}}</ul>
        <h2>Answers promised for later: to chase</h2>
        {{^deferred}}<p>None recorded.</p>{{/deferred}}
        <ul>{{#deferred}}<li>{{text}} <span class="cite">[{{citation}}]</span></li>{{/deferred}}</ul>
        <h2>Gaps: answers that gave no information</h2>
        {{^gaps}}<p>None recorded.</p>{{/gaps}}
        <ul>{{#gaps}}<li>{{text}} <span class="cite">[{{citation}}]</span></li>{{/gaps}}</ul>
        {{/nothing}}

        """

    static let asked = """
        <h1>Has this been asked before?</h1>
        <form class="query" method="get" action="/asked">
        <label for="draft">Your draft question <textarea id="draft" name="draft" rows="3" cols="60">{{draft}}</textarea></label>
        <button type="submit">Check</button>
        </form>
        {{#checked}}
        {{#topics}}<p class="note">The draft is about: {{topics}}.</p>{{/topics}}
        <h2>{{resultsHeading}}</h2>
        {{#matches}}{{#question}}{{> question}}{{/question}}<p class="meta">{{why}}</p>{{/matches}}
        {{/checked}}

        """

    static let error = """
        <h1>{{heading}}</h1>
        <p class="error" role="alert">{{message}}</p>
        <p><a href="/search">Back to search</a></p>

        """
}

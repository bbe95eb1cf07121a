import Foundation
import MinutebookKit

/// What a route answers: a page, a machine-readable document, or a redirect.
public enum Output: Sendable {
    case page(title: String, body: String, feed: String? = nil)
    case json(String)
    case csv(name: String, text: String)
    case atom(String)
}

/// The format asked for: by the address's suffix, else by `Accept`.
public enum Format: String, Sendable {
    case html, json, csv, atom
}

/// The pages, each a function of the parameters: nothing here knows HTTP.
public struct Pages: Sendable {
    public let site: Site

    public init(site: Site) { self.site = site }

    // MARK: shared pieces

    static func clean(_ text: String?) -> String { TerminalSafe.clean(text ?? "") }

    /// An address to link to: only `http(s)://` ones, so a document cannot put a `javascript:` link on a page.
    static func link(_ address: String?) -> String? {
        guard let address, address.lowercased().hasPrefix("https://") || address.lowercased().hasPrefix("http://") else { return nil }
        return TerminalSafe.clean(address)
    }

    static func itemLabel(_ source: SourceRef) -> String {
        switch (source.item, source.title) {
        case (let n?, let t?): "item \(n): \(t)"
        case (let n?, nil): "item \(n)"
        case (nil, let t?): t
        case (nil, nil): "item unknown"
        }
    }

    func resolveTopics(_ names: [String], _ r: Reader) throws -> [String] {
        if names.isEmpty { return [] }
        do { return try Searcher(store: r.store).resolveTopics(names) } catch let error as SearchError { throw BadRequest(error.localizedDescription) }
    }

    func passageHref(_ hit: PassageHit, ids: [String: Int64]) -> String {
        guard let id = ids[hit.source.path] else { return "/search" }
        return "/documents/\(id)?passage=\(hit.id)#passage-\(hit.id)"
    }

    func questionContext(_ hit: QuestionHit, ids: [String: Int64]) -> [String: Any] {
        var c: [String: Any] = [
            "id": hit.id, "asker": Self.clean(hit.asker),
            "question": hit.question.isEmpty ? "(question not recorded)" : Self.clean(hit.question),
            "answer": hit.status == .unanswered ? "(no answer recorded)" : Self.clean(hit.answer),
            "status": hit.status.rawValue, "statusLabel": Self.statusLabel(hit.status),
            "where": Self.clean((hit.source.meetingDate ?? "date unknown") + " · " + (hit.source.body ?? "panel unknown") + " · " + Self.itemLabel(hit.source)),
            "href": ids[hit.source.path].map { "/documents/\($0)#question-\(hit.id)" } ?? "/questions",
        ]
        if let respondent = hit.respondent, hit.status != .unanswered { c["respondent"] = Self.clean(respondent) }
        if !hit.topics.isEmpty { c["topics"] = hit.topics.joined(separator: ", ") }
        if let source = Self.link(hit.source.sourceURL) { c["source"] = source }
        return c
    }

    static func statusLabel(_ status: AnswerStatus) -> String {
        switch status {
        case .answered: "answered"
        case .unanswered: "no answer recorded"
        case .noInformation: "the answer gave no information: a follow-up candidate"
        case .deferred: "deferred: an answer was promised for later, one to chase"
        }
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    // MARK: search

    struct SearchRequest {
        var text: String
        var options: SearchOptions
        var page: Int
        var per: Int
        var byMeeting: Bool
    }

    func searchRequest(_ p: Parameters, _ r: Reader) throws -> SearchRequest {
        let text = p.get("q") ?? ""
        var filters = Filters(topics: try resolveTopics(p.all("topic"), r), from: try p.date("from"), to: try p.date("to"))
        if let from = filters.from, let to = filters.to, from > to { throw BadRequest("from \(from) is after to \(to)") }
        if let kind = try p.choice("kind", DocumentKind.allCases.map(\.rawValue)) { filters.kind = DocumentKind(rawValue: kind) }
        filters.speaker = p.get("speaker")
        filters.body = p.get("panel")
        let per = try p.int("per", in: 1...100, default: 10)
        let page = try p.int("page", in: 1...1_000, default: 1)
        let sort = try p.choice("sort", ResultOrder.allCases.map(\.rawValue)).flatMap(ResultOrder.init(rawValue:))
        let view = try p.choice("view", ["passages", "meetings"])
        let queryless = text.trimmingCharacters(in: .whitespaces).isEmpty
        let byMeeting = view == "meetings"
        let options = SearchOptions(
            filters: filters, limit: byMeeting ? 10_000 : per * page, sort: sort ?? (queryless ? .oldest : nil), raw: false, expand: p.get("expand") != "no")
        return SearchRequest(text: text, options: options, page: page, per: per, byMeeting: byMeeting)
    }

    func runSearch(_ request: SearchRequest, _ r: Reader) throws -> SearchResult {
        do { return try Searcher(store: r.store).search(request.text, options: request.options) } catch let error as SearchError {
            throw BadRequest(error.localizedDescription)
        }
    }

    /// `/search`: the form, facets, hits (or meetings), paging. `.json` is the CLI's `search --json` (with
    /// `--limit per`), `.csv` the same hits as rows.
    public func search(_ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        let asked = p.get("q") != nil || !p.all("topic").isEmpty
        if !asked && format == .html { return try searchForm(p, r) }
        var request = try searchRequest(p, r)
        // The page's facets (the best 500 matches) come from the same ranking as its hits.
        if format == .html { request.options.facets = Self.facetMatches }
        let result = try runSearch(request, r)
        let pageHits = Array(result.hits.dropFirst((request.page - 1) * request.per).prefix(request.per))
        let groups =
            request.byMeeting
            ? Array(
                MeetingGroup.group(result.hits, newestFirst: request.options.sort == .newest).dropFirst((request.page - 1) * request.per).prefix(request.per))
            : []
        switch format {
        case .json: return .json(request.byMeeting ? try JSONText.encode(groups) : try JSONText.encode(pageHits))
        case .csv:
            var text = CSV.row(["meeting_date", "panel", "item", "title", "kind", "speaker", "topics", "text", "document", "line", "page", "source_url"])
            for hit in pageHits {
                let s = hit.source
                text += CSV.row([
                    s.meetingDate ?? "", s.body ?? "", s.item ?? "", s.title ?? "", s.kind.rawValue, hit.speaker ?? "", hit.topics.joined(separator: ", "),
                    hit.text, s.path, String(s.line), s.page.map(String.init) ?? "", s.sourceURL ?? "",
                ])
            }
            return .csv(name: "minutebook-search.csv", text: text)
        case .atom: throw NotFound("no feed at this address: try /feeds/search.atom?q=…")
        case .html: break
        }

        let ids = try r.documentIDs()
        var c: [String: Any] = [
            "heading": "Search", "q": Self.clean(p.get("q")), "asked": true, "understood": Self.clean(result.understood),
            "from": request.options.filters.from ?? "", "to": request.options.filters.to ?? "",
        ]
        c["hidden"] = p.pairs.filter { ["topic", "kind", "speaker", "panel", "per"].contains($0.0) && !$0.1.isEmpty }.map {
            ["name": $0.0, "value": Self.clean($0.1)]
        }
        c["sorts"] = [("", "best match first"), ("oldest", "oldest first"), ("newest", "newest first")].map { value, label in
            ["value": value, "label": label, "selected": (p.get("sort") ?? "") == value] as [String: Any]
        }
        c["byMeeting"] = request.byMeeting
        c["notes"] = result.notes.map(Self.clean)
        if !result.expandedTopics.isEmpty { c["expanded"] = result.expandedTopics.joined(separator: ", ") }
        var filters: [[String: Any]] = []
        for key in ["topic", "panel", "kind", "speaker", "from", "to"] {
            for value in p.all(key) { filters.append(["label": Self.clean("\(key): \(value)"), "remove": p.removing(key, value: value).href("/search")]) }
        }
        if !filters.isEmpty { c["active"] = true; c["filters"] = filters }
        // When the page's search found every match (fewer than it asked for), the facets count those; else the best 500.
        c["facets"] = try facets(request, p, counted: result.facets, complete: result.hits.count < request.options.limit ? result.hits : nil, r)
        c["empty"] = result.hits.isEmpty
        if !result.suggestions.isEmpty {
            c["hasSuggestions"] = true
            c["suggestions"] = result.suggestions.map { ["word": Self.clean($0), "href": p.setting("q", $0).href("/search")] }
        }
        if request.byMeeting {
            c["groups"] = groups.map { g -> [String: Any] in
                var href = "/meetings"
                if let id = ids[g.best.source.path] { href = "/meetings/\(id)" }
                return [
                    "date": g.meetingDate ?? "date unknown", "panel": Self.clean(g.body ?? "panel unknown"), "count": Self.plural(g.hits, "hit"),
                    "titles": Self.clean(g.titles.joined(separator: "; ")), "snippet": HTML.snippet(g.best.snippet), "href": href,
                ]
            }
            c["resultsHeading"] = Self.plural(MeetingGroup.group(result.hits).count, "meeting")
        } else {
            c["hits"] = pageHits.map { hit -> [String: Any] in
                var h: [String: Any] = [
                    "href": passageHref(hit, ids: ids), "date": hit.source.meetingDate ?? "date unknown", "item": Self.clean(Self.itemLabel(hit.source)),
                    "panel": Self.clean(hit.source.body ?? "panel unknown"), "kind": hit.source.kind.rawValue, "snippet": HTML.snippet(hit.snippet),
                    "location": Self.clean(hit.source.location), "synonym": hit.match == .expanded,
                ]
                // Optional parts behind a flag of the hit's own: a section over a string would make swift-mustache
                // reflect on the string, and a missing key would send it up to the page's context.
                if let speaker = hit.speaker { h["speaker"] = Self.clean(speaker) }
                if !hit.topics.isEmpty { h["topics"] = hit.topics.joined(separator: ", ") }
                if let source = Self.link(hit.source.sourceURL) { h["source"] = source }
                h["hasSpeaker"] = h["speaker"] != nil
                h["hasTopics"] = h["topics"] != nil
                h["hasSource"] = h["source"] != nil
                return h
            }
            let first = (request.page - 1) * request.per
            c["resultsHeading"] = pageHits.isEmpty ? "No results" : "Results \(first + 1)–\(first + pageHits.count)"
        }
        c["page"] = request.page
        if request.page > 1 { c["previous"] = p.withPage(request.page - 1).href("/search") }
        let shown = request.byMeeting ? MeetingGroup.group(result.hits).count : result.hits.count
        if shown > request.page * request.per || (!request.byMeeting && result.hits.count == request.per * request.page) {
            c["next"] = p.withPage(request.page + 1).href("/search")
        }
        c["csv"] = p.href("/search.csv")
        c["json"] = p.href("/search.json")
        let feed = Parameters(pairs: p.pairs.filter { ["q", "topic", "panel", "kind", "speaker"].contains($0.0) }).href("/feeds/search.atom")
        c["atom"] = feed
        return .page(title: "Search: " + (p.get("q") ?? p.all("topic").joined(separator: ", ")), body: Templates.render("search", c), feed: feed)
    }

    /// How many of the best matches the facets count.
    public static let facetMatches = 500

    /// Facet counts over the best 500 matches: topic, panel, year, kind, speaker — as the search counted them
    /// (`counted`), else over its hits when they are all the matches (`complete`), else counted again.
    func facets(_ request: SearchRequest, _ p: Parameters, counted: SearchFacets?, complete: [PassageHit]?, _ r: Reader) throws -> [[String: Any]] {
        let counts: SearchFacets
        if let complete {
            counts = SearchFacets(complete)
        } else if let counted {
            counts = counted
        } else {
            do {
                counts = try Searcher(store: r.store).facets(request.text, options: request.options, limit: Self.facetMatches)
            } catch let error as SearchError {
                throw BadRequest(error.localizedDescription)
            }
        }
        func facet(_ name: String, _ key: String, _ counts: [String: Int], href: (String) -> String) -> [String: Any]? {
            let selected = Set(p.all(key))
            let rows = counts.filter { !selected.contains($0.key) }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(12)
            guard !rows.isEmpty else { return nil }
            return ["name": name, "values": rows.map { ["label": Self.clean($0.key), "count": $0.value, "href": href($0.key)] }]
        }
        var out: [[String: Any]] = []
        if let f = facet("Topic", "topic", counts.topics, href: { p.setting("topic", $0, adding: true).href("/search") }) { out.append(f) }
        if let f = facet("Panel", "panel", counts.panels, href: { p.setting("panel", $0).href("/search") }) { out.append(f) }
        if let f = facet("Year", "year", counts.years, href: { p.setting("from", "\($0)-01-01").setting("to", "\($0)-12-31").href("/search") }) {
            out.append(f)
        }
        if let f = facet("Kind", "kind", counts.kinds, href: { p.setting("kind", $0).href("/search") }) { out.append(f) }
        if let f = facet("Speaker", "speaker", counts.speakers, href: { p.setting("speaker", $0).href("/search") }) { out.append(f) }
        return out
    }

    func searchForm(_ p: Parameters, _ r: Reader) throws -> Output {
        let counts = try r.topicCounts()
        let c: [String: Any] = [
            "heading": "Search what the panel was told and asked", "q": "", "asked": false, "hidden": [[String: Any]](),
            "sorts": [
                ["value": "", "label": "best match first", "selected": true] as [String: Any], ["value": "oldest", "label": "oldest first"],
                ["value": "newest", "label": "newest first"],
            ],
            "topicList": counts.map {
                ["name": Self.clean($0.name), "passages": $0.passages, "href": Parameters(pairs: [("topic", $0.id)]).href("/search")] as [String: Any]
            },
        ]
        return .page(title: "Search", body: Templates.render("search", c))
    }

    // MARK: documents and meetings

    public func document(id text: String, _ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        guard let id = Int64(text), id > 0 else { throw BadRequest("a document id is a whole number, not '\(text)'") }
        let linked = try p.int("passage", in: 1...Int.max, default: 0)
        if format == .json {
            guard let document = try r.store.document(id: id) else { throw NotFound("no document \(id) in the index") }
            return .json(try JSONText.encode(document))
        }
        guard format == .html else { throw NotFound("no such format for a document") }
        // A document's page is the same until the index changes, but for the linked passage: made once, kept,
        // and the linked passage marked in a copy (as the template marks it).
        let page = try r.page("document/\(id)") { try documentPage(id: id, r) }
        guard linked > 0, case .page(let title, let body, let feed) = page else { return page }
        let plain = "<div class=\"passage\" id=\"passage-\(linked)\">"
        let marked = "<div class=\"passage linked\" id=\"passage-\(linked)\" tabindex=\"-1\" aria-current=\"true\">"
        return .page(title: title, body: body.replacingOccurrences(of: plain, with: marked), feed: feed)
    }

    /// A document's page with no passage linked.
    func documentPage(id: Int64, _ r: Reader) throws -> Output {
        guard let document = try r.store.document(id: id) else { throw NotFound("no document \(id) in the index") }
        var c: [String: Any] = [
            "title": Self.clean(document.fileName), "panel": Self.clean(document.body ?? "panel unknown"), "date": document.meetingDate ?? "date unknown",
            "kind": document.kind, "path": Self.clean(document.path), "json": "/documents/\(id).json", "meetingHref": "/meetings/\(id)",
        ]
        if let format = document.format { c["format"] = format }
        if let source = Self.link(document.sourceURL) { c["source"] = source }
        c["items"] = document.items.enumerated().map { index, item -> [String: Any] in
            var i: [String: Any] = ["index": index + 1, "heading": Self.clean(item.heading), "hasQuestions": !item.questions.isEmpty]
            i["passages"] = item.passages.map { passage -> [String: Any] in
                var d: [String: Any] = ["id": passage.id, "text": Self.clean(passage.text), "line": passage.line]
                if let page = passage.page { d["page"] = page }
                if let section = passage.section { d["section"] = Self.clean(section) }
                if let speaker = passage.speaker { d["speaker"] = Self.clean(speaker) }
                if !passage.topics.isEmpty { d["topics"] = passage.topics.joined(separator: ", ") }
                return d
            }
            i["questions"] = item.questions.map { q -> [String: Any] in
                var d: [String: Any] = [
                    "id": q.id, "asker": Self.clean(q.asker), "question": q.question.isEmpty ? "(question not recorded)" : Self.clean(q.question),
                    "answer": q.status == .unanswered ? "(no answer recorded)" : Self.clean(q.answer),
                    "status": q.status.rawValue, "statusLabel": Self.statusLabel(q.status),
                ]
                if let r = q.respondent, q.status != .unanswered { d["respondent"] = Self.clean(r) }
                if !q.topics.isEmpty { d["topics"] = q.topics.joined(separator: ", ") }
                d["where"] = "line \(q.line)" + (q.page.map { ", page \($0)" } ?? "")
                d["href"] = "#question-\(q.id)"
                return d
            }
            return i
        }
        return .page(title: document.fileName, body: Templates.render("document", c))
    }

    public func meetings(_ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        if format == .json { return .json(try JSONText.encode(try r.store.meetings())) }
        guard format == .html else { throw NotFound("no such format for meetings") }
        return try r.page("meetings") { try meetingsPage(r) }
    }

    func meetingsPage(_ r: Reader) throws -> Output {
        let meetings = try r.store.meetings()
        let c: [String: Any] = [
            "count": meetings.count,
            "meetings": meetings.map { m -> [String: Any] in
                [
                    "date": m.meetingDate ?? "date unknown", "panel": Self.clean(m.body ?? "panel unknown"), "href": "/meetings/\(m.documents[0].id)",
                    "documents": Self.plural(m.documents.count, "document"),
                ]
            },
        ]
        return .page(title: "Meetings", body: Templates.render("meetings", c))
    }

    /// A meeting, named by any of its documents' ids.
    public func meeting(id text: String, _ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        guard let id = Int64(text), id > 0 else { throw BadRequest("a meeting is named by a document id, a whole number, not '\(text)'") }
        if format == .json {
            guard let (_, documents) = try r.store.meeting(containing: id) else { throw NotFound("no meeting with document \(id) in the index") }
            return .json(try JSONText.encode(documents))
        }
        guard format == .html else { throw NotFound("no such format for a meeting") }
        return try r.page("meeting/\(id)") { try meetingPage(id: id, r) }
    }

    func meetingPage(id: Int64, _ r: Reader) throws -> Output {
        guard let (meeting, documents) = try r.store.meeting(containing: id) else { throw NotFound("no meeting with document \(id) in the index") }
        let c: [String: Any] = [
            "heading": "Meeting of " + (meeting.meetingDate ?? "unknown date"), "panel": Self.clean(meeting.body ?? "panel unknown"),
            "documents": documents.map { d -> [String: Any] in
                let questions = d.items.flatMap(\.questions)
                return [
                    "id": d.id, "href": "/documents/\(d.id)", "path": Self.clean(d.path), "kind": d.kind, "hasQuestions": !questions.isEmpty,
                    "items": d.items.map { ["heading": Self.clean($0.heading), "passages": $0.passages.count] as [String: Any] },
                    "questions": questions.map { q -> [String: Any] in
                        var x: [String: Any] = [
                            "id": q.id, "asker": Self.clean(q.asker), "question": Self.clean(q.question.isEmpty ? "(question not recorded)" : q.question),
                            "answer": q.status == .unanswered ? "(no answer recorded)" : Self.clean(q.answer), "status": q.status.rawValue,
                            "statusLabel": Self.statusLabel(q.status), "where": "in the document", "href": "/documents/\(d.id)#question-\(q.id)",
                        ]
                        if let r = q.respondent, q.status != .unanswered { x["respondent"] = Self.clean(r) }
                        return x
                    },
                ]
            },
        ]
        return .page(title: "Meeting of " + (meeting.meetingDate ?? "unknown date"), body: Templates.render("meeting", c))
    }

    // MARK: questions

    public func questions(_ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        let topics = try resolveTopics(p.all("topic"), r)
        let from = try p.date("from"), to = try p.date("to")
        if let from, let to, from > to { throw BadRequest("from \(from) is after to \(to)") }
        let respondent = try p.choice("respondent", QuestionSearcher.roles)
        let statuses = try p.all("status").map { value -> AnswerStatus in
            guard let status = AnswerStatus(rawValue: value.lowercased().replacingOccurrences(of: "-", with: "_")) else {
                throw BadRequest("status must be one of: \(AnswerStatus.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'")
            }
            return status
        }
        let limit = try p.int("limit", in: 1...10_000, default: 1_000)
        let sort = try p.choice("sort", ResultOrder.allCases.map(\.rawValue)).flatMap(ResultOrder.init(rawValue:))
        let options = QuestionOptions(
            filters: Filters(topics: topics, from: from, to: to), respondentRole: respondent.flatMap { Role(flag: $0) }, asker: p.get("asker"),
            statuses: statuses, limit: limit, sort: sort, expand: p.get("expand") != "no")
        let result: QuestionResult
        do { result = try QuestionSearcher(store: r.store).search(p.get("q") ?? "", options: options) } catch let error as SearchError {
            throw BadRequest(error.localizedDescription)
        }
        switch format {
        case .json: return .json(try JSONText.encode(result.hits))
        case .csv:
            var text = CSV.row([
                "meeting_date", "panel", "item", "asker", "question", "respondent", "answer", "status", "topics", "document", "line", "page", "source_url",
            ])
            for hit in result.hits {
                let s = hit.source
                text += CSV.row([
                    s.meetingDate ?? "", s.body ?? "", Self.itemLabel(s), hit.asker, hit.question, hit.respondent ?? "", hit.answer, hit.status.rawValue,
                    hit.topics.joined(separator: ", "), s.path, String(s.line), s.page.map(String.init) ?? "", s.sourceURL ?? "",
                ])
            }
            return .csv(name: "minutebook-questions.csv", text: text)
        case .atom: throw NotFound("no feed of questions")
        case .html: break
        }
        let ids = try r.documentIDs()
        let counts = try r.topicCounts()
        var c: [String: Any] = [
            "q": Self.clean(p.get("q")), "asker": Self.clean(p.get("asker")), "from": from ?? "", "to": to ?? "",
            "topicOptions": counts.map { ["value": $0.id, "label": Self.clean($0.name), "selected": topics.contains($0.id)] as [String: Any] },
            "respondents": QuestionSearcher.roles.map { ["value": $0, "selected": $0 == respondent] as [String: Any] },
            "statuses": AnswerStatus.allCases.map {
                ["value": $0.rawValue, "label": $0.rawValue.replacingOccurrences(of: "_", with: " "), "selected": statuses.contains($0)] as [String: Any]
            },
            "notes": result.notes.map(Self.clean),
            "resultsHeading": result.hits.isEmpty ? "No member questions match" : Self.plural(result.hits.count, "question"),
            "questions": result.hits.map { questionContext($0, ids: ids) },
            "csv": p.href("/questions.csv"), "json": p.href("/questions.json"),
        ]
        if !result.suggestions.isEmpty {
            c["hasSuggestions"] = true
            c["suggestions"] = result.suggestions.map { ["word": Self.clean($0), "href": p.setting("q", $0).href("/questions")] }
        }
        return .page(title: "Member questions", body: Templates.render("questions", c))
    }

    // MARK: topics, brief, asked

    public func topics(_ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        let counts = try r.topicCounts()
        if format == .json { return .json(try JSONText.encode(counts)) }
        guard format == .html else { throw NotFound("no such format for topics") }
        let c: [String: Any] = [
            "topics": counts.map { t -> [String: Any] in
                [
                    "name": Self.clean(t.name), "passages": t.passages, "questions": t.questions, "meetings": t.meetings,
                    "searchHref": Parameters(pairs: [("topic", t.id)]).href("/search"), "briefHref": "/brief/\(HTML.segment(t.id))",
                    "feedHref": "/feeds/topic/\(HTML.segment(t.id)).atom",
                ]
            }
        ]
        return .page(title: "Topics", body: Templates.render("topics", c))
    }

    public func brief(topic: String, _ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        let from = try p.date("from"), to = try p.date("to")
        let brief: TopicBrief
        do { brief = try BriefBuilder(store: r.store).brief(topic, from: from, to: to) } catch let error as SearchError {
            throw BadRequest(error.localizedDescription)
        }
        if format == .json { return .json(try JSONText.encode(brief)) }
        guard format == .html else { throw NotFound("no such format for a brief") }
        let s = brief.summary
        var scope = ""
        if from != nil || to != nil { scope = " (\(from ?? "start") to \(to ?? "latest"))" }
        func quote(_ q: TopicBrief.Quote) -> [String: Any] {
            var d: [String: Any] = ["text": Self.clean(Self.clip(q.text)), "citation": Self.clean(q.citation)]
            if let speaker = q.speaker { d["speaker"] = Self.clean(speaker) }
            return d
        }
        func asked(_ question: String, _ asker: String?, _ respondent: String?, _ answer: String, _ q: TopicBrief.Quote) -> [String: Any] {
            let lead = question.isEmpty ? "" : "Asked" + (asker.map { " by \($0)" } ?? "") + ": " + question + " — "
            return ["text": Self.clean(lead + (respondent.map { "\($0): " } ?? "") + answer), "citation": Self.clean(q.citation)]
        }
        let c: [String: Any] = [
            "topic": Self.clean(brief.topic.name), "scope": scope, "from": from ?? "", "to": to ?? "", "action": "/brief/\(HTML.segment(brief.topic.id))",
            "json": Parameters(pairs: p.pairs.filter { ["from", "to"].contains($0.0) }).href("/brief/\(HTML.segment(brief.topic.id)).json"),
            "nothing": s.passages == 0 && s.questions == 0,
            "glance": "\(Self.plural(s.meetings, "meeting")), \(Self.plural(s.passages, "passage")), \(Self.plural(s.questions, "member question"))",
            "first": s.firstMeeting ?? "no dated meeting", "last": s.lastMeeting ?? "no dated meeting",
            "documents": Self.clean(s.documents.joined(separator: ", ")),
            "timeline": brief.timeline.map { m -> [String: Any] in
                var d: [String: Any] = [
                    "date": m.meetingDate ?? "Date unknown (undated document)", "titles": Self.clean(m.titles.joined(separator: "; ")),
                    "quotes": m.highlights.map(quote),
                ]
                if let body = m.body { d["panel"] = Self.clean(body) }
                return d
            },
            "questions": brief.questions.map { q -> [String: Any] in
                let answer: String =
                    q.status == .unanswered
                    ? "No answer recorded."
                    : (q.respondent.map { "\($0): " } ?? "") + q.answer
                        + (q.status == .noInformation ? " (no information given)" : "") + (q.status == .deferred ? " (answer promised for later)" : "")
                return [
                    "asker": Self.clean(q.asker), "date": q.source.meetingDate ?? "date unknown",
                    "question": Self.clean(q.question.isEmpty ? "(question not recorded)" : q.question),
                    "answer": Self.clean(answer), "citation": Self.clean(q.source.citation),
                ]
            },
            "commitments": brief.commitments.map { cm -> [String: Any] in
                [
                    "who": Self.clean(cm.who), "date": cm.quote.source.meetingDate ?? "date unknown", "what": Self.clean(cm.what),
                    "citation": Self.clean(cm.quote.citation),
                    "later": cm.followUps.map(quote),
                ]
            },
            "figures": brief.figures.map { f -> [String: Any] in
                let text = f.table.map { t in zip(t.header, t.cells).map { "\($0): \($1)" }.joined(separator: "; ") } ?? f.text
                return ["text": Self.clean(text), "citation": Self.clean(f.quote.citation)]
            },
            "deferred": brief.deferred.map { asked($0.question, $0.asker, $0.respondent, $0.answer, $0.quote) },
            "gaps": brief.gaps.map { asked($0.question, $0.asker, $0.respondent, $0.answer, $0.quote) },
        ]
        return .page(title: "Brief: \(brief.topic.name)", body: Templates.render("brief", c), feed: "/feeds/topic/\(HTML.segment(brief.topic.id)).atom")
    }

    static func clip(_ text: String) -> String { text.count <= 420 ? text : String(text.prefix(420)).trimmingCharacters(in: .whitespaces) + "…" }

    public func asked(_ p: Parameters, format: Format) throws -> Output {
        let r = try site.reader()
        let limit = try p.int("limit", in: 1...1_000, default: 5)
        guard let draft = p.get("draft") else {
            if format == .json { throw BadRequest("give the draft question as draft=…") }
            return .page(title: "Asked before?", body: Templates.render("asked", ["draft": "", "checked": false]))
        }
        let result: (topics: [String], matches: [SimilarQuestion])
        do { result = try AskedBefore(store: r.store).similar(to: draft, limit: limit) } catch let error as SearchError {
            throw BadRequest(error.localizedDescription)
        }
        if format == .json { return .json(try JSONText.encode(result.matches)) }
        guard format == .html else { throw NotFound("no such format for asked") }
        let ids = try r.documentIDs()
        var c: [String: Any] = [
            "draft": Self.clean(draft), "checked": true,
            "resultsHeading": result.matches.isEmpty ? "No similar question has been asked before, as far as the index records." : "Closest past questions",
            "matches": result.matches.map { m -> [String: Any] in
                var why = [String(format: "similarity %.2f", m.similarity)]
                if !m.sharedTopics.isEmpty { why.append("same topic: \(m.sharedTopics.joined(separator: ", "))") }
                if !m.sharedWords.isEmpty { why.append("shared words: \(m.sharedWords.joined(separator: ", "))") }
                return ["question": questionContext(m.question, ids: ids), "why": Self.clean(why.joined(separator: " · "))]
            },
        ]
        if !result.topics.isEmpty { c["topics"] = result.topics.joined(separator: ", ") }
        return .page(title: "Asked before?", body: Templates.render("asked", c))
    }

    // MARK: feeds

    /// What is new since a date, on a topic: passages newest first, as Atom.
    public func topicFeed(topic: String, _ p: Parameters, base: String) throws -> Output {
        let r = try site.reader()
        let topics = try resolveTopics([topic], r)
        let since = try p.date("since")
        let options = SearchOptions(filters: Filters(topics: topics, from: since), limit: try p.int("limit", in: 1...1_000, default: 100), sort: .newest)
        let result = try runSearch(SearchRequest(text: "", options: options, page: 1, per: options.limit, byMeeting: false), r)
        return .atom(try feed(title: "minutebook: \(topic)" + (since.map { " since \($0)" } ?? ""), id: "topic:\(topic)", hits: result.hits, base: base, r))
    }

    /// What is new since a date for a saved query (the search page's parameters).
    public func searchFeed(_ p: Parameters, base: String) throws -> Output {
        let r = try site.reader()
        var request = try searchRequest(p, r)
        request.options.filters.from = try p.date("since") ?? request.options.filters.from
        request.options.sort = .newest
        request.options.limit = try p.int("limit", in: 1...1_000, default: 100)
        if request.text.isEmpty && request.options.filters.topics.isEmpty { throw BadRequest("a feed needs q=… or topic=…") }
        let result = try runSearch(request, r)
        return .atom(
            try feed(
                title: "minutebook: " + (p.get("q") ?? p.all("topic").joined(separator: ", ")), id: "search:" + p.href(""), hits: result.hits, base: base, r))
    }

    func feed(title: String, id: String, hits: [PassageHit], base: String, _ r: Reader) throws -> String {
        let ids = try r.documentIDs()
        let updated = (hits.compactMap(\.source.meetingDate).max() ?? "1970-01-01") + "T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>\(HTML.escape(title))</title>
            <id>urn:minutebook:\(HTML.escape(id))</id>
            <updated>\(updated)</updated>
            <author><name>minutebook</name></author>

            """
        for hit in hits {
            let date = (hit.source.meetingDate ?? "1970-01-01") + "T00:00:00Z"
            xml += """
                <entry>
                <title>\(HTML.escape((hit.source.meetingDate ?? "date unknown") + " · " + Self.itemLabel(hit.source)))</title>
                <id>urn:minutebook:passage:\(hit.id)</id>
                <updated>\(date)</updated>
                <link href="\(HTML.escape(base + passageHref(hit, ids: ids)))"/>
                <summary>\(HTML.escape(hit.snippet.plain))</summary>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}

import Foundation
import Hummingbird
import MinutebookKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The routes: every one a GET that reads; `.json`, `.csv` and `.atom` suffixes (or `Accept: application/json`)
/// choose the format. A bad parameter is a 400 with one line, a missing thing a 404, never a trace.
public enum WebServer {
    public static func router(pages: Pages) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())

        func route(_ path: String, formats: [Format], _ handler: @escaping @Sendable (Parameters, Format, Request, BasicRequestContext) throws -> Output) {
            for format in formats {
                let address = format == .html ? path : path + "." + format.rawValue
                router.get(RouterPath(address)) { request, context in
                    await respond(request, pages.site) { parameters in
                        try handler(parameters, format == .html ? negotiated(request) : format, request, context)
                    }
                }
            }
        }

        route("/", formats: [.html]) { p, f, _, _ in try pages.search(p, format: f) }
        route("/search", formats: [.html, .json, .csv]) { p, f, _, _ in try pages.search(p, format: f) }
        route("/meetings", formats: [.html, .json]) { p, f, _, _ in try pages.meetings(p, format: f) }
        route("/questions", formats: [.html, .json, .csv]) { p, f, _, _ in try pages.questions(p, format: f) }
        route("/topics", formats: [.html, .json]) { p, f, _, _ in try pages.topics(p, format: f) }
        route("/asked", formats: [.html, .json]) { p, f, _, _ in try pages.asked(p, format: f) }
        route("/feeds/search", formats: [.atom]) { p, _, request, _ in try pages.searchFeed(p, base: base(request)) }
        // Addresses with a name in them: the suffix is part of the last segment.
        typealias Named = @Sendable (String, Parameters, Format, Request) throws -> Output
        let document: Named = { name, p, f, _ in try pages.document(id: name, p, format: f) }
        let meeting: Named = { name, p, f, _ in try pages.meeting(id: name, p, format: f) }
        let brief: Named = { name, p, f, _ in try pages.brief(topic: name, p, format: f) }
        let topicFeed: Named = { name, p, f, request in
            guard f == .atom else { throw NotFound("a topic feed is /feeds/topic/TOPIC.atom") }
            return try pages.topicFeed(topic: name, p, base: base(request))
        }
        for (prefix, handler) in [("/documents", document), ("/meetings", meeting), ("/brief", brief), ("/feeds/topic", topicFeed)] {
            router.get(RouterPath(prefix + "/:name")) { request, context in
                let raw = context.parameters.get("name") ?? ""
                return await respond(request, pages.site) { parameters in
                    guard let decoded = raw.removingPercentEncoding else { throw BadRequest("the address is not valid percent-encoded UTF-8") }
                    var name = decoded
                    var format = negotiated(request)
                    for suffix in [Format.json, .csv, .atom] where name.hasSuffix("." + suffix.rawValue) {
                        name = String(name.dropLast(suffix.rawValue.count + 1))
                        format = suffix
                    }
                    return try handler(name, parameters, format, request)
                }
            }
        }
        router.get("/**") { request, _ in problem(.notFound, "not found: no page at this address", request) }
        return router
    }

    /// JSON when the client asks for it and not for HTML.
    static func negotiated(_ request: Request) -> Format {
        let accept = request.headers[.accept] ?? ""
        return accept.contains("application/json") && !accept.contains("text/html") ? .json : .html
    }

    static func base(_ request: Request) -> String {
        "http://" + (request.head.authority ?? "127.0.0.1")
    }

    /// Runs a page. SQLite and the templates block, so pages are made off Swift's cooperative threads (a burst of
    /// requests must never starve the server of the threads that accept and answer them) — except one at a time:
    /// when no other page is being made on them, a page is made where the request arrived, which spares it two
    /// hand-offs between threads (most of the difference between a page alone and the same page over HTTP).
    static func respond(_ request: Request, _ site: Site, _ body: @escaping @Sendable (Parameters) throws -> Output) async -> Response {
        if inline.take() {
            defer { inline.give() }
            return site.serving { respondNow(request, body) }
        }
        return await withCheckedContinuation { continuation in
            pageQueue.async { continuation.resume(returning: site.serving { respondNow(request, body) }) }
        }
    }

    static let pageQueue = DispatchQueue(label: "minutebook-web.pages", qos: .userInitiated, attributes: .concurrent)
    static let inline = Slot()

    /// One place, taken and given back.
    final class Slot: @unchecked Sendable {
        private let lock = NSLock()
        private var taken = false

        func take() -> Bool {
            lock.withLock {
                taken
                    ? false
                    : {
                        taken = true; return true
                    }()
            }
        }
        func give() { lock.withLock { taken = false } }
    }

    /// Runs a page, turning what it returns or throws into a response.
    static func respondNow(_ request: Request, _ body: (Parameters) throws -> Output) -> Response {
        do {
            let parameters = try Parameters(query: request.uri.query)
            switch try body(parameters) {
            case .page(let title, let html, let feed):
                return text(.ok, "text/html; charset=utf-8", Templates.page(title: title, body: html, feed: feed))
            case .json(let json): return text(.ok, "application/json; charset=utf-8", json)
            case .csv(let name, let csv):
                var response = text(.ok, "text/csv; charset=utf-8", csv)
                response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
                return response
            case .atom(let xml): return text(.ok, "application/atom+xml; charset=utf-8", xml)
            }
        } catch let error as BadRequest {
            return problem(.badRequest, "bad request: " + error.message, request)
        } catch let error as NotFound {
            return problem(.notFound, "not found: " + error.message, request)
        } catch let error as IndexError {
            return problem(.serviceUnavailable, "the index cannot answer now: " + oneLine(error.localizedDescription), request)
        } catch {
            return problem(.internalServerError, "the page could not be made: " + oneLine(error.localizedDescription), request)
        }
    }

    static func oneLine(_ text: String) -> String {
        TerminalSafe.clean(text.split(whereSeparator: \.isNewline).first.map(String.init) ?? "")
    }

    /// An error: one line of text for scripts and JSON clients; the same line in a page for a browser.
    static func problem(_ status: HTTPResponse.Status, _ message: String, _ request: Request) -> Response {
        let line = oneLine(message)
        let accept = request.headers[.accept] ?? ""
        if accept.contains("text/html") {
            let body = Templates.render("error", ["heading": status == .notFound ? "Not found" : "That could not be shown", "message": line])
            return text(status, "text/html; charset=utf-8", Templates.page(title: status.reasonPhrase, body: body, feed: nil))
        }
        return text(status, "text/plain; charset=utf-8", line + "\n")
    }

    static func text(_ status: HTTPResponse.Status, _ type: String, _ body: String) -> Response {
        Response(status: status, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// The application, bound to `host:port`.
    public static func application(pages: Pages, host: String, port: Int) -> some ApplicationProtocol {
        let router = router(pages: pages)
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "minutebook"))
    }

    /// Whether `host` is a loopback address (the default; anything else is reachable from other machines).
    /// Only `localhost` and addresses (not names) in 127.0.0.0/8 or `::1` count: `127.example.org` is a name that
    /// can resolve anywhere.
    public static func isLoopback(_ host: String) -> Bool {
        if host.lowercased() == "localhost" { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, host, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, host, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } == [UInt8](repeating: 0, count: 15) + [1] }
        return false
    }
}

/// No page is framed, sniffed or allowed to run script or load anything from elsewhere.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = BasicRequestContext
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }
}

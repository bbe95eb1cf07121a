/// A mustache template parsed once into a tree, rendered against `[String: Any]` contexts.
///
/// It reads the part of mustache the pages use — `{{name}}` (HTML-escaped through `HTML.escape`), `{{{name}}}`
/// and `{{& name}}` (as they are), `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`, `{{> partial}}`, `{{.}}` and
/// `{{! comments}}` — with mustache's rules for lines holding only a section tag, and renders it as
/// swift-mustache did (`TemplateEngineTests` renders every page with both and compares the bytes). Values are
/// looked up with casts to the few concrete types the pages put in a context (`String`, `Int`, `Bool`,
/// `[String: Any]`, arrays of those), which costs a fraction of swift-mustache's look-ups through protocols:
/// on a search page that was most of the template's time.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case escaped(String)
        case raw(String)
        case section(String, [Node])
        case inverted(String, [Node])
        case partial(String)
    }

    let nodes: [Node]

    enum ParseError: Error, Equatable {
        case unclosedTag, unclosedSection(String), unexpectedClose(String), unsupported(String)
    }

    init(_ text: String) throws {
        var parser = Parser(Array(text.unicodeScalars))
        nodes = try parser.parse(section: nil, newLine: true)
        guard parser.atEnd else { throw ParseError.unexpectedClose("") }
    }

    /// The parser: a port of swift-mustache's rules for where a line's whitespace and newline go. A section,
    /// inverted-section, closing, comment or partial tag alone on its line (only spaces and tabs around it) takes
    /// the whole line with it; any other tag leaves the line as it is.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { position >= scalars.count }

        func starts(with text: String, at index: Int) -> Bool {
            var i = index
            for scalar in text.unicodeScalars {
                guard i < scalars.count, scalars[i] == scalar else { return false }
                i += 1
            }
            return true
        }

        static func isNewline(_ scalar: Unicode.Scalar) -> Bool { Character(scalar).isNewline }

        /// After a tag: whether only spaces or tabs are left on the line (then they and the newline are skipped).
        mutating func lineFinished() -> Bool {
            if atEnd { return true }
            var i = position
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            if i < scalars.count, Self.isNewline(scalars[i]) {
                position = i + 1
                return true
            }
            return false
        }

        /// Reads up to `}}` (or `}}}`), returning the tag's inside.
        mutating func tagBody(closing: String) throws -> String {
            var inside = String.UnicodeScalarView()
            while !atEnd {
                if starts(with: closing, at: position) {
                    position += closing.unicodeScalars.count
                    return String(inside).trimmingSpaces
                }
                inside.append(scalars[position])
                position += 1
            }
            throw ParseError.unclosedTag
        }

        mutating func parse(section: String?, newLine startsOnNewLine: Bool) throws -> [Node] {
            var nodes: [Node] = []
            var newLine = startsOnNewLine
            var whitespace = ""
            while !atEnd {
                if newLine {
                    var spaces = String.UnicodeScalarView()
                    while !atEnd, scalars[position] == " " || scalars[position] == "\t" {
                        spaces.append(scalars[position])
                        position += 1
                    }
                    whitespace = String(spaces)
                }
                var text = String.UnicodeScalarView()
                while !atEnd, !starts(with: "{{", at: position), !Self.isNewline(scalars[position]) {
                    text.append(scalars[position])
                    position += 1
                }
                if !atEnd, Self.isNewline(scalars[position]) {
                    text.append(scalars[position])
                    position += 1
                    nodes.append(.text(whitespace + String(text)))
                    whitespace = ""
                    newLine = true
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(whitespace + String(text)))
                    whitespace = ""
                    newLine = false
                }
                if atEnd { break }
                position += 2  // "{{"
                guard !atEnd else { throw ParseError.unclosedTag }
                var standalone = false
                func flushWhitespace() {
                    if !whitespace.isEmpty { nodes.append(.text(whitespace)) }
                    whitespace = ""
                }
                switch scalars[position] {
                case "#", "^":
                    let inverted = scalars[position] == "^"
                    position += 1
                    let name = try tagBody(closing: "}}")
                    if newLine && lineFinished() { standalone = true } else { flushWhitespace() }
                    // As in swift-mustache, what follows the section starts a line when its opening tag was alone on one.
                    let inner = try parse(section: name, newLine: standalone)
                    nodes.append(inverted ? .inverted(name, inner) : .section(name, inner))
                case "/":
                    position += 1
                    let name = try tagBody(closing: "}}")
                    guard name == section else { throw ParseError.unexpectedClose(name) }
                    if !(newLine && lineFinished()) { flushWhitespace() }
                    return nodes
                case "!":
                    position += 1
                    _ = try tagBody(closing: "}}")
                    standalone = newLine && lineFinished()
                case "{":
                    flushWhitespace()
                    position += 1
                    nodes.append(.raw(try tagBody(closing: "}}}")))
                case "&":
                    flushWhitespace()
                    position += 1
                    nodes.append(.raw(try tagBody(closing: "}}")))
                case ">":
                    position += 1
                    let name = try tagBody(closing: "}}")
                    let indentation = whitespace
                    flushWhitespace()
                    if newLine && lineFinished() {
                        // swift-mustache indents every line of such a partial by the whitespace before it: not needed here.
                        guard indentation.isEmpty else { throw ParseError.unsupported("an indented partial alone on its line") }
                        standalone = true
                    }
                    nodes.append(.partial(name))
                case "=", "%":
                    throw ParseError.unsupported(String(scalars[position]))
                default:
                    flushWhitespace()
                    nodes.append(.escaped(try tagBody(closing: "}}")))
                }
                newLine = standalone
            }
            if let section { throw ParseError.unclosedSection(section) }
            return nodes
        }
    }

    // MARK: rendering

    /// Renders the template with `context` at the bottom of the stack; `partials` are the other templates by name.
    func render(_ context: [String: Any], partials: [String: CompiledTemplate]) -> String {
        var out = ""
        out.reserveCapacity(4_096)
        var stack: [Any] = [context]
        Self.render(nodes, &stack, partials, into: &out)
        return out
    }

    private static func render(_ nodes: [Node], _ stack: inout [Any], _ partials: [String: CompiledTemplate], into out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text): out += text
            case .escaped(let name):
                if let value = lookup(name, stack) { out += HTML.escape(describe(value)) }
            case .raw(let name):
                if let value = lookup(name, stack) { out += describe(value) }
            case .section(let name, let inner):
                guard let value = lookup(name, stack) else { continue }
                if let list = value as? [[String: Any]] {
                    for element in list { renderPushed(element, inner, &stack, partials, into: &out) }
                } else if let flag = value as? Bool {
                    if flag { render(inner, &stack, partials, into: &out) }
                } else if let list = value as? [String] {
                    for element in list { renderPushed(element, inner, &stack, partials, into: &out) }
                } else if let list = value as? [Any] {
                    for element in list { renderPushed(element, inner, &stack, partials, into: &out) }
                } else {
                    renderPushed(value, inner, &stack, partials, into: &out)
                }
            case .inverted(let name, let inner):
                let value = lookup(name, stack)
                let empty: Bool
                if let value {
                    if let flag = value as? Bool { empty = !flag } else if let list = value as? [Any] { empty = list.isEmpty } else { empty = false }
                } else {
                    empty = true
                }
                if empty { render(inner, &stack, partials, into: &out) }
            case .partial(let name):
                if let partial = partials[name] { render(partial.nodes, &stack, partials, into: &out) }
            }
        }
    }

    private static func renderPushed(
        _ value: Any, _ nodes: [Node], _ stack: inout [Any], _ partials: [String: CompiledTemplate], into out: inout String
    ) {
        stack.append(value)
        render(nodes, &stack, partials, into: &out)
        stack.removeLast()
    }

    /// `name` in the innermost context that has it; `.` is the innermost value itself.
    static func lookup(_ name: String, _ stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        for object in stack.reversed() {
            if let dictionary = object as? [String: Any] {
                if let value = dictionary[name] { return value }
            } else if let dictionary = object as? [String: String] {
                if let value = dictionary[name] { return value }
            }
        }
        return nil
    }

    /// A value as text: strings as they are, numbers and flags as Swift writes them.
    static func describe(_ value: Any) -> String {
        if let text = value as? String { return text }
        if let number = value as? Int { return String(number) }
        if let number = value as? Int64 { return String(number) }
        return String(describing: value)
    }
}

extension String {
    /// Without leading and trailing spaces and tabs (a tag's name), on scalars rather than through Foundation.
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}

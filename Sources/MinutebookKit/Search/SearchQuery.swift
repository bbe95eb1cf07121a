import Foundation

/// A user's query, understood: what must match, what must not, and what was set aside.
///
/// The language a councillor can type without a manual: plain words (all must match, stemmed),
/// `"exact phrases"` (not stemmed), `OR` between alternatives, `-word` or `NOT word` to exclude,
/// `word*` for a prefix. "multi-agency" or "Clare's" become phrases of their parts. Anything else
/// (`:`, `^`, brackets, `AND`, `NEAR`, emoji) is read as plain text or set aside with a note; it never
/// reaches FTS5 as syntax.
public struct SearchQuery: Equatable, Sendable {
    /// One searchable unit.
    public enum Term: Equatable, Hashable, Sendable {
        /// A word; `prefix` when typed with a trailing `*`.
        case word(String, prefix: Bool)
        /// Words in sequence. `exact` when the user quoted it: matched unstemmed.
        case phrase([String], exact: Bool)

        public var isExact: Bool {
            if case .phrase(_, true) = self { return true }
            return false
        }

        /// The words of the term, lowercased.
        public var words: [String] {
            switch self {
            case .word(let w, _): [w]
            case .phrase(let ws, _): ws
            }
        }

        /// FTS5 syntax for the term: every word quoted, so no user text is ever read as an operator.
        var fts: String {
            switch self {
            case .word(let w, let prefix): "\"\(w)\"" + (prefix ? "*" : "")
            case .phrase(let ws, _): "\"" + ws.joined(separator: " ") + "\""
            }
        }

        var display: String {
            switch self {
            case .word(let w, let prefix): w + (prefix ? "*" : "")
            case .phrase(let ws, _): "\"" + ws.joined(separator: " ") + "\""
            }
        }
    }

    /// Alternatives, any of which may match (`a OR b`); a single term most of the time.
    public struct Clause: Equatable, Hashable, Sendable {
        public var alternatives: [Term]
        public init(_ alternatives: [Term]) { self.alternatives = alternatives }
        var hasExact: Bool { alternatives.contains(where: \.isExact) }
        var fts: String {
            alternatives.count == 1 ? alternatives[0].fts : "(" + alternatives.map(\.fts).joined(separator: " OR ") + ")"
        }
    }

    /// All must match.
    public var required: [Clause] = []
    /// None may match.
    public var excluded: [Term] = []
    /// What was read differently from how it was typed, in one line each.
    public var notes: [String] = []

    public var isEmpty: Bool { required.isEmpty }

    /// A one-line reading of the query, e.g. `fgm AND ("county lines" OR cuckooing) NOT drugs`, cut at 120 characters.
    public var description: String {
        let full = fullDescription
        return full.count <= 120 ? full : String(full.prefix(119)) + "…"
    }

    var fullDescription: String {
        var parts = required.map { clause in
            clause.alternatives.count == 1 ? clause.alternatives[0].display : "(" + clause.alternatives.map(\.display).joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
        if !excluded.isEmpty { parts += " NOT " + excluded.map(\.display).joined(separator: " NOT ") }
        return parts
    }
}

/// Reads user text into a `SearchQuery`. Never fails: odd input becomes plain words or a note.
public enum QueryParser {
    /// Words beyond this many are dropped (a pasted page is not a query).
    public static let maximumTerms = 32
    /// Terms of any kind — words, phrases, alternatives after OR, exclusions — beyond this many are dropped, so
    /// no query makes FTS5 merge the postings of hundreds of words (an OR of 1,000 words took 21 s).
    public static let maximumSearchTerms = 64

    public static func parse(_ input: String) -> SearchQuery {
        var query = SearchQuery()
        let tokens = lex(input, notes: &query.notes)
        var pendingOr = false
        var negateNext = false
        var dropped = 0
        var terms = 0
        var overCap = 0
        for token in tokens {
            switch token {
            case .operatorOr:
                if query.required.isEmpty { query.notes.append("OR at the start was ignored") } else { pendingOr = true }
            case .operatorNot:
                negateNext = true
            case .term(let term, let negated):
                guard terms < maximumSearchTerms else {
                    overCap += 1
                    negateNext = false
                    pendingOr = false
                    continue
                }
                terms += 1
                if negated || negateNext {
                    query.excluded.append(term)
                    negateNext = false
                    pendingOr = false
                } else if pendingOr, !query.required.isEmpty {
                    query.required[query.required.count - 1].alternatives.append(term)
                    pendingOr = false
                } else if query.required.count < maximumTerms {
                    query.required.append(SearchQuery.Clause([term]))
                } else {
                    terms -= 1   // counted by the words cap, not this one
                    dropped += 1
                }
            }
        }
        if pendingOr { query.notes.append("OR at the end was ignored") }
        if negateNext { query.notes.append("NOT at the end was ignored") }
        if dropped > 0 { query.notes.append("only the first \(maximumTerms) words were searched (\(dropped) more ignored)") }
        if overCap > 0 {
            query.notes.append("the query has \(maximumSearchTerms + overCap) terms; only the first \(maximumSearchTerms) were searched (\(overCap) dropped)")
        }
        // One note per kind of thing, however often it occurred ("NEAR was ignored" once, not once per NEAR).
        var seenNotes = Set<String>()
        query.notes = query.notes.filter { seenNotes.insert($0).inserted }
        // Identical clauses add nothing.
        var seen = Set<SearchQuery.Clause>()
        query.required = query.required.filter { seen.insert($0).inserted }
        return query
    }

    enum Token {
        case term(SearchQuery.Term, negated: Bool)
        case operatorOr
        case operatorNot
    }

    /// Splits input into quoted phrases, words and the operators OR / NOT (typed in capitals).
    static func lex(_ input: String, notes: inout [String]) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(input.unicodeScalars.map(Character.init))
        var i = 0
        var ignored: [String] = []
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace || c == "(" || c == ")" || c == "," || c == ";" { i += 1; continue }
            var negated = false
            if c == "-" || c == "−" {
                if i + 1 < chars.count, !chars[i + 1].isWhitespace {
                    negated = true
                    i += 1
                } else {
                    ignored.append("-")
                    i += 1
                    continue
                }
            }
            if i < chars.count, chars[i] == "\"" || chars[i] == "“" || chars[i] == "”" {
                var j = i + 1
                while j < chars.count, chars[j] != "\"" && chars[j] != "”" && chars[j] != "“" { j += 1 }
                let inner = String(chars[(i + 1)..<min(j, chars.count)])
                if j >= chars.count { notes.append("a closing quote was added") }
                let words = ftsWords(inner)
                if !words.isEmpty {
                    tokens.append(.term(.phrase(words, exact: true), negated: negated))
                } else if !inner.trimmingCharacters(in: .whitespaces).isEmpty {
                    ignored.append("\"\(inner)\"")
                }
                i = j + 1
                continue
            }
            var j = i
            while j < chars.count, !chars[j].isWhitespace, chars[j] != "\"", chars[j] != "(", chars[j] != ")" { j += 1 }
            let raw = String(chars[i..<j])
            i = j
            if !negated {
                if raw == "OR" || raw == "|" { tokens.append(.operatorOr); continue }
                if raw == "NOT" { tokens.append(.operatorNot); continue }
                if raw == "AND" || raw == "&" || raw == "+" { continue }
                if raw == "NEAR" { notes.append("NEAR was ignored: use --raw for FTS5 proximity search"); continue }
            }
            let prefix = raw.hasSuffix("*")
            let words = ftsWords(raw)
            if words.isEmpty {
                ignored.append(negated ? "-" + raw : raw)
            } else if words.count == 1 {
                tokens.append(.term(.word(words[0], prefix: prefix), negated: negated))
            } else {
                // multi-agency, Clare's, peer-on-peer: the parts in sequence.
                if prefix { notes.append("'\(raw)' was searched as a phrase; * works on single words") }
                tokens.append(.term(.phrase(words, exact: false), negated: negated))
            }
        }
        if !ignored.isEmpty {
            notes.append("ignored (nothing to search in): " + ignored.prefix(5).joined(separator: " ") + (ignored.count > 5 ? " …" : ""))
        }
        return tokens
    }

    /// The words FTS5's unicode61 tokenizer would see: runs of letters and digits, lowercased.
    static func ftsWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if isTokenScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }
}

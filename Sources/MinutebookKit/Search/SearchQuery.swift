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
    /// Words left out because they carry no meaning on their own ("what", "was", "about"), as typed.
    public var droppedWords: [String] = []
    /// True when the query is plain words only: no quotes, OR, NOT, -word or word*. Only such a query is relaxed
    /// to "most of the words" when all of them together match little; syntax keeps its exact meaning.
    public var isPlain = true

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
        var usesSyntax = false
        let tokens = lex(input, notes: &query.notes, usesSyntax: &usesSyntax)
        query.isPlain = !usesSyntax
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
                    terms -= 1  // counted by the words cap, not this one
                    dropped += 1
                }
            }
        }
        dropFiller(&query)
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

    /// Words that carry no meaning on their own in a search: question words, auxiliaries, articles,
    /// prepositions, "say"/"said". Left out of the required words (unless every word is one of them).
    public static let fillerWords: Set<String> = [
        "what", "whats", "why", "how", "when", "where", "who", "whom", "which", "whether", "is", "are", "was", "were", "be", "being",
        "been", "am", "do", "does", "did", "doing", "done", "can", "could", "would", "will", "should", "shall", "may", "might", "must",
        "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "that", "this", "these", "those", "it", "its", "there", "their",
        "they", "them", "he", "she", "his", "her", "him", "you", "your", "we", "our", "us", "i", "me", "my", "about", "into", "from", "by",
        "at", "as", "if", "any", "anything", "something", "some", "say", "says", "said", "saying", "tell", "told", "talk", "talked",
        "mention", "mentioned", "discuss", "discussed", "has", "have", "had", "so", "then", "than", "very", "also", "just", "ever",
        "anyone", "anybody", "been", "get", "got", "let", "please", "show", "find", "search", "look", "looking",
    ]

    /// Leaves out single unquoted words that carry no meaning (``fillerWords``), unless nothing else would be left.
    static func dropFiller(_ query: inout SearchQuery) {
        func isFiller(_ clause: SearchQuery.Clause) -> Bool {
            guard clause.alternatives.count == 1 else { return false }
            switch clause.alternatives[0] {
            case .word(let w, false): return fillerWords.contains(w)
            case .phrase(let ws, false): return ws.allSatisfy { fillerWords.contains($0) || $0.count == 1 }  // what's, it's
            default: return false
            }
        }
        let kept = query.required.filter { !isFiller($0) }
        guard !kept.isEmpty, kept.count < query.required.count else { return }
        var seen = Set<String>()
        query.droppedWords = query.required.filter(isFiller).flatMap(\.alternatives).flatMap(\.words).filter { seen.insert($0).inserted }
        query.required = kept
        query.notes.append("left out words that say little on their own: " + query.droppedWords.joined(separator: ", "))
    }

    enum Token {
        case term(SearchQuery.Term, negated: Bool)
        case operatorOr
        case operatorNot
    }

    /// Splits input into quoted phrases, words and the operators OR / NOT (typed in capitals).
    static func lex(_ input: String, notes: inout [String]) -> [Token] {
        var usesSyntax = false
        return lex(input, notes: &notes, usesSyntax: &usesSyntax)
    }

    static func lex(_ input: String, notes: inout [String], usesSyntax: inout Bool) -> [Token] {
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
            if negated { usesSyntax = true }
            if i < chars.count, chars[i] == "\"" || chars[i] == "“" || chars[i] == "”" {
                usesSyntax = true
                var j = i + 1
                while j < chars.count, chars[j] != "\"" && chars[j] != "”" && chars[j] != "“" { j += 1 }
                let inner = String(chars[(i + 1)..<min(j, chars.count)])
                if j >= chars.count { notes.append("a closing quote was added") }
                let words = Tokenizer.words(inner)
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
                if raw == "OR" || raw == "|" { tokens.append(.operatorOr); usesSyntax = true; continue }
                if raw == "NOT" { tokens.append(.operatorNot); usesSyntax = true; continue }
                if raw == "AND" || raw == "&" || raw == "+" { usesSyntax = true; continue }
                if raw == "NEAR" { notes.append("NEAR was ignored: use --raw for FTS5 proximity search"); continue }
            }
            let prefix = raw.hasSuffix("*")
            if prefix { usesSyntax = true }
            let words = Tokenizer.words(raw)
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
}

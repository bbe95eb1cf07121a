import Foundation

/// What a `SearchQuery` looks for, as the index's ranked search (`RankedSearch`) runs it: a plan is a value, with
/// no SQL and no database; running it is the index's job.
///
/// Words and phrases become an FTS5 expression with every term quoted (porter stemming over unicode61). A quoted
/// phrase must match exactly, unstemmed: FTS5 finds the stemmed candidates and `ExactCheck` keeps the rows whose
/// own words contain the phrase as typed. One stemmed table serves both, which halves indexing work compared with
/// a second, unstemmed, FTS5 table.
struct MatchPlan: Equatable {
    /// What a plan searches.
    enum Target: Equatable, Sendable {
        /// Passages: their own text, and the item title and section heading they sit under.
        case passages
        /// Member questions: the asker, the question and the answer.
        case questions
    }

    var target: Target
    /// The FTS5 expression every row found matches (for passages: in its text, or with its heading's help).
    var expression: String
    /// Exact phrases to verify on candidates, or nil when the query has none.
    var check: ExactCheck?
    /// Passages only: the query's clauses (AND-ed), each of which may also be met by the heading a passage sits
    /// under (item title and section heading, indexed once per heading, not with every passage).
    var headingClauses: [String]? = nil
    /// Passages only: what `-word` leaves out, looked for in the passage's own text, so a word in the heading it
    /// sits under does not hide it.
    var exclusion: String? = nil

    /// nil when the query has nothing to look for.
    static func make(_ query: SearchQuery, target: Target) -> MatchPlan? {
        guard !query.required.isEmpty else { return nil }
        var expression = query.required.map(\.fts).joined(separator: " AND ")
        let exclusion = Self.exclusion(query)
        if let exclusion { expression = "(\(expression)) NOT (\(exclusion))" }
        let check = ExactCheck(query)
        return MatchPlan(target: target, expression: expression, check: check.isNeeded ? check : nil)
    }

    /// A plan over passages: their text, and the headings they sit under.
    static func passages(_ query: SearchQuery) -> MatchPlan? {
        guard var plan = make(query, target: .passages) else { return nil }
        plan.headingClauses = query.required.map(\.fts)
        plan.exclusion = exclusion(query)
        return plan
    }

    /// A plan over passages from an FTS5 expression taken as one clause (`--raw`, the "most of the words" search).
    static func passages(expression: String) -> MatchPlan {
        MatchPlan(target: .passages, expression: expression, check: nil, headingClauses: [expression], exclusion: nil)
    }

    /// A plan over member questions.
    static func questions(_ query: SearchQuery) -> MatchPlan? { make(query, target: .questions) }

    /// A plan over member questions from an FTS5 expression (the "most of the words" search).
    static func questions(expression: String) -> MatchPlan { MatchPlan(target: .questions, expression: expression, check: nil) }

    private static func exclusion(_ query: SearchQuery) -> String? {
        let excludedStemmed = query.excluded.filter { !$0.isExact }
        return excludedStemmed.isEmpty ? nil : excludedStemmed.map(\.fts).joined(separator: " OR ")
    }
}

/// Checks a row's words for the quoted phrases of a query: each clause with a quoted phrase needs one of its
/// alternatives present as typed; no excluded quoted phrase may be present.
struct ExactCheck: Equatable {
    struct Clause: Equatable {
        var phrases: [[String]]
        /// Unquoted alternatives in the same OR group ("x" OR word): FTS5 already matched them, stemmed.
        var loose: [[String]]
    }
    var clauses: [Clause]
    var excluded: [[String]]

    init(_ query: SearchQuery) {
        clauses = query.required.filter(\.hasExact).map { clause in
            Clause(phrases: clause.alternatives.filter(\.isExact).map(\.words), loose: clause.alternatives.filter { !$0.isExact }.map(\.words))
        }
        excluded = query.excluded.filter(\.isExact).map(\.words)
    }

    var isNeeded: Bool { !clauses.isEmpty || !excluded.isEmpty }

    /// `columns`: the row's searchable columns, each as text.
    func accepts(_ columns: [String]) -> Bool {
        // A column's words, cut only when a check needs them: a phrase of ASCII words is checked on the bytes.
        var cut: [[String]?] = Array(repeating: nil, count: columns.count)
        func words(_ column: Int) -> [String] {
            if let words = cut[column] { return words }
            let words = Tokenizer.words(columns[column])
            cut[column] = words
            return words
        }
        func present(_ phrase: [String]) -> Bool {
            columns.indices.contains { column in Self.bytesContain(columns[column], phrase) ?? Self.contains(words(column), phrase) }
        }
        for clause in clauses {
            let satisfied =
                clause.phrases.contains(where: present)
                || clause.loose.contains { phrase in columns.indices.contains { Self.containsLoosely(words($0), phrase) } }
            if !satisfied { return false }
        }
        return !excluded.contains(where: present)
    }

    /// Whether `text` holds `phrase` (folded words, as `Tokenizer.words` gives them) as consecutive words, read in
    /// one pass over the text's bytes without making a string of each word: an ASCII word is compared byte by byte
    /// (upper case folded), a word with other letters scalar by scalar through `Tokenizer.fold`. nil when the
    /// phrase is not all ASCII (then `Tokenizer.words` decides).
    static func bytesContain(_ text: String, _ phrase: [String]) -> Bool? {
        var text = text
        return text.withUTF8 { bytesContain($0, phrase) }
    }

    /// `accepts` for a row whose only text is `bytes` (UTF-8), without making a string of it: nil when a clause has
    /// an unquoted alternative, a phrase is not all ASCII or a phrase is excluded (then `accepts` decides).
    func acceptsText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard excluded.isEmpty else { return nil }
        for clause in clauses {
            guard clause.loose.isEmpty else { return nil }
            var satisfied = false
            for phrase in clause.phrases {
                guard let found = Self.bytesContain(bytes, phrase) else { return nil }
                if found {
                    satisfied = true
                    break
                }
            }
            if !satisfied { return false }
        }
        return true
    }

    /// `bytesContain` on the UTF-8 bytes of a text.
    static func bytesContain(_ whole: UnsafeBufferPointer<UInt8>, _ phrase: [String]) -> Bool? {
        guard !phrase.isEmpty, phrase.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        // The words are read from just before the first place the phrase's first word may begin
        // (`firstFolded`): no earlier word can start the phrase. An ASCII byte that is not a letter or digit
        // always ends a word, so reading from just after one cuts the same words as reading from the start.
        guard let first = firstFolded(phrase[0], in: whole) else { return false }
        var from = first
        while from > 0 && (whole[from - 1] >= 0x80 || Tokenizer.isASCIIWordByte(whole[from - 1])) { from -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: whole[from...])
        // The last `phrase.count` words' ranges are kept in a ring; when a word equals the phrase's last word,
        // the ones before it are compared.
        let n = phrase.count
        return withUnsafeTemporaryAllocation(of: (range: Range<Int>, ascii: Bool).self, capacity: n) { ring -> Bool in
            func equal(_ word: (range: Range<Int>, ascii: Bool), _ expected: String) -> Bool {
                if word.ascii {
                    guard word.range.count == expected.utf8.count else { return false }
                    var index = word.range.lowerBound
                    for wanted in expected.utf8 {
                        var byte = bytes[index]
                        if byte >= 65 && byte <= 90 { byte += 32 }
                        if byte != wanted { return false }
                        index += 1
                    }
                    return true
                }
                var wanted = expected.utf8.makeIterator()
                var index = word.range.lowerBound
                while index < word.range.upperBound {
                    let (scalar, length) = UTF8Bytes.scalar(at: index, in: bytes)
                    index += length
                    guard let folded = Tokenizer.fold(scalar) else { continue }
                    guard folded.isASCII, let byte = wanted.next(), UInt8(folded.value) == byte else { return false }
                }
                return wanted.next() == nil
            }
            var seen = 0
            func ended(_ word: (range: Range<Int>, ascii: Bool)) -> Bool {
                ring[seen % n] = word
                seen += 1
                guard seen >= n, equal(word, phrase[n - 1]) else { return false }
                return (0..<(n - 1)).allSatisfy { equal(ring[(seen - n + $0) % n], phrase[$0]) }
            }
            var found = false
            Tokenizer.forEachWordRange(bytes) { range, ascii in
                found = ended((range, ascii))
                return !found
            }
            return found
        }
    }

    /// The first place in `bytes` where `word` (lower-case ASCII) may begin as the tokenizer folds it: where it
    /// occurs with upper case folded (as part of a word or not), or the first byte of a character that is not
    /// ASCII (a letter with an accent folds to one without, "Café" to `cafe`), whichever comes first; nil when
    /// neither occurs.
    static func firstFolded(_ word: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let wanted = Array(word.utf8)
        guard let lead = wanted.first, bytes.count >= wanted.count else { return nil }
        let upperLead = lead >= 97 && lead <= 122 ? lead - 32 : lead
        var index = 0
        let last = bytes.count - wanted.count
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return index }
            if index <= last && (byte == lead || byte == upperLead) {
                var matched = 1
                while matched < wanted.count {
                    var other = bytes[index + matched]
                    if other >= 65 && other <= 90 { other += 32 }
                    if other != wanted[matched] { break }
                    matched += 1
                }
                if matched == wanted.count { return index }
            }
            index += 1
        }
        return nil
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }

    /// A stemmed alternative: its words' porter stems in sequence, as FTS5 matched them.
    static func containsLoosely(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        let stems = phrase.map(Stemmer.porter)
        for start in 0...(words.count - phrase.count) where zip(words[start...], stems).allSatisfy({ Stemmer.porter($0) == $1 }) {
            return true
        }
        return false
    }
}

/// Orders rows that matched some of a query's clauses: the most clauses first, then bm25; keeps rows with at
/// least half the clauses (rounded up).
enum PartialRanking {
    /// - Parameter matched: the clauses (indices) each row meets (`RankedSearch.clausesMet`).
    static func rank(_ rows: [RankedRow], matched: [Int64: Set<Int>], clauses: Int) -> [RankedRow] {
        let needed = max(1, (clauses + 1) / 2)
        return rows.filter { (matched[$0.id]?.count ?? 0) >= needed }
            .sorted { a, b in
                let (ca, cb) = (matched[a.id]?.count ?? 0, matched[b.id]?.count ?? 0)
                return ca != cb ? ca > cb : a.rank < b.rank
            }
    }
}

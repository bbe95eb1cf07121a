import Foundation

/// Builds a `TopicBrief` from the index: summary, timeline, questions, commitments, figures and gaps.
public struct BriefBuilder: Sendable {
    public let store: IndexStore

    public init(store: IndexStore) {
        self.store = store
    }

    /// - Parameter topic: a topic id, name or acronym. An unknown topic throws `SearchError.unknownTopic` listing the known ones.
    public func brief(_ topic: String, from: String? = nil, to: String? = nil) throws -> TopicBrief {
        let searcher = Searcher(store: store)
        let taxonomy = try searcher.taxonomy()
        guard let found = taxonomy.topic(named: topic) else {
            throw SearchError.unknownTopic(topic, known: taxonomy.topics.map(\.id))
        }
        let tagger = TopicTagger(taxonomy: Taxonomy(topics: [found]))
        let filters = Filters(topics: [found.id], from: from, to: to)
        let passages = try searcher.search("", options: SearchOptions(filters: filters, limit: 1_000_000, sort: .oldest)).hits
        let questions = try QuestionSearcher(store: store).search("", options: QuestionOptions(filters: filters, limit: 1_000_000, sort: .oldest)).hits

        let timeline = Self.timeline(passages, tagger: tagger)
        let commitments = try Self.commitments(passages, questions, searcher: searcher, filters: filters)
        return TopicBrief(
            topic: .init(id: found.id, name: found.name), from: from, to: to,
            summary: Self.summary(passages, questions, timeline),
            timeline: timeline,
            questions: questions,
            commitments: commitments,
            figures: Self.figures(passages),
            gaps: Self.gaps(passages, questions),
            deferred: Self.deferred(questions))
    }

    // MARK: - Sections

    static func summary(_ passages: [PassageHit], _ questions: [QuestionHit], _ timeline: [TopicBrief.Meeting]) -> TopicBrief.Summary {
        let sources = passages.map(\.source) + questions.map(\.source)
        let documents = Set(sources.map(\.document)).sorted()
        let undated = Set(sources.filter { $0.meetingDate == nil }.map(\.document)).sorted()
        let dates = timeline.compactMap(\.meetingDate)
        return .init(
            meetings: timeline.count, passages: passages.count, questions: questions.count,
            firstMeeting: dates.min(), lastMeeting: dates.max(), documents: documents, undatedDocuments: undated)
    }

    /// One entry per meeting in date order (undated last), with the passages that say most about the topic.
    static func timeline(_ passages: [PassageHit], tagger: TopicTagger) -> [TopicBrief.Meeting] {
        let byMeeting = Dictionary(grouping: passages.indices, by: { MeetingGroup.key(passages[$0].source) })
        let weights = passages.map { weight($0, tagger) }
        return MeetingGroup.group(passages).map { group in
            let members = byMeeting[MeetingGroup.key(group.best.source)] ?? []
            let ranked = members.sorted { a, b in weights[a] != weights[b] ? weights[a] > weights[b] : a < b }
            return .init(
                meetingDate: group.meetingDate, body: group.body, titles: group.titles, passages: members.count,
                highlights: ranked.prefix(2).map { quote(passages[$0]) })
        }
    }

    /// How much a passage says about the topic: mentions first, then an attributed speaker, then length.
    static func weight(_ hit: PassageHit, _ tagger: TopicTagger) -> Double {
        let mentions = Double(tagger.mentions(in: hit.text))
        let spoken = hit.speaker == nil ? 0.0 : 0.5
        let table = hit.passageKind == .tableRow ? -1.0 : 0.0
        return mentions * 2 + spoken + table + min(Double(hit.text.count) / 600, 1)
    }

    static func quote(_ hit: PassageHit) -> TopicBrief.Quote {
        .init(text: hit.text, speaker: hit.speaker, source: hit.source)
    }

    static func quote(_ hit: QuestionHit) -> TopicBrief.Quote {
        .init(text: (hit.question.isEmpty ? "" : hit.question + " ") + hit.answer, speaker: hit.respondent, source: hit.source)
    }

    /// Undertakings in topic passages and answers ("would look into it", "a report would be provided",
    /// "Action: PCC/Chief Constable"), each with later passages on the topic that mention the same thing.
    static func commitments(_ passages: [PassageHit], _ questions: [QuestionHit], searcher: Searcher, filters: Filters) throws -> [TopicBrief.Commitment] {
        var found: [TopicBrief.Commitment] = []
        var seen = Set<String>()
        func scan(_ text: String, speakers: [Speaker], fallback: String?, quote: TopicBrief.Quote) {
            let sentences = SentenceSplitter.split(text)
            for (index, sentence) in sentences.enumerated() {
                let key = sentence.lowercased()
                if sentence.hasPrefix("Action:") || sentence.hasPrefix("ACTION:") {
                    let who = sentence.dropFirst("Action:".count).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                    let previous = index > 0 ? sentences[index - 1] : ""
                    if let last = found.indices.last, found[last].what.hasPrefix(previous), !previous.isEmpty {
                        found[last].what += " (\(sentence))"
                    } else if seen.insert(key + previous.lowercased()).inserted {
                        found.append(.init(who: who, what: previous.isEmpty ? sentence : previous + " (\(sentence))", quote: quote, followUps: []))
                    }
                    continue
                }
                guard RecordPatterns.matches(RecordPatterns.commitment, sentence), seen.insert(key).inserted else { continue }
                let who =
                    SpeakerRecognizer.primary(SpeakerRecognizer.speakers(in: sentence).filter { $0.role != .member })?.name
                    ?? fallback ?? SpeakerRecognizer.primary(speakers)?.name ?? "not recorded"
                found.append(.init(who: who, what: sentence, quote: quote, followUps: []))
            }
        }
        for question in questions {
            scan(question.answer, speakers: [], fallback: question.respondent.map(Self.shortName), quote: quote(question))
        }
        for passage in passages where passage.passageKind != .tableRow {
            scan(passage.text, speakers: passage.speakers, fallback: nil, quote: quote(passage))
        }
        for index in found.indices {
            found[index].followUps = try followUps(found[index], searcher: searcher, filters: filters)
        }
        return found.sorted { ($0.quote.source.meetingDate ?? "9999", $0.quote.source.line) < ($1.quote.source.meetingDate ?? "9999", $1.quote.source.line) }
    }

    /// "The PCC" → "PCC", "the Chief Constable" → "Chief Constable".
    static func shortName(_ respondent: String) -> String {
        var name = respondent
        for prefix in ["The ", "the "] where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        return name
    }

    /// Later passages on the topic sharing at least two content words with the undertaking.
    static func followUps(_ commitment: TopicBrief.Commitment, searcher: Searcher, filters: Filters) throws -> [TopicBrief.Quote] {
        guard let date = commitment.quote.source.meetingDate else { return [] }
        let words = Set(
            WordTokenizer.words(commitment.what).map(\.folded).filter { $0.count > 3 && !RecordPatterns.stopwords.contains($0) && !$0.allSatisfy(\.isNumber) })
        guard words.count >= 2 else { return [] }
        let query = words.sorted().joined(separator: " OR ")
        let hits = try searcher.search(query, options: SearchOptions(filters: filters, limit: 20, expand: false)).hits
        return hits.filter { hit in
            guard let later = hit.source.meetingDate, later > date else { return false }
            let shared = words.intersection(WordTokenizer.words(hit.text).map(\.folded))
            return shared.count >= 2
        }.prefix(2).map(quote)
    }

    /// Report table rows on the topic, and sentences with figures (percentages, money, counts).
    static func figures(_ passages: [PassageHit]) -> [TopicBrief.Figure] {
        var figures: [TopicBrief.Figure] = []
        for passage in passages {
            if let table = passage.table {
                guard table.cells.dropFirst().contains(where: { !$0.isEmpty }) else { continue }
                figures.append(.init(table: table, text: passage.text, section: passage.section, quote: quote(passage)))
                continue
            }
            for sentence in SentenceSplitter.split(passage.text) where RecordPatterns.hasFigure(sentence) {
                figures.append(.init(table: nil, text: sentence, section: passage.section, quote: quote(passage)))
            }
        }
        return figures
    }

    /// Answers promised for later ("would provide a written answer"): the questions marked deferred, to chase.
    static func deferred(_ questions: [QuestionHit]) -> [TopicBrief.Gap] {
        questions.filter { $0.status == .deferred }.map { question in
            .init(question: question.question, answer: question.answer, asker: question.asker, respondent: question.respondent, quote: quote(question))
        }
    }

    /// Answers that gave no information: questions marked so, and sentences in topic passages that say so
    /// (`Vocabulary.noInformationPhrases`).
    static func gaps(_ passages: [PassageHit], _ questions: [QuestionHit]) -> [TopicBrief.Gap] {
        var gaps: [TopicBrief.Gap] = []
        var covered = Set<String>()
        for question in questions where question.status == .noInformation {
            gaps.append(
                .init(question: question.question, answer: question.answer, asker: question.asker, respondent: question.respondent, quote: quote(question)))
            for sentence in SentenceSplitter.split(question.answer) { covered.insert(sentence.lowercased()) }
        }
        for passage in passages {
            for sentence in SentenceSplitter.split(passage.text) where SentenceWords(sentence).firstMatch(Vocabulary.Lists.noInformation) != nil {
                let clean = sentence.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                guard !covered.contains(sentence.lowercased()), !covered.contains(clean.lowercased()) else { continue }
                covered.insert(sentence.lowercased())
                gaps.append(.init(question: "", answer: clean, asker: nil, respondent: passage.speaker, quote: quote(passage)))
            }
        }
        return gaps
    }
}

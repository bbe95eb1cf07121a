import Foundation
import MinutebookTestSupport
import Testing

/// A workspace of the test's own with the corpus indexed (a copy of `SharedCorpusIndex`, not a fresh ingest),
/// removed afterwards. Its query commands run in process (`Workspace.inProcess`).
func withIndexedWorkspace<T>(_ body: (Workspace) throws -> T) throws -> T {
    let ws = try Workspace.indexed()
    defer { ws.remove() }
    return try body(ws)
}

/// Dates of hits, checked for order: dated ones in order, undated ones last.
func isOrdered(_ dates: [String?], newestFirst: Bool = false, strictly: Bool = false) -> Bool {
    let firstNil = dates.firstIndex(of: nil) ?? dates.count
    guard dates[firstNil...].allSatisfy({ $0 == nil }) else { return false }
    let dated = dates[..<firstNil].compactMap { $0 }
    return zip(dated, dated.dropFirst()).allSatisfy { a, b in
        if strictly { return newestFirst ? a > b : a < b }
        return newestFirst ? a >= b : a <= b
    }
}

@Suite("search: JSON shape, filters and orders")
struct SearchOutputTests {
    static let requiredKeys = [
        "document", "meeting_date", "body", "item", "title", "kind", "speaker", "topics", "text", "snippet", "score", "page", "source_url",
    ]

    @Test("every hit has the documented fields with the right types")
    func jsonFieldTypes() throws {
        try withIndexedWorkspace { ws in
            // "police" reaches every document, dated and undated, minutes and report.
            let result = try ws.run("search", "police", "--limit", "500", "--json")
            #expect(result.status == 0)
            let objects = try JSONOut.objects(result)
            #expect(Set(objects.compactMap { $0["document"] as? String }).count == 5, "police is said in every document")
            for object in objects {
                #expect(object["document"] is String)
                #expect(object["kind"] as? String == "minutes" || object["kind"] as? String == "report")
                #expect(object["topics"] is [Any], "topics is an array")
                #expect((object["text"] as? String)?.isEmpty == false)
                #expect(object["snippet"] is String)
                #expect(object["score"] is NSNumber)
                for key in ["meeting_date", "body", "item", "title", "speaker"] {
                    if let value = object[key] { #expect(value is String || value is NSNull, "\(key) = \(value)") }
                }
                if let date = object["meeting_date"] as? String {
                    #expect(date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil, "ISO date: \(date)")
                }
            }
            let hits = try JSONOut.decode([Hit].self, result)
            // Relevance order: scores do not increase.
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
            // The snippet is an excerpt of the passage (or its heading) with ** around matches.
            #expect(hits.allSatisfy { !$0.snippet.isEmpty })
            #expect(hits.contains { $0.snippet.lowercased().contains("**police**") })
        }
    }

    @Test("every hit has every documented key, null when unknown")
    func jsonKeysAlwaysPresent() throws {
        try withIndexedWorkspace { ws in
            let objects = try JSONOut.objects(try ws.run("search", "police", "--limit", "500", "--json"))
            #expect(!objects.isEmpty)
            var lacking: [String: Set<String>] = [:]  // key → documents whose hits lack it
            for object in objects {
                for key in Self.requiredKeys where object[key] == nil {
                    lacking[key, default: []].insert(object["document"] as? String ?? "?")
                }
            }
            #expect(lacking.isEmpty, "keys missing from hits: \(lacking.mapValues { $0.sorted() })")
        }
    }

    @Test("--topic fgm with no query lists the FGM passages oldest first, undated last")
    func topicListing() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("--topic", "fgm", "--limit", "500")
            let tagged = try ws.topicCounts().first { $0.id == "fgm" }
            #expect(hits.count == tagged?.passages, "the listing has every FGM passage")
            #expect(hits.allSatisfy { $0.topics.contains("fgm") })
            #expect(isOrdered(hits.map(\.meetingDate)), "\(hits.map(\.meetingDate))")
            // FGM is discussed in dated meetings (2017-11-17 … 2018-11-16) and in the undated 000.
            #expect(hits.first?.meetingDate == "2017-11-17")
            #expect(hits.last?.meetingDate == nil && hits.last?.document == "000_55528872e39bc363.txt")

            let newest = try ws.searchHits("--topic", "fgm", "--limit", "500", "--sort", "newest")
            #expect(newest.count == hits.count)
            #expect(isOrdered(newest.map(\.meetingDate), newestFirst: true), "\(newest.map(\.meetingDate))")
            #expect(newest.first?.meetingDate == "2018-11-16")

            let byName = try ws.searchHits("--topic", "FGM", "--limit", "500")
            #expect(byName.count == hits.count, "a topic can be given by name")
            let unknown = try ws.run("search", "--topic", "burglary")
            #expect(unknown.status != 0 && unknown.stderr.contains("unknown topic"), "\(unknown)")
        }
    }

    @Test("--from and --to keep only meetings in the range")
    func dateRange() throws {
        try withIndexedWorkspace { ws in
            let all = try ws.searchHits("police", "--limit", "500")
            let dates = Set(all.compactMap(\.meetingDate))
            #expect(dates == ["2017-11-17", "2018-02-02", "2018-11-16"], "the dates the headers give")

            let range = try ws.searchHits("police", "--from", "2018-01-01", "--to", "2018-06-30", "--limit", "500")
            #expect(!range.isEmpty)
            #expect(range.allSatisfy { $0.meetingDate == "2018-02-02" }, "\(Set(range.map(\.meetingDate)))")
            #expect(range.count == all.filter { $0.meetingDate == "2018-02-02" }.count)

            let from = try ws.searchHits("police", "--from", "2018-02-02", "--limit", "500")
            #expect(from.allSatisfy { ($0.meetingDate ?? "") >= "2018-02-02" })
            #expect(Set(from.compactMap(\.meetingDate)) == ["2018-02-02", "2018-11-16"], "--from is inclusive")
            let to = try ws.searchHits("police", "--to", "2018-02-01", "--limit", "500")
            #expect(Set(to.compactMap(\.meetingDate)) == ["2017-11-17"] && to.allSatisfy { $0.meetingDate != nil })

            let bad = try ws.run("search", "police", "--from", "2018-02-30")
            #expect(bad.status != 0 && bad.stderr.contains("2018-02-30"), "\(bad)")
            let reversed = try ws.run("search", "police", "--from", "2019-01-01", "--to", "2018-01-01")
            #expect(reversed.status != 0, "\(reversed)")
        }
    }

    @Test("--kind report and --kind minutes split the documents")
    func kindFilter() throws {
        try withIndexedWorkspace { ws in
            let reports = try ws.searchHits("police", "--kind", "report", "--limit", "500")
            #expect(!reports.isEmpty)
            #expect(reports.allSatisfy { $0.kind == "report" })
            // 003 is the PCC's progress report; the other four are minutes.
            #expect(Set(reports.map(\.document)) == ["003_fd4940f4ed5dbcc1.txt"])
            let minutes = try ws.searchHits("police", "--kind", "minutes", "--limit", "500")
            #expect(minutes.allSatisfy { $0.kind == "minutes" })
            #expect(Set(minutes.map(\.document)).count == 4)
            let all = try ws.searchHits("police", "--limit", "500")
            #expect(reports.count + minutes.count == all.count)
        }
    }

    @Test("--speaker pcc keeps passages where the PCC speaks")
    func speakerFilter() throws {
        try withIndexedWorkspace { ws in
            let pcc = try ws.searchHits("crime", "--speaker", "pcc", "--limit", "500")
            let all = try ws.searchHits("crime", "--limit", "500")
            #expect(!pcc.isEmpty && pcc.count < all.count)
            for hit in pcc {
                #expect(hit.speakerRole == "pcc" || hit.speakers.contains { $0.role == "pcc" }, "\(hit.document):\(hit.line) \(hit.speakers)")
            }
            // "The PCC referred to the figures on Hate Crime" (000) is the PCC speaking.
            #expect(pcc.contains { $0.text.hasPrefix("The PCC referred to the figures on Hate Crime") })
            // A report table row has no speaker.
            #expect(!pcc.contains { $0.passageKind == "table-row" })
            let byName = try ws.searchHits("crime", "--speaker", "Hayes", "--limit", "500")
            #expect(!byName.isEmpty && byName.allSatisfy { $0.speakers.contains { $0.name.contains("Hayes") } })
        }
    }

    @Test("--limit 3 gives at most three hits", arguments: [1, 3])
    func limit(_ n: Int) throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("police", "--limit", String(n))
            #expect(hits.count == n, "police matches far more than \(n) passages")
            let text = try ws.run("search", "police", "--limit", String(n))
            #expect(text.stdoutLines.filter { $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil }.count == n)
            let zero = try ws.run("search", "police", "--limit", "0")
            #expect(zero.status != 0)
        }
    }

    @Test("--by-meeting gives one group per meeting, in date order")
    func byMeeting() throws {
        try withIndexedWorkspace { ws in
            let result = try ws.run("search", "police", "--by-meeting", "--json")
            #expect(result.status == 0)
            let groups = try JSONOut.decode([MeetingGroupJSON].self, result)
            #expect(isOrdered(groups.map(\.meetingDate), strictly: true), "\(groups.map(\.meetingDate))")
            // 001 (minutes) and 003 (report) are the same meeting, 2 February 2018.
            let february = groups.first { $0.meetingDate == "2018-02-02" }
            #expect(Set(february?.documents ?? []) == ["001_b4dcf0142f218540.txt", "003_fd4940f4ed5dbcc1.txt"])
            #expect(groups.count == 4, "three dated meetings and the undated 000")
            let all = try ws.searchHits("police", "--limit", "1000")
            #expect(groups.reduce(0) { $0 + $1.hits } == all.count, "every hit is counted in its meeting")
            for group in groups {
                #expect(group.best.meetingDate == group.meetingDate)
                #expect(group.documents.contains(group.best.document))
            }

            let newest = try JSONOut.decode([MeetingGroupJSON].self, try ws.run("search", "police", "--by-meeting", "--sort", "newest", "--json"))
            #expect(isOrdered(newest.map(\.meetingDate), newestFirst: true, strictly: true), "\(newest.map(\.meetingDate))")
            #expect(newest.map(\.meetingDate).first == "2018-11-16")

            let text = try ws.run("search", "police", "--by-meeting")
            let headings = text.stdoutLines.filter { $0.range(of: #"^(\d{4}-\d{2}-\d{2}|date unknown)  "#, options: .regularExpression) != nil }
            #expect(headings.map { String($0.prefix(10)) } == ["2017-11-17", "2018-02-02", "2018-11-16", "date unkno"], "\(text)")
        }
    }

    @Test("--sort newest orders hits newest first, undated last")
    func sortNewest() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("police", "--sort", "newest", "--limit", "500")
            #expect(isOrdered(hits.map(\.meetingDate), newestFirst: true), "\(hits.map(\.meetingDate))")
            #expect(hits.first?.meetingDate == "2018-11-16")
            let oldest = try ws.searchHits("police", "--sort", "oldest", "--limit", "500")
            #expect(isOrdered(oldest.map(\.meetingDate)))
            #expect(oldest.first?.meetingDate == "2017-11-17")
            #expect(Set(oldest.map(\.text)) == Set(hits.map(\.text)), "a sort changes order, not what is found")
        }
    }
}

@Suite("search: the query language")
struct QueryLanguageTests {
    @Test("unquoted words are stemmed: prosecute finds prosecutions")
    func stemming() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("prosecute", "--limit", "100")
            // 004: "they had increased prosecutions in relation to rape"
            #expect(hits.contains { $0.text.contains("increased prosecutions") }, "\(locations(hits))")
            // 002: "robust prosecution of those practising"
            #expect(hits.contains { $0.text.contains("robust prosecution") })
            #expect(hits.allSatisfy { $0.searchable.contains("prosecut") })
        }
    }

    @Test("a quoted word is exact: \"prosecute\" does not find prosecutions or prosecution alone")
    func quotedIsExact() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("\"prosecute\"", "--limit", "100")
            #expect(!hits.isEmpty)
            // 004: "They have still yet to prosecute any cases"; 000: "you could prosecute on incitement".
            #expect(hits.contains { $0.text.contains("yet to prosecute any cases") })
            for hit in hits {
                let words = hit.searchable.components(separatedBy: CharacterSet.letters.inverted)
                #expect(words.contains("prosecute"), "\(hit.document):\(hit.line) does not say 'prosecute'")
            }
            #expect(!hits.contains { $0.text.contains("increased prosecutions") })
            #expect(!hits.contains { $0.text.contains("robust prosecution") })
        }
    }

    @Test("-word and NOT word leave passages out")
    func exclusion() throws {
        try withIndexedWorkspace { ws in
            let county = try ws.searchHits("county", "--no-expand", "--limit", "100")
            #expect(county.contains { $0.text.contains("cuckooing") }, "002 pairs County Lines with cuckooing")
            for query in ["county -cuckooing", "county NOT cuckooing"] {
                let hits = try ws.searchHits(query, "--no-expand", "--limit", "100")
                #expect(!hits.isEmpty, "\(query)")
                #expect(!hits.contains { $0.searchable.contains("cuckoo") }, "\(query): \(locations(hits))")
                #expect(hits.count == county.filter { !$0.searchable.contains("cuckoo") }.count, "\(query)")
            }
            let onlyExcluded = try ws.run("search", "--", "-cuckooing")
            #expect(onlyExcluded.status == 1 && onlyExcluded.stderr.contains("leave out"), "\(onlyExcluded)")
            // After `--`, separate shell words work too.
            let separate = try ws.run("search", "--no-expand", "--json", "--limit", "100", "--", "county", "-cuckooing")
            #expect(separate.status == 0, "\(separate)")
            #expect(try JSONOut.decode([Hit].self, separate).allSatisfy { !$0.searchable.contains("cuckoo") })
        }
    }

    @Test("-word typed unquoted in the shell excludes, as the help says")
    func unquotedExclusion() throws {
        try withIndexedWorkspace { ws in
            let result = try ws.run("search", "county", "-cuckooing", "--no-expand", "--json", "--limit", "100")
            #expect(result.status == 0, "\(result)")
            let hits = try JSONOut.decode([Hit].self, result)
            #expect(!hits.isEmpty && hits.allSatisfy { !$0.searchable.contains("cuckoo") })
        }
    }

    @Test("word* matches a prefix: cyber* finds cybercrime")
    func prefix() throws {
        try withIndexedWorkspace { ws in
            let prefixed = try ws.searchHits("cyber*", "--limit", "200")
            let plain = try ws.searchHits("cyber", "--no-expand", "--limit", "200")
            #expect(prefixed.count > plain.count)
            // 000: "The PCC referred to the first key aim on Cybercrime" — no bare "cyber".
            #expect(prefixed.contains { $0.text.hasPrefix("The PCC referred to the first key aim on Cybercrime") })
            #expect(!plain.contains { $0.text.hasPrefix("The PCC referred to the first key aim on Cybercrime") })
            for hit in prefixed {
                let words = hit.searchable.components(separatedBy: CharacterSet.alphanumerics.inverted)
                #expect(words.contains { $0.hasPrefix("cyber") }, "\(hit.document):\(hit.line)")
            }
        }
    }

    @Test("OR gives alternatives: hate OR slavery")
    func or() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("hate OR slavery", "--limit", "200")
            #expect(hits.allSatisfy { $0.searchable.contains("hate") || $0.searchable.contains("slavery") })
            // 004: "supporting victims of exploitation and modern slavery" (no hate); 001: Cllr Hayes on hate crime (no slavery).
            #expect(hits.contains { $0.text.contains("modern slavery networks") && !$0.searchable.contains("hate") })
            #expect(hits.contains { $0.text.contains("performance measures for hate crime") && !$0.searchable.contains("slavery") })
            let hate = try ws.searchHits("hate", "--no-expand", "--limit", "200")
            let slavery = try ws.searchHits("slavery", "--no-expand", "--limit", "200")
            #expect(hits.count >= max(hate.count, slavery.count))
            #expect(hits.count < hate.count + slavery.count + 1)
            // Without OR, all words must match; the passages with only some of them come after, marked partial.
            let both = try ws.searchHits("hate slavery", "--limit", "200")
            #expect(both.filter { $0.match != "partial" }.count < hits.count, "without OR, all words must match")
            #expect(both.filter { $0.match == "partial" }.allSatisfy { !($0.searchable.contains("hate") && $0.searchable.contains("slavery")) })
        }
    }

    @Test("multi-agency finds Multi-Agency Safeguarding Hubs")
    func hyphenatedWords() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("multi-agency", "--limit", "100")
            #expect(hits.contains { $0.text.contains("Multi-Agency Safeguarding Hubs") }, "\(locations(hits))")
            // 004 writes it without the hyphen: "Multi Agency Safeguarding Hubs".
            #expect(hits.contains { $0.text.contains("Multi Agency Safeguarding Hubs") })
            #expect(hits.allSatisfy { $0.searchable.range(of: "multi[- ]?agency", options: .regularExpression) != nil })
        }
    }

    @Test("FGM also finds 'female genital mutilation', exact FGM matches first")
    func acronymExpansion() throws {
        try withIndexedWorkspace { ws in
            let hits = try ws.searchHits("FGM", "--limit", "100")
            let exact = hits.filter { $0.match == "exact" }
            let expanded = hits.filter { $0.match == "expanded" }
            #expect(!exact.isEmpty && !expanded.isEmpty)
            #expect(exact.count + expanded.count == hits.count)
            // Every exact hit comes before every expanded one.
            let lastExact = hits.lastIndex { $0.match == "exact" } ?? -1
            let firstExpanded = hits.firstIndex { $0.match == "expanded" } ?? hits.count
            #expect(lastExact < firstExpanded)
            #expect(exact.allSatisfy { $0.searchable.contains("fgm") })
            #expect(expanded.allSatisfy { !$0.searchable.contains("fgm") && $0.searchable.contains("genital mutilation") })
            // 004: "Cllr Mallon referred to the lack of reporting with Female Genital Mutilation" — never says FGM.
            #expect(expanded.contains { $0.text.contains("Cllr Mallon referred to the lack of reporting with Female Genital Mutilation") })
            // The 003 table row "Level of FGM Crime" is among the first ten.
            let top = try ws.searchHits("FGM")
            #expect(top.count == 10)
            #expect(top.contains { $0.text.hasPrefix("Level of FGM Crime") }, "\(top.map(\.text))")

            let note = try ws.run("search", "FGM")
            #expect(note.stderr.contains("also searched the other names of: fgm"), "\(note)")
            let plain = try ws.searchHits("FGM", "--no-expand", "--limit", "100")
            #expect(plain.allSatisfy { $0.match == "exact" } && plain.count == exact.count)
        }
    }

    @Test("MASH also finds 'multi agency safeguarding hub' written out")
    func mashExpansion() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        try ws.write(
            "corpus/zz_safeguarding.txt",
            """
            Meeting of Thames Valley Police and Crime Panel, Friday, 5th July, 2019 11.00 am (Item 9.)

            Minutes:

            The Chief Constable said the multi agency safeguarding hub in Wexcombe now shared referrals within a day.
            """)
        try ws.ingestOK()
        let hits = try ws.searchHits("MASH", "--limit", "100")
        // 004 says "Multi Agency Safeguarding Hubs … the MASHs"; 002 "Multi-Agency Safeguarding Hubs (MASHs)".
        #expect(hits.contains { $0.text.contains("Multi Agency Safeguarding Hubs") })
        #expect(hits.contains { $0.text.contains("Multi-Agency Safeguarding Hubs (MASHs)") })
        let wexcombe = hits.first { $0.text.contains("Wexcombe") }
        #expect(wexcombe?.match == "expanded", "\(locations(hits))")
        #expect(hits.last?.text.contains("Wexcombe") == true, "the synonym-only passage ranks after the exact ones")
        #expect(!(try ws.searchHits("MASH", "--no-expand", "--limit", "100")).contains { $0.text.contains("Wexcombe") })
    }

    @Test("a misspelt word gets a suggestion from the index")
    func didYouMean() throws {
        try withIndexedWorkspace { ws in
            let result = try ws.run("search", "cuckoing")
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout.contains("No passages match"), "\(result)")
            #expect(result.stdout.contains("Did you mean: cuckooing?"), "\(result)")
            #expect(try ws.searchHits("cuckoing").isEmpty)
            // A word the index knows gets no suggestion.
            let known = try ws.run("search", "cuckooing")
            #expect(!known.stdout.contains("Did you mean"))
        }
    }
}

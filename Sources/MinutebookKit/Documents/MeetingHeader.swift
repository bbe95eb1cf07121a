import Foundation

/// Finds the panel's name, the meeting date and the item number in a document's header lines.
/// Only what the text says is returned; nothing is guessed.
enum MeetingHeader {
    /// "Police and Crime Panel", "Police, Fire and Crime Panel": a panel named without its place.
    static func isUnplacedPanel(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["police and crime panel", "police, fire and crime panel", "police fire and crime panel", "the police and crime panel"].contains(lower)
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    private static let monthPattern =
        #"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"#
    private static let dayMonthYear = try! NSRegularExpression(
        pattern: #"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"# + monthPattern + #"\.?,?\s+(\d{4})\b"#, options: [.caseInsensitive])
    private static let monthDayYear = try! NSRegularExpression(
        pattern: "\\b" + monthPattern + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#, options: [.caseInsensitive])
    private static let isoDate = try! NSRegularExpression(pattern: #"\b(\d{4})-(\d{2})-(\d{2})\b"#)
    private static let slashDate = try! NSRegularExpression(pattern: #"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"#)
    private static let itemNumber = try! NSRegularExpression(pattern: #"\(\s*Item\s+(\d{1,4}[A-Za-z]?)\.?\s*\)"#, options: [.caseInsensitive])
    private static let panelName = try! NSRegularExpression(
        pattern: #"Police,?\s+(?:Fire\s+(?:and|&)\s+)?(?:Fire\s+)?(?:and\s+|&\s+)?Crime\s+(?:Panel|Committee)"#, options: [.caseInsensitive])

    /// Other bodies that hold the police to account, for a header with no panel: "Police, Fire and Rescue Sub
    /// Committee", "Northmark Police Authority", "Policing Board", "Police and Fire and Rescue Services Committee".
    private static let otherBodyName = try! NSRegularExpression(
        pattern:
            #"\b(?:Police|Policing)(?:,?\s+(?:(?:and|&)\s+)?Fire(?:\s+(?:and|&)\s+Rescue)?(?:\s+Services?)?)?(?:\s+(?:and|&)\s+Safer\s+Communities)?\s+(?:Sub[-\s]?Committee|Committee|Board|Authority)\b"#,
        options: [.caseInsensitive])

    /// The first date written in `text`, as ISO `YYYY-MM-DD`. Day-month order is assumed for `dd/mm/yyyy` (UK usage).
    static func firstDate(in text: String) -> String? {
        // Every date read has a year of four ASCII digits (`iso` takes no other): most lines have none.
        guard hasFourDigits(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        var best: (location: Int, iso: String)?
        func consider(_ regex: NSRegularExpression, _ make: (NSTextCheckingResult) -> String?) {
            for match in regex.matches(in: text, range: range) {
                if let iso = make(match) {
                    if best == nil || match.range.location < best!.location { best = (match.range.location, iso) }
                    break
                }
            }
        }
        func group(_ match: NSTextCheckingResult, _ index: Int) -> String {
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
        consider(dayMonthYear) { iso(year: group($0, 3), month: group($0, 2), day: group($0, 1)) }
        consider(monthDayYear) { iso(year: group($0, 3), month: group($0, 1), day: group($0, 2)) }
        // A date these read has ASCII digits round its "-" or "/" (`iso` takes no other): most headers have none.
        if hasDigits(around: UInt8(ascii: "-"), in: text) { consider(isoDate) { iso(year: group($0, 1), month: group($0, 2), day: group($0, 3)) } }
        if hasDigits(around: UInt8(ascii: "/"), in: text) { consider(slashDate) { iso(year: group($0, 3), month: group($0, 2), day: group($0, 1)) } }
        return best?.iso
    }

    /// Whether `text` holds `mark` with an ASCII digit on either side ("2024-03-12", "12/03/2024").
    static func hasDigits(around mark: UInt8, in text: String) -> Bool {
        var before: UInt8 = 0
        var sawMark = false
        for byte in text.utf8 {
            let digit = byte >= 48 && byte <= 57
            if sawMark, digit { return true }
            sawMark = byte == mark && before >= 48 && before <= 57
            before = byte
        }
        return false
    }

    /// Whether `text` holds four ASCII digits in a row.
    static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static func iso(year: String, month: String, day: String) -> String? {
        guard let y = Int(year), let d = Int(day), (1990...2100).contains(y) else { return nil }
        let m: Int
        if let numeric = Int(month) { m = numeric } else if let named = months[String(month.lowercased().prefix(3))] { m = named } else { return nil }
        guard (1...12).contains(m), d >= 1, d <= CalendarDate.days(inMonth: m, year: y) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// "(Item 150.)" → "150".
    static func itemNumber(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = itemNumber.firstMatch(in: text, range: range), let r = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[r])
    }

    /// The panel named in `text`: "Thames Valley Police and Crime Panel", with the place words before it on the
    /// same line ("Soarbridge, Charnwold and Welland", "Dyfed-Powys"), and nothing of what stands around it: a
    /// council's name ("Brantmoor Council Brantmoor Police, Fire and Crime Panel"), "Summary", "Minutes of the".
    ///
    /// A heading that names no place ("POLICE AND CRIME PANEL", "Police and Crime Panel") gives way to a full name
    /// further on ("Minutes of the meeting of the Orwellshire Police and Crime Panel held on …").
    static func panel(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        var matches = panelName.matches(in: text, range: range).prefix(8).compactMap { Range($0.range, in: text) }
        if matches.isEmpty { matches = otherBodyName.matches(in: text, range: range).prefix(8).compactMap { Range($0.range, in: text) } }
        guard let r = matches.first else { return nil }
        let lineStart = text[..<r.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        var place = placeBefore(r, in: text)
        // "At a Meeting of Police and Crime Panel held in …" names no place: the host council above it does
        // ("Harrowfell County Council" → "Harrowfell Police and Crime Panel").
        // "Police and Crime Panel for Ribblemoor - Monday, 3rd February, 2025": the place after the name.
        if place.isEmpty, let after = placeAfter(text[r.upperBound...]) {
            return TitleCase.panel(String(text[r]).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ") + " for " + after)
        }
        if place.isEmpty, let (later, laterPlace) = matches.dropFirst().lazy.map({ ($0, placeBefore($0, in: text)) }).first(where: { !$0.1.isEmpty }) {
            return TitleCase.panel(
                (laterPlace + [String(text[later])]).joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(
                    separator: " "))
        }
        if place.isEmpty, let host = hostCouncilPlace(in: text[..<lineStart]) { place = [host] }
        let name = (place + [String(text[r])]).joined(separator: " ")
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return TitleCase.panel(name)
    }

    /// The place words before a panel's name on its line: "Soarbridge, Charnwold and Welland", "Dyfed-Powys".
    static func placeBefore(_ r: Range<String.Index>, in text: String) -> [String] {
        let stop: Set<String> = [
            "the", "of", "to", "meeting", "report", "minutes", "for", "a", "at", "by", "from", "with", "progress", "pcc",
            "council", "summary", "official", "agenda", "draft", "confirmed", "unconfirmed", "item", "document",
            "annual", "extraordinary", "special", "joint", "details", "page", "public", "sensitive", "notes", "on",
            "in", "held", "decisions", "record", "transcript", "appendix", "members", "member", "panel", "committee",
            // The kind of meeting put before the name: "Confirmation Hearing, Ousevale Police and Crime Panel".
            "hearing", "confirmation", "briefing", "workshop", "session",
        ]
        // A table cell is a line of its own: "PANEL HEDDLU A THROSEDDU ERYRI A CHLWYD<tab>ERYRI AND CLWYD POLICE AND CRIME
        // PANEL" (a bilingual title, Welsh beside English) names the place in the English cell only.
        let lineStart = text[..<r.lowerBound].lastIndex(where: { $0 == "\n" || $0 == "\t" }).map { text.index(after: $0) } ?? text.startIndex
        let words = text[lineStart..<r.lowerBound].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var place: [String] = []
        var index = words.count - 1
        while index >= 0, place.count < 6 {
            var word = words[index]
            let comma = word.hasSuffix(",")
            if comma { word.removeLast() }
            let lower = word.lowercased()
            // "Soarbridge, Charnwold and Welland", "Isle of Wyke": a joining word between two place words.
            if lower == "and" || lower == "&" || lower == "of", !place.isEmpty, index > 0, words[index - 1].first?.isUppercase == true,
                !stop.contains(words[index - 1].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",")))
            {
                place.insert(lower, at: 0)
                index -= 1
                continue
            }
            guard let first = word.first, first.isUppercase, !stop.contains(lower) else { break }
            place.insert(word + (comma && !place.isEmpty ? "," : ""), at: 0)
            index -= 1
        }
        // A place cannot start with "and".
        while let first = place.first, first == "and" || first == "&" || first == "of" { place.removeFirst() }
        return place
    }

    /// " for Ribblemoor - Monday …" → "Ribblemoor": capitalised words after "for", on the same line, up to a
    /// dash, a comma, a bracket, a weekday or a month.
    static func placeAfter(_ text: Substring) -> String? {
        let line = text.prefix(while: { $0 != "\n" })
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.first?.lowercased() == "for" else { return nil }
        let calendar: Set<String> = [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ]
        var place: [Substring] = []
        for word in words.dropFirst() {
            var word = word
            let ends = word.hasSuffix(",")
            if ends { word = word.dropLast() }
            let lower = word.lowercased()
            if calendar.contains(lower) { break }
            if lower == "and" || lower == "of", !place.isEmpty {
                place.append(word)
            } else if let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) {
                place.append(word)
            } else {
                break
            }
            if ends || place.count >= 5 { break }
        }
        while let last = place.last, last == "and" || last == "of" { place.removeLast() }
        return place.isEmpty ? nil : place.joined(separator: " ")
    }

    /// "Harrowfell County Council" on a line of its own → "Harrowfell".
    static func hostCouncilPlace(in text: Substring) -> String? {
        for line in text.split(separator: "\n").reversed() {
            var words = line.split(separator: " ").map(String.init)
            guard words.count >= 2, words.count <= 6, words.last == "Council" else { continue }
            words.removeLast()
            if let last = words.last, ["County", "Borough", "City", "District", "Metropolitan"].contains(last) { words.removeLast() }
            guard !words.isEmpty, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            return words.joined(separator: " ")
        }
        return nil
    }
}

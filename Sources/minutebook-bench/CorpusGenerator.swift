import Foundation
import MinutebookKit

/// A deterministic, streaming generator of a synthetic corpus of Police and Crime Panel documents,
/// laid out like the pages in `corpus/` so the parser and index see realistic input at scale.
///
/// Layouts (chosen per document from its own random stream):
/// - 40% **single agenda item pages**: `Meeting documents`, a `  • Meeting of <Body>, <Weekday>, <Nth> <Month>,
///   <Year> 11.00 am (Item <n>.)` line, a title, `Minutes:`, paragraphs separated by NBSP lines, and usually a
///   `During discussion Members raised the following points :-` block of `  • Cllr …` bullets.
/// - 25% **agenda item pages**: `Agenda item`, a title, `Minutes:`, paragraphs, then `Members Questions` with
///   numbered questions `(1) …?` each answered in brackets `[The PCC reported that …]`.
/// - 15% **whole-meeting pages**: `Agenda and minutes`, the panel and `Date:` header lines, then 4–8 items,
///   each a bare number line `12.`, a title, `Minutes:` and paragraphs (with prose questions
///   `A question was asked whether … The Chief Constable replied that …`).
/// - 20% **reports**: a `**PCC PROGRESS REPORT TO THE …**` bold title, numbered key aims, `TVP Delivery Plan
///   actions & progress:` / `Qtr. 1:` subheadings, `- ` bullets and TAB-separated performance tables.
///
/// Text is template prose over a few hundred common policing words and phrases, with a Zipf-distributed long
/// tail drawn from 50,000 generated pseudo-words (e.g. "Operation Bavokel"). Topic mentions: about 3.8% of all
/// sentences (headings and list lines included) contain one of `topicPhrases`; about 0.7% are follow-up
/// commitments ("The PCC said he would look into it.", "a report would be provided to the Panel") and about 2%
/// carry figures ("increased by 21%", "£100,000 has been allocated"). Sizes are log-normal, mean about 6.5 KB,
/// roughly 2–20 KB. Each document depends only on `seed` and its index.
public struct CorpusGenerator: Sendable {
    /// The phrases counted as topic mentions (about 3–5% of sentences carry one).
    public static let topicPhrases: [String] = [
        "cybercrime", "cyber crime", "Action Fraud", "email scams", "county lines", "cuckooing", "drug lines",
        "FGM", "female genital mutilation", "MASH", "Multi-Agency Safeguarding Hubs", "hate crime",
        "domestic abuse", "modern slavery", "road safety", "mental health", "honour based abuse",
        "child sexual exploitation",
    ]

    public let seed: UInt64

    public init(seed: UInt64 = 42) {
        self.seed = seed
    }

    /// Writes `count` documents into `directory` (created if missing), one file each, named like "doc-000123.txt".
    /// Streams: never holds more than one document in memory. Returns total bytes written.
    public func generate(count: Int, into directory: URL) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32 * 1024)
        var total = 0
        for index in 0..<max(0, count) {
            buffer.removeAll(keepingCapacity: true)
            render(index: index, into: &buffer)
            try Self.write(buffer, to: directory.appendingPathComponent(Self.fileName(index)).path)
            total += buffer.count
        }
        return total
    }

    /// One document's text (deterministic for a given index), for tests.
    public func document(index: Int) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(32 * 1024)
        render(index: index, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// A file could not be written; `code` is the `errno` value.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var code: Int32
        public var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }

    /// One `write` call for the whole document (looping only on a short write). Plain POSIX rather than
    /// `Data.write(to:)`, which fsyncs every file on Linux and made generation ten times slower.
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    /// "doc-000123.txt" (more digits past 999,999).
    static func fileName(_ index: Int) -> String {
        let digits = String(index)
        return "doc-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
    }

    private func render(index: Int, into buffer: inout [UInt8]) {
        var composer = Composer(seed: SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(truncatingIfNeeded: index) &+ 0x632B_E59B_D9B4_E019)))
        swap(&composer.out, &buffer)
        composer.compose()
        while composer.out.last == 0x0A { composer.out.removeLast() }
        swap(&composer.out, &buffer)
    }
}

// MARK: - Random numbers

/// SplitMix64: tiny, fast and good enough for text generation.
struct SplitMix64: Sendable {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n > 0).
    @inline(__always) mutating func below(_ n: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform in lo...hi.
    @inline(__always) mutating func range(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }

    /// Uniform in [0, 1).
    @inline(__always) mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    @inline(__always) mutating func chance(_ p: Double) -> Bool { unit() < p }

    @inline(__always) mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}

// MARK: - Templates

/// What a `{X}` marker in a template stands for.
private enum Slot: Sendable {
    case actorCap, actor, verb, clause, subject, subjectOrTopic, place, member, rareCap, rare, topic
    case number, smallNumber, percent, money, year, financialYear, month, area, aim
}

private enum Piece: Sendable {
    case text([UInt8])
    case slot(Slot)
}

/// A sentence pattern, pre-split into literal UTF-8 runs and slots.
private struct Template: Sendable {
    let pieces: [Piece]
    let source: String

    init(_ source: String) {
        self.source = source
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        let bytes = Array(source.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "}"),
                let slot = Template.slot(bytes[i + 1])
            {
                if !literal.isEmpty { pieces.append(.text(literal)); literal = [] }
                pieces.append(.slot(slot))
                i += 3
            } else {
                literal.append(bytes[i])
                i += 1
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    private static func slot(_ code: UInt8) -> Slot? {
        switch code {
        case UInt8(ascii: "A"): .actorCap
        case UInt8(ascii: "a"): .actor
        case UInt8(ascii: "V"): .verb
        case UInt8(ascii: "C"): .clause
        case UInt8(ascii: "S"): .subject
        case UInt8(ascii: "X"): .subjectOrTopic
        case UInt8(ascii: "P"): .place
        case UInt8(ascii: "M"): .member
        case UInt8(ascii: "R"): .rareCap
        case UInt8(ascii: "r"): .rare
        case UInt8(ascii: "T"): .topic
        case UInt8(ascii: "N"): .number
        case UInt8(ascii: "n"): .smallNumber
        case UInt8(ascii: "F"): .financialYear
        case UInt8(ascii: "K"): .percent
        case UInt8(ascii: "G"): .money
        case UInt8(ascii: "Y"): .year
        case UInt8(ascii: "O"): .month
        case UInt8(ascii: "B"): .area
        case UInt8(ascii: "I"): .aim
        default: nil
        }
    }
}

// MARK: - Lexicon

private func utf8(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
private func templates(_ list: [String]) -> [Template] { list.map(Template.init) }

private enum Lex {
    static let areas: [String] = [
        "Thames Valley", "Hampshire", "Kent", "Surrey", "Sussex", "Essex", "Norfolk", "Suffolk",
        "Devon and Cornwall", "Avon and Somerset", "Dorset", "Wiltshire", "Gloucestershire", "Warwickshire",
        "West Mercia", "Cheshire", "Lancashire", "Cumbria", "Derbyshire", "Nottinghamshire", "Leicestershire",
        "Lincolnshire", "Staffordshire", "Cambridgeshire", "Hertfordshire", "North Yorkshire",
    ]
    static let areaBytes = utf8(areas)
    static let bodyBytes = utf8(areas.map { $0 + " Police and Crime Panel" })
    static let bodyUpperBytes = utf8(areas.map { ($0 + " Police and Crime Panel").uppercased() })

    static let members = utf8([
        "Culverhouse", "Hayes", "Burke", "Mann", "Mallon", "Egleton", "Bendyshe-Brown", "Birchley", "Brown",
        "Carroll", "Chapman", "Dhillon", "Elliott", "Fenton", "Gibson", "Hardy", "Harris", "Hussain", "Jenkins",
        "Kaur", "Lambert", "Lovegrove", "Matthews", "McCarthy", "Milne", "Nash", "Owen", "Patel", "Pearce", "Reed",
        "Rhodes", "Sandhu", "Saunders", "Stevens", "Turner", "Walsh", "Webber", "Whitehead", "Wilson", "Wright",
        "Ahmed", "Clarke",
    ])

    static let commissioners = utf8([
        "Anthony Hartley", "Susan Marsh", "David Pellow", "Helen Carver", "Richard Ashdown", "Margaret Tolley",
        "Jonathan Reeve", "Alison Croft",
    ])

    static let places = utf8([
        "Oxford", "Reading", "Slough", "Milton Keynes", "Aylesbury", "Banbury", "High Wycombe", "Bracknell",
        "Wokingham", "Newbury", "Didcot", "Abingdon", "Witney", "Bicester", "Maidenhead", "Windsor", "Thatcham",
        "Henley", "Wantage", "Chesham", "Amersham", "Marlow", "Buckingham", "Kidlington", "Basingstoke",
        "Winchester", "Maidstone", "Canterbury", "Guildford", "Chelmsford", "Norwich", "Ipswich", "Exeter",
        "Plymouth", "Swindon", "Salisbury", "Cheltenham", "Warrington", "Preston", "Carlisle", "Derby", "Lincoln",
    ])

    static let actors = utf8([
        "PCC", "PCC", "PCC", "Chief Constable", "Chief Constable", "Deputy Chief Constable", "Deputy PCC",
        "Chairman", "Chief Executive of the OPCC", "Chief Finance Officer", "Scrutiny Officer", "Policy Manager",
    ])

    static let verbs = utf8([
        "reported that", "commented that", "informed the Panel that", "explained that", "confirmed that",
        "advised that", "noted that", "said that", "replied that", "stated that", "highlighted that",
        "acknowledged that", "reported that", "commented that",
    ])

    static let subjects = utf8([
        "burglary", "anti-social behaviour", "knife crime", "violent crime", "rural crime", "shoplifting",
        "vehicle crime", "serious organised crime", "the 101 service", "emergency response times",
        "neighbourhood policing", "officer recruitment", "staff retention", "the precept", "the estates strategy",
        "victims services", "restorative justice", "the Contact Management Programme", "body worn video",
        "officer wellbeing", "the custody suites", "wildlife crime", "fly-tipping", "speeding", "stop and search",
        "the Special Constabulary", "the volunteer programme", "community speed watch",
        "the criminal justice system", "reoffending", "integrated offender management", "the use of drones",
        "the complaints process", "digital investigations", "the control room", "youth diversion",
        "the night-time economy", "theft from vehicles", "street drinking", "unauthorised encampments",
        "retail crime", "fraud prevention", "elder abuse", "stalking and harassment", "coercive control",
        "forced marriage", "peer on peer abuse", "online safety", "the Safer Roads Partnership",
        "the Economic Crime Unit", "the capital programme", "police pensions", "the Police Education Qualification Framework",
        "the Local Criminal Justice Board", "the victims' code", "repeat victimisation", "serious violence",
        "the Violence Reduction Unit", "drug supply", "cash seizures under the Proceeds of Crime Act",
    ])

    static let topics: [[UInt8]] = utf8(CorpusGenerator.topicPhrases)
    /// Title-cased variants where the real pages capitalise them ("Domestic Abuse", "Hate Crime").
    static let topicsTitle: [[UInt8]] = utf8(
        CorpusGenerator.topicPhrases.map { phrase in
            phrase.first!.isLowercase && phrase.contains(" ")
                ? phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                : phrase
        })

    static let months = utf8([
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ])
    static let monthAbbrevs = utf8(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    static let weekdays = utf8(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])

    static let priorities = utf8([
        "Vulnerability", "Prevention and Early Intervention", "Reducing Re-offending",
        "Serious Organised Crime and Terrorism", "Police Ethics and Reform", "Strong Local Policing",
    ])

    static let aims = templates([
        "Coordinated efforts by police and partner agencies to improve public awareness of measures to protect themselves from cybercrime, particularly targeting those most at risk (such as those at either end of the age spectrum)",
        "Increased focus by all agencies on preventing and tackling 'peer on peer' abuse",
        "A coordinated strategy between police, health and local authorities to tackle FGM in {B}, leading to improved reporting of FGM and evidenced approaches on prevention",
        "Improved reporting and understanding of the prevalence and nature of hate crime across {B}",
        "Police and partners address road safety concerns, especially amongst vulnerable groups such as younger people, cyclists and pedestrians",
        "Improved use of technology by police, in order to prevent crime and support earlier intervention with known offenders",
        "Improved recognition across the criminal justice system of mental health distress experienced by both victims and offenders",
        "Better understanding by police and partners of the extent and nature of elder abuse, followed by positive actions taken to address the issues uncovered",
        "Improvements in criminal justice experience and outcomes for victims of sexual offences",
        "Reduced levels of re-offending by those managed through Integrated Offender Management",
        "Improved public confidence in the way police respond to calls for service",
        "Increased use of restorative justice across the criminal justice system",
        "Better use of volunteers and the Special Constabulary to support neighbourhood policing",
        "Greater visibility of neighbourhood policing teams in rural communities",
        "Improved efficiency through collaboration with neighbouring forces and partner agencies",
        "Reduction in the harm caused by serious organised crime and the supply of illegal drugs",
        "Improved management of demand on the 101 non-emergency service",
        "Increased capacity to investigate crime with a digital element",
        "Stronger partnership working to reduce anti-social behaviour in town centres",
        "Improved police awareness and robust prosecution of those practising 'more hidden' forms of abuse, including coercive control, stalking, harassment and forced marriage",
    ])

    static let titles = templates([
        "Police and Crime Plan Strategic Priority {n} - Performance Report - Prevention and Early Intervention",
        "Police and Crime Plan Strategic Priority {n} - Performance Report - Vulnerability",
        "Police and Crime Plan Strategic Priority {n} - Reducing Re-offending",
        "Strategic Objective {n} Prevention and Early Intervention. The OPCC and {B} Police Delivery Plans are attached as a supplement.",
        "Report of the Complaints, Integrity and Ethics Panel",
        "Proposed Precept {F}",
        "Topical Issues",
        "Work Programme",
        "Update on the Contact Management Programme",
        "Force Estates Strategy",
        "HMICFRS Inspection Reports",
        "PCC Annual Report {F}",
        "Medium Term Financial Plan",
        "Update on Operation {R}",
        "Victims Services Update",
        "Community Safety Fund Grants {F}",
        "Review of the {R} Partnership",
        "General",
        "Risk Management Report",
        "Annual Assurance Report",
        "Report of the Budget Task and Finish Group",
        "Confirmation Hearing - Deputy Police and Crime Commissioner",
        "Performance Report - Neighbourhood Policing",
        "Rural Crime Strategy",
        "Police Officer Recruitment and Retention",
        "Serious Violence Duty - Update",
    ])

    static let descriptions = utf8([
        "To receive a report from the Police and Crime Commissioner.",
        "To receive a report for the Police and Crime Commissioner.",
        "To consider the report of the Scrutiny Officer.",
        "To note the report.",
        "Panel Members are asked to consider the report and make any recommendations.",
        "To receive an update from the Police and Crime Commissioner and the Chief Constable.",
    ])

    static let resolutions = utf8([
        "The report was noted.",
        "RESOLVED – That the report and information be noted.",
        "RESOLVED\n\n\u{a0} \n\nThat the report and update provided by the Police and Crime Commissioner be welcomed and noted.",
        "RESOLVED – That the report be noted and that a further update be provided at a future meeting.",
        "The Panel noted the report.",
        "RESOLVED – That the report and information be reported.",
    ])

    /// Reported-speech clauses, lower case first, no topic phrases.
    static let clauses = templates([
        "the Force was continuing to work closely with partners on {S}",
        "performance on {S} was being monitored through the Force Performance Group",
        "there had been a reduction in {S} over the last quarter",
        "the figures for {S} were broadly in line with the national average",
        "a review of {S} was under way and would conclude in {O} {Y}",
        "funding had been provided to the {R} project in {P}",
        "officers in {P} had been working with the {R} partnership",
        "this was a difficult area and there was no simple solution",
        "each Local Policing Area had produced its own action plan",
        "recruitment of new officers was on track",
        "the new IT systems were now bedding in",
        "the {R} scheme had been well received by local residents",
        "the issue would be raised at the next Force Performance Group meeting",
        "demand on the Force had increased significantly",
        "this was a national issue and not just a local one",
        "neighbourhood teams were being strengthened in {P}",
        "the matter had been referred to the Home Office",
        "the OPCC monitored this funding very carefully to ensure value for money",
        "the Force had been rated good by HMICFRS",
        "Operation {R} had led to a number of arrests in {P}",
        "community engagement in {P} had improved",
        "response times for emergency calls had improved",
        "the 101 non-emergency service was still not performing as well as he would like",
        "there were concerns about the level of resources available for {S}",
        "the budget for {S} was under pressure",
        "a bid had been submitted to the Home Office for additional funding",
        "collaboration with neighbouring forces was working well",
        "the Community Safety Partnerships had a key role to play",
        "the data would need to be treated with some caution",
        "further work was needed to understand the underlying causes",
        "there was national guidance on this area in relation to crime recording",
        "a large amount of work had been carried out with schools in {P}",
        "it would be highly unlikely that the matter would go to court",
        "the approach to {S} had been refreshed following the last inspection",
        "the {R} team had been set up to deal with the problem",
        "the law had changed which meant assets could now be recovered more quickly",
        "line managers had been trained in this area",
        "the Force was adopting a number of new technologies",
        "the number of {r} incidents reported in {P} had fallen",
        "he was concerned about {S} and the impact on local communities",
        "the {R} review had made {N} recommendations, all of which had been accepted",
        "partners in {P} had agreed a joint approach to {S}",
        "the Panel would be kept up to date on progress",
        "the estates programme included the sale of the {R} site",
        "officers had made proactive visits to vulnerable people in {P}",
        "the evidence base on {S} was still developing",
        "the {R} pilot would be evaluated before any wider roll out",
        "there was a high failure rate in the courts",
        "victims were being kept informed at every stage of an investigation",
    ])

    static let general = templates([
        "{A} {V} {C}.",
        "{A} {V} {C}.",
        "{A} {V} {C}.",
        "{A} {V} {C}, and that {C}.",
        "Reference was made to {S} and {a} {V} {C}.",
        "Cllr {M} asked whether {C}.",
        "Cllr {M} referred to {S} in {P}.",
        "In response to a question, {a} {V} {C}.",
        "Members were informed that {C}.",
        "Discussion took place on {S} and {a} was thanked for the work undertaken.",
        "The Panel was advised that {C}.",
        "It was noted that {C}.",
        "A Member commented that {C}.",
        "{A} commented that {S} was a difficult area and that {C}.",
        "Concerns were raised about {S} in {P}, where {C}.",
        "{A} referred to the {R} initiative and {V} {C}.",
        "The report detailed progress made on {S} and the {R} programme.",
        "Members were pleased to note that {C}.",
        "The Chairman thanked {a} for the update on {S}.",
        "It was acknowledged that {C}, although {C}.",
        "{A} explained the background to the {R} review and {V} {C}.",
        "Local residents in {P} had raised concerns about {S} and {r} in the area.",
        "The {R} pilot in {P} would be evaluated before any wider roll out.",
        "Further detail on {S} was set out in the appendix to the report.",
        "Members asked about the impact of {S} on {r} and the wider community.",
        "{A} {V} the {R} scheme had been extended to {P}.",
        "There was a discussion about {S} and the role of the Community Safety Partnerships.",
        "The Panel welcomed the progress made on {S}.",
        "{A} {V} {C}. However, {C}.",
        "Members noted that {S} remained a concern in parts of {P}.",
    ])

    static let topical = templates([
        "{A} referred to {T} and said that this remained a priority for the Force.",
        "Cllr {M} asked what was being done to tackle {T} in {P}.",
        "Reference was made to {T} and the work being undertaken with partner agencies.",
        "{A} reported that a dedicated team had been set up to deal with {T}.",
        "Members welcomed the update on {T} and asked to be kept informed.",
        "Funding had been allocated to a local project tackling {T} in {P}.",
        "There had been an increase in reported cases of {T} over the last twelve months.",
        "Training on {T} had been delivered to frontline officers across all Local Policing Areas.",
        "{A} {V} awareness of {T} among partner agencies had improved.",
        "A discussion took place on {T} and the pressure this placed on neighbourhood teams.",
        "Cllr {M} referred to {T} and asked whether the Force had sufficient resources.",
        "Work on {T} was being coordinated with the Community Safety Partnerships.",
        "The Panel noted that more work was needed with partners on {T}.",
        "{A} {V} the figures on {T} should be treated with some caution.",
        "Operation {R} had focused on {T} in {P} and had resulted in several arrests.",
    ])

    static let commitments = templates([
        "The PCC said he would look into it.",
        "The PCC said he would look into it and report back to Cllr {M}.",
        "The Chief Constable agreed that a report would be provided to the Panel at a future meeting.",
        "It was agreed that a report would be provided to the Panel in {O} {Y}.",
        "{A} undertook to provide a written response to Members.",
        "The PCC said he would look into the matter with his Policy Manager.",
        "A further report would be provided to the Panel once the review had concluded.",
    ])

    static let figures = templates([
        "The Chief Constable reported that {S} had increased by {K}% from last year.",
        "Reports of {S} had fallen by {K}% compared with the same period last year.",
        "{G} has been allocated to support work on {S}.",
        "The PCC confirmed that {G} had been allocated to the {R} project in {P}.",
        "Outcomes for victims had gone up {K}%.",
        "The level of {S} in {P} had increased by {K}% over the quarter.",
        "The Force had invested {G} in new technology over the last {N} years.",
        "Since {Y}, the number of officers dedicated to {S} had increased by {K}%.",
    ])

    static let proseQuestions = templates([
        "A question was asked whether {C}. The Chief Constable replied that {C}.",
        "A question was asked whether {C}. {A} replied that {C}.",
        "A Member asked whether {C}. {A} {V} {C}.",
        "A question was asked about {X} in {P}. The Chief Constable replied that {C}.",
    ])

    static let discussionOpeners = templates([
        "Cllr {M} asked the Chief Constable whether {C}. The Chief Constable reported that {C}.",
        "Cllr {M} referred to {X} and asked what was being done in {P}. The PCC said that {C}.",
        "Cllr {M} referred to {X}. The PCC said {C}.",
        "Cllr {M} asked for an update on the {R} project. {A} reported that {C}.",
        "Cllr {M} asked what the PCC was doing about {X}. The PCC reported that {C}.",
        "Cllr {M} referred to the performance measures for {X}. {A} commented that {C}.",
    ])

    static let questions = templates([
        "What was the reason for {X} figures going up, but the incidents having gone down in the same period?",
        "What was the success rate for the prosecution of cases involving {X}?",
        "How much interagency and collaborative work is carried out with other Police Forces on {X}?",
        "What was being done to tackle {X} in {P}?",
        "Could the PCC provide an update on the {R} project?",
        "Was the Force confident that {C}?",
        "What progress had been made on {X} since the last meeting?",
        "How would the PCC ensure that {C}?",
        "In relation to {X}, why was there a reluctance to share information with partners?",
        "Was this due to the increase in confidence in reporting {X}?",
    ])

    static let answerOpeners = templates([
        "The PCC reported that {C}.",
        "The Chief Constable reported that {C}.",
        "The PCC replied that {C}.",
        "The PCC did not have the figures but commented that {C}.",
        "{A} {V} {C}.",
    ])

    static let reportBullets = templates([
        "The Force is undertaking a comprehensive review of operational guidance on {X}.",
        "All LPAs offered {S} prevention material for frontline officers.",
        "{P} LPA launched the '{R}' project in collaboration with local schools.",
        "Operation {R} was delivered to support work on {X} in {P}.",
        "The OPCC has recruited a Communications Support Officer ({O} {Y}) whose role will include work on {S}.",
        "The PCC's 10% top-slice of Community Safety Funding (CSF) is being used to support targeted priorities - {G} has been allocated to {X} initiatives.",
        "{P} CSP invested {G} in a {R} Co-ordinator post.",
        "Launched the {N} month '{R}' campaign ({O} {Y}).",
        "The {R} Strategy Group took place in {O} {Y}; the next meeting is due in the following quarter.",
        "TVP published guidance for its officers on {S}.",
        "{P} LPA has worked with local communities to map home CCTV systems to gather evidence.",
        "Use of the Special Constabulary to support victims on {S} is being maximised.",
    ])

    static let reportAreas = utf8([
        "Cyber and digital crime", "Young people at risk", "Perceptions of crime", "Whole place approaches",
        "Mental health and policing", "Adults at risk", "Service quality", "Rural and wildlife crime",
    ])

    static let measures = utf8([
        "Racist", "Faith related", "Homophobic", "Transphobic", "Disability related", "Burglary", "Vehicle",
        "Rural", "Knife", "Violent", "Shoplifting", "Online", "Repeat", "Youth",
    ])

    static let venues = utf8([
        "Paralympic Room, Buckinghamshire Council, Aylesbury", "Council Chamber, Town Hall",
        "Committee Room 1, County Hall", "Virtual meeting", "Council Chamber, Civic Offices",
    ])

    /// Pseudo-words for the long tail, packed as one byte array with offsets.
    static let rare: (bytes: [UInt8], offsets: [Int32]) = makeRareWords(count: rareCount)
    static let rareCount = 50_000
    static let rareLogSpan = log(Double(rareCount) + 1)

    private static func makeRareWords(count: Int) -> (bytes: [UInt8], offsets: [Int32]) {
        let consonants = Array("bdfgklmnprstvzhj".utf8)  // 16
        let vowels = Array("aeiou".utf8)  // 5
        let suffixes = utf8(["", "", "", "a", "on", "ine", "ry", "ley", "wick", "ham", "ford", "ton", "ett", "ish", "en"])
        // Words used by the templates and word lists must not double as "rare" words.
        var common = Set<String>()
        let lists = [
            members, commissioners, places, actors, verbs, subjects, months, priorities, descriptions,
            resolutions, reportAreas, measures, venues,
        ]
        let texts =
            areas + lists.flatMap { $0.map { String(decoding: $0, as: UTF8.self) } }
            + [
                aims, titles, clauses, general, topical, commitments, figures, proseQuestions, discussionOpeners,
                questions, answerOpeners, reportBullets,
            ].flatMap { $0.map(\.source) }
        for text in texts {
            for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) { common.insert(String(w)) }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 8)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(count + 1)
        let space = 16 * 5 * 16 * 5 * 16  // 102,400 stems CVCVC
        for rank in 0..<count {
            var code = (rank &* 40_503 &+ 12_345) % space  // a bijection on 0..<space
            var word: [UInt8] = []
            for position in 0..<5 {
                if position % 2 == 0 { word.append(consonants[code % 16]); code /= 16 } else { word.append(vowels[code % 5]); code /= 5 }
            }
            let suffix = suffixes[Int(SplitMix64.mix(UInt64(rank)) % UInt64(suffixes.count))]
            // 'x' is never a stem letter, so "stem x suffix" stays unique.
            if common.contains(String(decoding: word + suffix, as: UTF8.self)) { word.append(UInt8(ascii: "x")) }
            word += suffix
            bytes += word
            offsets.append(Int32(bytes.count))
        }
        return (bytes, offsets)
    }
}

// MARK: - Composition

/// Probabilities for the special kinds of sentence.
private let pTopic = 0.047
private let pCommitment = 0.015
private let pFigure = 0.03

private struct Composer {
    var out: [UInt8] = []
    var rng: SplitMix64
    var area = 0
    var year = 2018
    var month = 1
    var day = 1
    var weekday = 5
    var dotPad = 6
    var lastClause = -1

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    // MARK: Output primitives

    @inline(__always) mutating func lit(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always) mutating func put(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }

    mutating func int(_ n: Int, commas: Bool = false) {
        if commas, n >= 1000 {
            int(n / 1000, commas: true)
            lit(",")
            let rest = n % 1000
            if rest < 100 { lit("0") }
            if rest < 10 { lit("0") }
            out.append(contentsOf: String(rest).utf8)
        } else {
            out.append(contentsOf: String(n).utf8)
        }
    }

    mutating func twoDigits(_ n: Int) {
        if n < 10 { lit("0") }
        int(n)
    }

    mutating func ordinal(_ n: Int) {
        int(n)
        switch (n % 100 >= 11 && n % 100 <= 13) ? 0 : n % 10 {
        case 1: lit("st")
        case 2: lit("nd")
        case 3: lit("rd")
        default: lit("th")
        }
    }

    mutating func rareWord(capital: Bool) {
        let rank = min(Lex.rareCount - 1, Int(exp(rng.unit() * Lex.rareLogSpan)) - 1)
        let (bytes, offsets) = Lex.rare
        let start = out.count
        out.append(contentsOf: bytes[Int(offsets[rank])..<Int(offsets[rank + 1])])
        if capital { out[start] &-= 32 }
    }

    mutating func topic() {
        let i = rng.below(Lex.topics.count)
        put(rng.chance(0.25) ? Lex.topicsTitle[i] : Lex.topics[i])
    }

    mutating func money() {
        lit("£")
        let u = rng.unit()
        if u < 0.1 {
            lit("100,000")
        } else if u < 0.25 {
            int(rng.range(1, 12)); if rng.chance(0.5) { lit("."); int(rng.range(1, 9)) }
            lit(rng.chance(0.7) ? " million" : "million")
        } else if u < 0.45 {
            int(rng.range(1_000, 99_999), commas: true)
        } else {
            int(rng.range(2, 400) * (rng.chance(0.5) ? 1000 : 250), commas: true)
        }
    }

    mutating func emit(_ template: Template) {
        for piece in template.pieces {
            switch piece {
            case .text(let bytes): out.append(contentsOf: bytes)
            case .slot(let slot): fill(slot)
            }
        }
    }

    mutating func fill(_ slot: Slot) {
        switch slot {
        case .actorCap: lit("The "); put(rng.pick(Lex.actors))
        case .actor: lit("the "); put(rng.pick(Lex.actors))
        case .verb: put(rng.pick(Lex.verbs))
        case .clause:
            // Never the same clause twice running ("…, and that X, and that X").
            var i = rng.below(Lex.clauses.count)
            if i == lastClause { i = (i + 1 + rng.below(Lex.clauses.count - 1)) % Lex.clauses.count }
            lastClause = i
            emit(Lex.clauses[i])
        case .subject: put(rng.pick(Lex.subjects))
        case .subjectOrTopic: if rng.chance(pTopic) { topic() } else { put(rng.pick(Lex.subjects)) }
        case .place: put(rng.pick(Lex.places))
        case .member: put(rng.pick(Lex.members))
        case .rareCap: rareWord(capital: true)
        case .rare: rareWord(capital: false)
        case .topic: topic()
        case .number: int(rng.range(2, 40))
        case .smallNumber: int(rng.range(1, 6))
        case .financialYear: fy(month >= 4 ? year : year - 1)
        case .percent: int(rng.range(2, 60))
        case .money: money()
        case .year: int(year + rng.range(-1, 1))
        case .month: put(rng.pick(Lex.months))
        case .area: put(Lex.areaBytes[area])
        case .aim: emit(rng.pick(Lex.aims))
        }
    }

    // MARK: Sentences and paragraphs

    /// One sentence from the general mix: topic mentions, commitments, figures or plain prose.
    mutating func sentence(proseQuestions: Double = 0) {
        let u = rng.unit()
        if u < pTopic {
            emit(rng.pick(Lex.topical))
        } else if u < pTopic + pCommitment {
            emit(rng.pick(Lex.commitments))
        } else if u < pTopic + pCommitment + pFigure {
            emit(rng.pick(Lex.figures))
        } else if u < pTopic + pCommitment + pFigure + proseQuestions {
            emit(rng.pick(Lex.proseQuestions))
        } else {
            emit(rng.pick(Lex.general))
        }
    }

    mutating func sentences(_ count: Int, proseQuestions: Double = 0) {
        for i in 0..<count {
            if i > 0 { lit(" ") }
            sentence(proseQuestions: proseQuestions)
        }
    }

    /// A prose paragraph ending with a blank line, sometimes with a stray trailing NBSP like the real pages.
    mutating func paragraph(proseQuestions: Double = 0) {
        sentences(rng.range(1, 5), proseQuestions: proseQuestions)
        if rng.chance(0.1) { lit("\u{a0} ") }
        lit("\n\n")
    }

    /// The "NBSP space" line that separates paragraphs on the real pages.
    mutating func spacer() { lit("\u{a0} \n\n") }

    /// Paragraphs separated by spacer lines until the output reaches `limit` bytes (at least one).
    mutating func paragraphs(until limit: Int, proseQuestions: Double = 0) {
        repeat {
            paragraph(proseQuestions: proseQuestions)
            if out.count < limit { spacer() }
        } while out.count < limit
    }

    /// "·" followed by NBSP padding, as Word's symbol bullets come out; sometimes the glyph is lost.
    mutating func dotBullet() {
        if dotPad > 12 {
            for _ in 0..<9 { lit("\u{a0} ") }
        } else {
            lit("·")
            for _ in 0..<dotPad { lit("\u{a0} ") }
        }
        lit(" ")
    }

    mutating func title() {
        emit(rng.pick(Lex.titles))
        lit("\n\n")
    }

    mutating func body() { put(Lex.bodyBytes[area]) }

    /// "Friday, 2nd February, 2018"
    mutating func longDate() {
        put(Lex.weekdays[weekday]); lit(", "); ordinal(day); lit(" "); put(Lex.months[month - 1]); lit(", "); int(year)
    }

    mutating func meetingTime() {
        let u = rng.unit()
        if u < 0.8 { lit("11.00 am") } else if u < 0.9 { lit("10.30 am") } else if u < 0.95 { lit("2.00 pm") } else { lit("1.00 pm") }
    }

    // MARK: Document

    mutating func compose() {
        let layout = rng.unit()
        pickDate()
        area = rng.chance(0.3) ? 0 : rng.below(Lex.areas.count)
        dotPad = rng.range(5, 15)
        // Log-normal size, median ~5.7 KB before the layout factor.
        let base = exp(8.57 + 0.5 * rng.normal())
        if layout < 0.40 {
            meetingDocuments(target: clampTarget(base * 0.9))
        } else if layout < 0.65 {
            agendaItem(target: clampTarget(base * 0.9))
        } else if layout < 0.80 {
            wholeMeeting(target: clampTarget(base * 1.25))
        } else {
            report(target: clampTarget(base * 1.2))
        }
    }

    func clampTarget(_ value: Double) -> Int { Int(min(19_000, max(1_900, value))) }

    mutating func pickDate() {
        year = rng.range(2012, 2025)
        month = rng.range(1, 12)
        day = rng.range(1, CalendarDate.days(inMonth: month, year: year))
        weekday = Self.weekday(year, month, day)
        // Panels meet on weekdays: move a weekend to the Friday before (or the Monday after, early in the month).
        if weekday == 6 { if day > 1 { day -= 1 } else { day += 2 } }
        if weekday == 0 { if day > 2 { day -= 2 } else { day += 1 } }
        weekday = Self.weekday(year, month, day)
    }

    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let yy = m < 3 ? y - 1 : y
        return (yy + yy / 4 - yy / 100 + yy / 400 + t[m - 1] + d) % 7
    }

    // MARK: Layout 1: "Meeting documents" (single item of a meeting)

    mutating func meetingDocuments(target: Int) {
        lit("Meeting documents\n\n  • Meeting of "); body(); lit(", "); longDate(); lit(" "); meetingTime()
        lit(" (Item "); int(rng.range(1, 200)); lit(".)\n\n")
        title()
        if rng.chance(0.25) {
            lit("Panel Members are asked to consider the following:-\n\n")
            for _ in 0..<rng.range(2, 4) { dotBullet(); emit(rng.pick(Lex.aims)); lit("\n\n") }
        }
        lit("Minutes:\n\n")
        let discussion = rng.chance(0.8)
        let start = out.count
        let introEnd = discussion ? start + (target - start) * 2 / 5 : target - 120
        paragraphs(until: introEnd)
        if discussion {
            spacer()
            let bulletsEnd = target - 150
            if rng.chance(0.8) {
                lit("During discussion Members raised the following points :-\n\n")
                spacer()
                repeat {
                    lit("  • "); discussionBullet(); lit("\n")
                } while out.count < bulletsEnd
                lit("\n")
            } else {
                lit("During discussion the following points were made:-\n\n")
                spacer()
                repeat {
                    dotBullet(); discussionBullet(); lit("\n\n")
                    if rng.chance(0.2) {
                        lit("Action: ")
                        if rng.chance(0.5) { lit("Cllr "); put(rng.pick(Lex.members)) } else { lit("PCC/Chief Constable") }
                        lit("\n\n")
                    }
                } while out.count < bulletsEnd
            }
            spacer()
        } else {
            spacer()
        }
        put(rng.pick(Lex.resolutions))
        lit("\n\nSupporting documents:")
    }

    mutating func discussionBullet() {
        emit(rng.pick(Lex.discussionOpeners))
        for _ in 0..<rng.range(0, 3) { lit(" "); sentence() }
    }

    // MARK: Layout 2: "Agenda item" with Members Questions

    mutating func agendaItem(target: Int) {
        lit("Agenda item\n\n")
        title()
        put(rng.pick(Lex.descriptions)); lit("\n\n")
        lit("Minutes:\n\n")
        if rng.chance(0.5) {
            let fyStart = month >= 4 ? year : year - 1
            lit("The Panel was provided with a report which detailed progress made (Year "); int(rng.range(1, 4))
            lit(", "); int(fyStart); lit("/"); twoDigits((fyStart + 1) % 100)
            lit(" to end of quarter "); int(rng.range(1, 4))
            lit(") on delivery of the following four-year Police and Crime Plan key aims for addressing ")
            put(rng.pick(Lex.priorities)); lit(":\n\n")
            spacer()
            for _ in 0..<rng.range(3, 6) { dotBullet(); emit(rng.pick(Lex.aims)); lit(".\n\n") }
            spacer()
        }
        let start = out.count
        paragraphs(until: start + max(300, (target - start) * 11 / 20))
        spacer()
        lit("Members Questions\n\n")
        spacer()
        let questionsEnd = target - 80
        var number = 1
        repeat {
            lit("("); int(number); lit(") ")
            if rng.chance(0.3) { sentence(); lit(" ") }
            emit(rng.pick(Lex.questions))
            lit("\n\n")
            if rng.chance(0.7) { spacer() }
            lit("[")
            emit(rng.pick(Lex.answerOpeners))
            for _ in 0..<rng.range(0, 3) { lit(" "); sentence() }
            lit("]\n\n")
            spacer()
            number += 1
        } while out.count < questionsEnd || number <= 2
        put(rng.pick(Lex.resolutions))
        lit("\n\nSupporting documents:")
    }

    // MARK: Layout 3: "Agenda and minutes" (a whole meeting)

    mutating func wholeMeeting(target: Int) {
        lit("Agenda and minutes\n\n"); body(); lit("\n\nDate: "); longDate(); lit(" "); meetingTime(); lit("\n\n")
        if rng.chance(0.6) { lit("Venue: "); put(rng.pick(Lex.venues)); lit("\n\n") }
        if rng.chance(0.5) { lit("Contact: "); put(rng.pick(Lex.commissioners)); lit(", Scrutiny Officer\n\n") }
        let items = rng.range(4, 8)
        var number = rng.range(1, 160)
        let standard = min(items - 2, rng.range(0, 4))
        for k in 0..<standard {
            int(number); lit(".\n\n")
            number += 1
            switch k {
            case 0:
                lit("Apologies for Absence, Substitute Members and Declarations of Interest\n\nMinutes:\n\n")
                if rng.chance(0.7) {
                    lit("Apologies were received from Cllr "); put(rng.pick(Lex.members))
                    lit(" and Cllr "); put(rng.pick(Lex.members)); lit(".")
                } else {
                    lit("There were no apologies for absence.")
                }
                if rng.chance(0.3) {
                    lit(" Cllr "); put(rng.pick(Lex.members))
                    lit(" declared a personal interest as a member of the "); rareWord(capital: true)
                    lit(" Community Safety Partnership.")
                }
            case 1:
                // The previous meeting, one to three months earlier.
                let back = rng.range(1, 3)
                let previousMonth = (month - back + 11) % 12 + 1
                lit("Minutes\n\nMinutes:\n\nThe Minutes of the meeting held on ")
                ordinal(rng.range(1, 28)); lit(" "); put(Lex.months[previousMonth - 1]); lit(" ")
                int(month > back ? year : year - 1)
                lit(" were agreed as a correct record and signed by the Chairman.")
            case 2:
                lit("Public Question Time\n\nMinutes:\n\n")
                if rng.chance(0.6) {
                    lit("There were no public questions.")
                } else {
                    lit("A public question was received from a resident of "); put(rng.pick(Lex.places))
                    lit(" regarding "); put(rng.pick(Lex.subjects))
                    lit(". The PCC had provided a written response which was circulated to Members.")
                }
            default:
                lit("Chairman's Announcements\n\nMinutes:\n\nThe Chairman welcomed Cllr "); put(rng.pick(Lex.members))
                lit(" to the Panel.")
            }
            lit("\n\n")
        }
        let substantive = items - standard
        for k in 0..<substantive {
            let remaining = target - out.count
            let itemEnd = out.count + max(400, remaining / (substantive - k))
            int(number); lit(".\n\n")
            number += 1
            title()
            lit("Minutes:\n\n")
            paragraphs(until: itemEnd - 100, proseQuestions: 0.08)
            if rng.chance(0.5) { spacer(); put(rng.pick(Lex.resolutions)); lit("\n\n") }
        }
    }

    // MARK: Layout 4: PCC progress report

    mutating func report(target: Int) {
        // A report covers the financial year to the end of the last full quarter.
        let quarter = month >= 4 && month <= 6 ? 4 : month <= 3 ? 3 : month <= 9 ? 1 : 2
        let fyStart = month >= 7 ? year : year - 1
        let planStart = fyStart - rng.range(0, 3)
        let priority = rng.range(1, Lex.priorities.count)
        lit("\n\n**PCC PROGRESS REPORT TO THE\n"); put(Lex.bodyUpperBytes[area]); lit("\n")
        ordinal(day); lit(" "); put(Lex.months[month - 1]); lit(" "); int(year); lit("**\n\n")
        lit("**Police and Crime Plan Strategic Priority "); int(priority); lit(":\n"); put(Lex.priorities[priority - 1]); lit("**\n\n")
        lit("I ensure delivery of my Police and Crime Plan "); int(planStart); lit("-"); int(planStart + 4)
        lit(" objectives by holding to account "); put(Lex.areaBytes[area])
        lit(
            " Police and other PCC-funded and commissioned service providers for their delivery of specific operational policing, crime reduction and community safety objectives.\n\n"
        )
        if rng.chance(0.6) {
            lit("The Chief Constable produces an Annual Force Delivery Plan which complements and supports my Police and Crime Plan. ")
            sentences(rng.range(1, 3)); lit("\n\n")
        }
        lit("In respect of **Strategic Priority "); int(priority); lit(" ('"); put(Lex.priorities[priority - 1])
        lit("')** my objective is to improve outcomes for victims and communities, with particular emphasis on the following areas:\n\n")
        for a in distinct(rng.range(3, 5), of: Lex.reportAreas.count) { lit("- "); put(Lex.reportAreas[a]); lit("\n") }
        lit("\nMy Police and Crime Plan sets out the following 'Key Aims' for addressing "); put(Lex.priorities[priority - 1]); lit(":\n\n")
        let aimCount = rng.range(3, 6)
        let aims = distinct(aimCount, of: Lex.aims.count)
        let quirk = rng.chance(0.5)
        for (i, a) in aims.enumerated() {
            lit("- "); int(i + 1); lit(". "); emit(Lex.aims[a]); lit(quirk ? "**\n" : ".\n")
        }
        lit("\nI have summarised below the progress to date (Year "); int(fyStart - planStart + 1); lit(", ")
        fy(fyStart); lit(", to end of Qtr. "); int(quarter); lit(") on the delivery of the above, four-year, Police and Crime Plan 'Key Aims'.\n\n")
        fy(fyStart); lit(" PROGRESS ON DELIVERY OF STRATEGIC PRIORITY "); int(priority); lit(" 'KEY AIMS'\n\n(Year ")
        int(fyStart - planStart + 1); lit(", "); fy(fyStart); lit(", Qtr. "); int(quarter); lit(")\n\n")

        for (i, a) in aims.enumerated() {
            let sectionEnd = out.count + max(600, (target - 150 - out.count) / (aimCount - i))
            int(i + 1); lit(". "); emit(Lex.aims[a]); lit("\n\nTVP Delivery Plan actions & progress:\n\n")
            let byQuarter = rng.chance(0.75)
            let tableAt = rng.chance(0.5)
            let opccEnd = out.count + (sectionEnd - out.count) * 3 / 4
            if byQuarter {
                var q = 1
                repeat {
                    if q == 2 && rng.chance(0.3) { lit("Qtr.2:\n\n") } else { lit("Qtr. "); int(q); lit(":\n\n") }
                    for _ in 0..<rng.range(1, 4) { reportBullet() }
                    lit("\n")
                    q += 1
                } while q <= max(quarter, 1) && out.count < opccEnd
            } else {
                repeat {
                    lit("- Q"); int(rng.range(1, quarter)); lit(rng.chance(0.5) ? " – " : " - ")
                    reportBulletText(); lit("\n")
                } while out.count < opccEnd
                lit("\n")
            }
            if tableAt { table(fyStart: fyStart, quarter: quarter) }
            lit(rng.chance(0.8) ? "OPCC initiatives & progress:\n\n" : "OPCC Community Safety Fund Initiatives:\n\n")
            repeat { reportBullet() } while out.count < sectionEnd
            lit("\n")
        }
        put(rng.pick(Lex.commissioners)); lit("\n\nPolice and Crime Commissioner for "); put(Lex.areaBytes[area])
        lit("\n\n"); int(rng.range(1, 28)); lit(" "); put(Lex.months[month - 1]); lit(" "); int(year)
    }

    /// `count` distinct indices in 0..<n, in random order (partial Fisher–Yates).
    mutating func distinct(_ count: Int, of n: Int) -> [Int] {
        var all = Array(0..<n)
        for i in 0..<min(count, n) { all.swapAt(i, i + rng.below(n - i)) }
        return Array(all.prefix(count))
    }

    mutating func fy(_ start: Int) {
        int(start); lit("/"); twoDigits((start + 1) % 100)
    }

    mutating func reportBulletText() {
        emit(rng.pick(Lex.reportBullets))
        for _ in 0..<rng.range(0, 2) { lit(" "); sentence() }
    }

    mutating func reportBullet() {
        lit("- "); reportBulletText(); lit("\n")
    }

    mutating func table(fyStart: Int, quarter: Int) {
        let lastMonth = [6, 9, 12, 3][quarter - 1]
        let lastDay = [30, 30, 31, 31][quarter - 1]
        lit("TVP Performance Measures "); fy(fyStart); lit(", Qtr. "); int(quarter); lit(" (1 April – ")
        int(lastDay); lit(" "); put(Lex.months[lastMonth - 1]); lit(" "); int(quarter == 4 ? fyStart + 1 : fyStart); lit(")\n\n")
        lit("Measure\t"); fy(fyStart - 1); lit(" Comparison\t"); fy(fyStart); lit(" (April – "); put(Lex.monthAbbrevs[lastMonth - 1]); lit(")\n")
        if rng.chance(0.5) {
            lit("Increase in confidence of victims to report "); put(rng.pick(Lex.measures)); lit(" Crime and Incidents\t\t\n")
        }
        let scale = rng.chance(0.5) ? 2_000 : 200
        let kind = rng.below(3)
        for m in distinct(rng.range(2, 10), of: Lex.measures.count) {
            lit("Level of "); put(Lex.measures[m])
            lit(kind == 0 || (kind == 2 && rng.chance(0.5)) ? " crime\t" : " incidents\t")
            let before = rng.range(0, scale)
            let after = Int(Double(before) * (0.4 + 1.4 * rng.unit()))
            int(before, commas: true); lit("\t"); int(after, commas: true); lit("\n")
        }
        lit("\n")
    }
}

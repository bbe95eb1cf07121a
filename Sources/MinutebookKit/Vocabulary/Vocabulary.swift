import Foundation

/// The words of the domain, in one place: the offices that answer at a panel, the titles members go by,
/// and the verbs minutes use for asking, raising a point, answering and deferring.
///
/// Everything here is data, matched on words without regard to case (acronyms included). Adding an office
/// or a verb is one line: the sentence reader (`SentenceReader`), the answer status rule
/// (`AnswerStatusClassifier`) and the passage speaker roles all read these lists.
///
/// Phrases are written in lower case, one word per space; `'` stands for both the straight and the curly
/// apostrophe; a trailing full stop on an abbreviation ("Cllr.", "Supt.") is ignored when matching.
public enum Vocabulary {
    // MARK: Offices

    /// An office that answers members' questions, by the words it is written with.
    public struct Office: Sendable {
        public var role: Role
        public var phrases: [String]
        /// Followed by a subject of its own ("Head of Finance", "Director of Operations"): up to four capitalised words.
        public var takesSubject = false
    }

    /// Longest phrases are tried first, so "deputy chief constable" wins over "chief constable".
    public static let offices: [Office] = [
        Office(
            role: .pcc,
            phrases: [
                "police and crime commissioner", "police & crime commissioner", "police fire and crime commissioner",
                "police fire & crime commissioner", "police crime and victims commissioner", "police crime and victims' commissioner",
                "police crime & victims commissioner", "police and crime and victims commissioner", "pcc", "pfcc", "pcvc",
                "commissioner", "elected mayor", "mayor", "police and crime commissioner's representative",
            ]),
        Office(
            role: .deputyPCC,
            phrases: [
                "deputy police and crime commissioner", "deputy police fire and crime commissioner", "deputy pcc", "deputy pfcc",
                "deputy pcvc", "dpcc", "deputy commissioner", "deputy mayor for policing and crime", "deputy mayor for policing",
                "deputy mayor for policing crime and criminal justice", "deputy mayor",
            ]),
        Office(role: .chiefConstable, phrases: ["chief constable", "temporary chief constable", "acting chief constable", "t/chief constable", "cc"]),
        Office(
            role: .deputyChiefConstable,
            phrases: [
                "deputy chief constable", "temporary deputy chief constable", "acting deputy chief constable", "dcc", "t/dcc",
            ]),
        Office(
            role: .chiefFireOfficer,
            phrases: [
                "chief fire officer", "chief fire and rescue officer", "chief fire & rescue officer", "cfo", "chief officer of the fire and rescue service",
            ]),
        Office(
            role: .officer,
            phrases: [
                "assistant chief constable", "temporary assistant chief constable", "acc", "t/acc", "deputy chief fire officer",
                "assistant chief fire officer", "chief superintendent", "detective chief superintendent", "superintendent",
                "detective superintendent", "supt", "ch supt", "chief inspector", "detective chief inspector", "inspector", "insp",
                "chief executive", "chief executive of the opcc", "opcc chief executive", "ceo", "chief finance officer", "chief financial officer",
                "finance officer", "interim chief finance officer", "treasurer", "monitoring officer", "scrutiny officer", "policy officer",
                "policy manager", "policy lead", "chief of staff", "opcc officer", "opcc representative", "director of finance",
                "assistant chief officer", "assistant commissioner", "deputy assistant commissioner", "commander", "area manager", "group manager",
                "force solicitor", "chief officer",
                // Fire and rescue ranks and local commanders (Scottish Fire and Rescue Service, Police Scotland, English services).
                "group commander", "station commander", "watch commander", "area commander", "deputy assistant chief officer",
                "local senior officer", "local police commander", "local area commander", "divisional commander", "borough commander",
            ]),
        Office(role: .officer, phrases: ["head of", "director of", "deputy director of", "assistant director of", "chief of"], takesSubject: true),
        // Partner agencies that attend for an item and answer members: the Crown Prosecution Service.
        Office(role: .other, phrases: ["chief crown prosecutor", "deputy chief crown prosecutor", "crown prosecutor", "senior crown prosecutor"]),
    ]

    /// The last word of a staff title the list above does not name ("the Victims' Champion", "the Head of Service
    /// Delivery Manager", "the Panel's Legal Adviser"): after "the" and capitalised words, it answers as an officer.
    static let staffTitleNouns: Set<String> = [
        "officer", "manager", "lead", "champion", "director", "adviser", "advisor", "coordinator",
        "co-ordinator", "analyst", "solicitor", "treasurer", "commander",
        "superintendent", "inspector", "executive", "controller", "administrator", "clerk",
    ]

    /// Words that, before an office, belong to its name as written ("the Force's Chief Finance Officer").
    static let officeOwners = ["force's", "commissioner's", "pcc's", "pfcc's", "opcc's", "service's", "mayor's"]
    /// The body an officer serves, named before the title: "the Irwell Vale Combined Authority Treasurer".
    static let servedBodyNouns: Set<String> = ["authority", "council", "police", "constabulary", "service", "office", "commission"]
    /// The Commissioner's office as a whole, in short: "The OPCC does not hold this data".
    static let commissionersOffices: Set<String> = ["opcc", "opfcc", "opcvc"]
    /// Whose officer, when it is a partner's: "the county's Director of Public Health" answers as `Role.other`.
    static let partnerOwners: Set<String> = ["county's", "council's", "city's", "borough's", "district's", "councils'", "nhs's", "trust's"]

    // MARK: Members

    /// Titles before a member's name. "Councillor" is written "Cllr" in what minutebook stores.
    static let memberTitles: [String: String] = [
        "cllr": "Cllr", "councillor": "Cllr", "county councillor": "Cllr", "borough councillor": "Cllr", "city councillor": "Cllr",
        "district councillor": "Cllr", "cty cllr": "Cllr", "county cllr": "Cllr", "town councillor": "Cllr", "parish councillor": "Cllr",
        // Welsh: "Cynghorydd", written "Cyng." ("Cyng. Mair Bowen asked …").
        "cyng": "Cllr", "cynghorydd": "Cllr", "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "dr": "Dr", "professor": "Professor",
        "prof": "Professor", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady", "reverend": "Reverend", "rev": "Reverend",
        "independent member": "", "co-opted member": "", "co-opted independent member": "", "independent co-opted member": "",
        // A scanned print read by OCR: "Clir Jean Uffcott", "CIlr Ford".
        "clir": "Cllr", "cilr": "Cllr", "c1lr": "Cllr", "cl1r": "Cllr",
    ]
    /// Words a scanned print's OCR misreads, as they should read: "lt was asked", "ln response", "0PCC", "Cornmissioner".
    /// `SentenceWords` reads a word that starts with "l", "0" or "c" through it.
    static let ocrSlips: [String: String] = [
        "lt": "it", "ln": "in", "0pcc": "opcc", "0pfcc": "opfcc", "cornmissioner": "commissioner", "cornmittee": "committee",
        "councilior": "councillor", "counciilor": "councillor", "ciirs": "cllrs", "clirs": "cllrs",
    ]
    /// Several councillors named together: "Councillors Smith and Jones".
    static let pluralMemberTitles = ["cllrs", "councillors"]

    /// Unnamed members, one person: "A Member", "an independent member", "One Member of the Panel".
    static let oneMemberLeads = ["a", "an", "one", "another", "a further", "the other", "one other", "a second", "a third"]
    static let memberNouns = [
        "member", "panel member", "independent member", "co-opted member", "lay member", "independent co-opted member",
        "member of the panel", "panel member",
    ]
    /// Members together: "Members", "Several members of the Panel".
    static let membersLeads = ["", "some", "several", "other", "the", "a number of", "many", "various", "two", "three", "panel"]
    static let membersNouns = ["members", "panel members", "members of the panel", "councillors", "independent members"]

    /// The chair of the meeting. Their questions count; their statements do not.
    static let chairPhrases = [
        "the chair", "the chairman", "the chairwoman", "the chairperson", "the vice chair", "the vice-chair",
        "the vice chairman", "the vice-chairman", "the vice chairwoman", "the vice-chairwoman",
        "the chair of the panel", "the chairman of the panel", "the deputy chair", "the deputy chairman",
        "chair", "chairman", "vice chair", "vice-chair", "vice chairman", "vice-chairman",
        "chairperson", "chairwoman", "the vice chairperson", "the vice-chairperson", "vice chairperson", "vice-chairperson", "deputy chair",
    ]

    /// Pronouns and descriptions that point back at the member asking ("He asked …", "The Councillor queried …").
    static let memberPronouns = [
        "he", "she", "they", "the councillor", "the member", "the independent member", "the same member",
        "cllr", "councillor",
    ]

    // MARK: Verbs

    /// Asking: a question even when no answer is minuted.
    static let askingVerbs = [
        "asked", "queried", "questioned", "enquired", "inquired", "sought", "requested", "wished to know", "wanted to know",
        "wished to understand", "wanted to understand", "wondered", "challenged", "pressed", "probed", "put a question",
        "raised a question", "raised a query", "posed a question", "posed", "raised the question", "raised the query",
        "posed the question", "put the question", "raised questions", "requested clarification", "asked for", "sought clarification",
        "sought assurance", "sought reassurance", "sought confirmation", "sought an update", "followed up", "further asked",
        "was keen to know", "was keen to understand", "would like to know", "asked about",
        "submitted the following question", "submitted a question", "submitted the question", "submitted a written question",
        "put the following question", "put a question", "had submitted the following question",
        // Asking again or at leave: "Panel members continued to seek clarification …", "Mr X was allowed to ask a
        // supplementary question …".
        "continued to ask", "continued to seek", "continued to press", "continued to question", "continued to query",
        // Cut short: "Councillor Malpas began to ask about …, but the Chair reminded him …".
        "began to ask", "started to ask", "attempted to ask", "tried to ask", "sought to ask", "wished to ask", "wanted to ask",
        "went on to ask", "went on to seek", "went on to query", "went on to question",
        "was allowed to ask", "was permitted to ask", "was given the opportunity to ask",
    ]
    /// Raising a point: a question only when the minutes record an answer to it.
    static let pointVerbs = [
        "referred", "referenced", "made reference", "raised", "commented", "cited", "highlighted", "noted", "expressed",
        "pointed out", "suggested", "mentioned", "observed", "stated", "said", "felt", "drew attention", "spoke", "remarked",
        "emphasised", "emphasized", "stressed", "voiced", "was concerned", "were concerned", "believed", "argued", "welcomed",
        "praised", "commended", "added", "recognised", "recognized", "acknowledged", "considered", "reported", "explained",
        "indicated", "informed", "made the point", "made a point", "was of the view", "queried whether", "considered that",
        "asked that", "proposed", "questioned whether", "expressed concern", "expressed disappointment", "shared",
        "returned to", "turned to", "reminded", "addressed the panel", "addressed the meeting", "spoke to", "drew the panel's attention",
        "acknowledged", "questioned", "challenged", "urged", "called for", "welcomed the report", "thanked",
    ]
    /// Answering: what an office does at the start of its reply. Any verb after an office reads as an answer;
    /// these are the ones also recognised in the middle of a sentence ("… and the PCC said that …").
    static let midSentenceAnswerVerbs = [
        "said", "reported", "replied", "responded", "explained", "advised", "confirmed", "stated", "informed", "commented",
        "indicated", "noted", "agreed", "acknowledged", "undertook", "assured", "clarified", "answered", "added", "outlined",
    ]
    /// After an office these are not its answer: "The PCC was thanked", "the Chief Constable was asked".
    static let passiveNotAnswer = [
        "thanked", "congratulated", "praised", "commended", "welcomed", "invited", "asked", "questioned",
        "queried", "pressed", "challenged", "requested", "urged", "encouraged", "invited to",
    ]
    /// Verbs after an office's thanks, or opening a paragraph after its reply ("He …"), that are not answering: what
    /// an office does to the meeting or a member does to an office.
    static let notAnswering: Set<String> = [
        "thanked", "welcomed", "invited", "asked", "urged", "encouraged", "congratulated", "praised", "commended", "requested",
        "referred", "raised", "queried", "questioned", "challenged", "moved", "seconded", "proposed", "wondered", "sought",
    ]
    /// Verbs of asking and answering in the present tense, as notes of a workshop write them ("GW asks whether …",
    /// "NF says that …"), and the past tense the readers know them by. Only forms that are never nouns: not
    /// "questions", "queries", "notes", "reports", "replies", "states".
    static let presentTense: [String: String] = [
        "asks": "asked", "says": "said", "explains": "explained", "confirms": "confirmed", "responds": "responded",
        "advises": "advised", "adds": "added", "raises": "raised", "undertakes": "undertook", "clarifies": "clarified",
        "acknowledges": "acknowledged", "informs": "informed", "enquires": "enquired", "inquires": "inquired",
        "wonders": "wondered", "seeks": "sought", "agrees": "agreed", "outlines": "outlined", "welcomes": "welcomed",
        "suggests": "suggested", "reminds": "reminded", "thanks": "thanked", "invites": "invited",
    ]
    /// Verbs opening a speaker's line that states rather than asks: "Chair – Ruled that the question concerned an
    /// individual case", "Cllr Amington – Welcomed the fall in burglary".
    static let statementVerbs: Set<String> = [
        "ruled", "welcomed", "thanked", "noted", "reminded", "moved", "agreed", "commented", "congratulated", "praised", "declared",
        "advised", "explained", "stated", "confirmed",
    ]
    /// Letters written after a member's name: "Mr Connor Dunseith MLA", "Cllr Ann Lee MBE".
    static let postNominals: Set<String> = [
        "mla", "mp", "ms", "msp", "am", "mbe", "obe", "cbe", "jp", "dl", "qpm", "kc", "qc", "bem", "frsa", "cc",
    ]

    /// The Panel's own officers: a question one of them answers ("A Member asked when the task group would meet. The
    /// Scrutiny Officer confirmed …") is about the Panel's business, not put to the Commissioner. Not when the title
    /// names the Commissioner's office ("the OPCC Scrutiny Officer").
    static let panelOfficerTitles = [
        "scrutiny officer", "democratic services", "committee officer", "committee services officer",
        "governance officer", "clerk", "panel secretary", "secretary to the panel", "panel's legal adviser", "legal adviser to the panel",
        "panel support officer", "panel officer", "panel manager", "host authority", "scrutiny co-ordinator", "scrutiny coordinator",
        "scrutiny manager", "scrutiny support", "scrutiny lead", "to the panel", "panel co-ordinator", "panel coordinator",
        // The host council's: "the Monitoring Officer" at a complaints sub-committee (the Commissioner's office names its own
        // with its Chief Executive, "Chief Executive & Monitoring Officer", or as the OPCC's).
        "monitoring officer",
    ]
    /// Words naming a body outside the police, the fire service and the Commissioner's office: an officer "at Darlow
    /// Borough Council" or "of the Tees NHS Trust" answers for a partner agency (`Role.other`).
    static let partnerBodyWords: Set<String> = [
        "council", "nhs", "trust", "university", "probation", "prosecution", "cps", "college", "school", "hospital", "board",
    ]
    static func isPanelOfficer(_ respondent: String) -> Bool {
        let name = respondent.lowercased()
        guard !["opcc", "commissioner", "force", "police", "chief executive"].contains(where: { name.contains($0) }) else { return false }
        return panelOfficerTitles.contains { name.contains($0) }
    }

    /// Who is told an answer whose speaker the minutes do not name: "Members were advised that …", "The Panel was
    /// informed that …", "He was assured that …".
    static let toldSubjects = [
        "members", "the panel", "the committee", "panel members", "the member", "the members", "he", "she", "they", "the councillor",
    ]
    static let toldVerbs: Set<String> = ["advised", "informed", "told", "assured", "reassured", "updated"]
    /// Who reads out a written reply on the Commissioner's behalf, and how: "The Chair read out the Commissioner's
    /// response", "the Clerk relayed the PCC's answer".
    static let readersOut = [
        "the clerk", "the panel's clerk", "the scrutiny officer", "the lead officer", "the democratic services officer", "the secretary", "the panel secretary",
    ]
    static let readOutVerbs: Set<String> = ["read", "relayed", "presented", "shared", "summarised", "summarized"]
    /// "It was confirmed that …", "It was explained that …": an answer whose speaker is not named.
    static let impersonalAnswerVerbs: Set<String> = [
        "confirmed", "explained", "clarified", "reported", "stated", "advised", "acknowledged", "indicated", "outlined",
    ]
    /// The passive verbs that put a question to an office: "The PCC was asked for his view".
    static let passiveAsking = ["asked", "questioned", "queried", "pressed", "challenged"]

    /// Lead-ins that say a reply follows: "In response, …", "In reply to the question from Cllr X, …".
    static let responseLeads = [
        "in response", "in reply", "in answer", "responding", "replying", "answering", "in responding",
        "by way of response", "by way of reply", "in his response", "in her response", "in their response",
        // Leads that name the question: "Regarding a question from Tom Arbuthnott on …, the ACC explained …".
        "regarding a question", "regarding the question", "regarding a query", "regarding questions", "following a question",
        "following the question", "following a query", "following questions", "in relation to a question", "in relation to the question",
        "with regard to a question", "with regard to the question", "on a question from", "turning to a question",
        "further to a query", "further to the query", "further to a question", "further to the question", "further to questions",
    ]
    /// Leads that say the office was asked, with a participle: "Asked about the timetable for the station, the Deputy
    /// Commissioner said …", "When asked whether …, the PCC confirmed …".
    static let askedLeads = [
        "asked about", "asked whether", "asked if", "asked how", "asked why", "asked when", "asked what", "when asked", "on being asked",
        "questioned about", "questioned on", "pressed on", "pressed about", "challenged on", "challenged about",
    ]
    /// Words in a response lead-in that say a question was put ("In response to a question, …").
    static let questionNouns = [
        "question", "questions", "query", "queries", "supplementary", "clarification", "concern", "concerns", "enquiry", "enquiries",
    ]

    /// The first word of a label alone on its line over a question or its reply ("Response:", "Supplementary question:").
    static let labelNouns: Set<String> = ["question", "answer", "response", "reply", "supplementary"]

    /// Asked, but not a question: the Chair or a member directing the meeting ("asked members to note").
    static let directedAsking = [
        "asked members", "asked the panel", "asked panel members", "asked that", "asked everyone",
        "asked those", "asked all", "asked for members", "asked for the panel", "requested that",
        "asked members to", "asked the committee", "asked if members", "asked whether members",
        "asked officers", "asked the clerk", "asked the chair", "asked the chairman", "asked the vice chair",
        "asked the secretary", "requested officers", "asked the panel's", "asked them to", "asked him to", "asked her to",
        // The Chair running the meeting: "The Chair asked whether there were any questions; there were none."
        "asked whether any member", "asked whether any members", "asked if any member", "asked if any members",
        "asked whether there were any questions", "asked if there were any questions", "asked whether there were any further questions",
        "asked if there were any further questions", "asked whether there were any comments", "asked if there were any comments",
        "asked whether anyone wished", "asked if anyone wished",
        // The Chair putting the running of the meeting to the Panel: "asked whether the Panel would be content to take …"
        "asked whether the panel would be content", "asked if the panel would be content", "asked whether the panel was content",
        "asked whether members would be content", "asked if members would be content", "asked whether the panel agreed", "asked if the panel agreed",
    ]
    /// What a member asks be done with an item of the Panel's work programme ("asked for the review to be scheduled").
    static let schedulingParticiples: Set<String> = ["scheduled", "added", "included", "programmed", "placed", "listed"]
    /// What an office is invited to do when it hands a question to another: "The PCC invited the Deputy Chief
    /// Constable to respond", "The Mayor asked the Deputy Mayor to answer".
    static let handOverVerbs = ["respond", "answer", "reply", "comment", "explain", "address", "update", "speak"]

    /// Impersonal questions: "A question was asked", "It was queried whether", "Clarification was sought".
    static let impersonalQuestionSubjects = [
        "a question", "a further question", "a supplementary question", "another question", "one question", "a related question",
        "a specific question", "the question", "further questions", "questions", "a query", "queries", "further queries",
        "information", "further information", "clarification", "further clarification", "clarity", "assurance", "reassurance", "details",
        "an update", "confirmation", "an explanation", "figures", "data", "a breakdown", "an assurance",
        "a public question", "one public question", "a written question", "one written question", "two questions", "two public questions",
    ]
    /// Words that open what was asked: "asked whether …", "queried how …". Not "which" or "who", which also open
    /// relative clauses ("a series of questions which related to …").
    static let questionWords: Set<String> = ["whether", "if", "how", "why", "what", "when", "where"]
    /// Kinds of council a councillor's title may name after its place: "Kenwick Borough Councillor Jo Bray".
    /// The first word of a question put directly ("What proportion …?", "Will the Commissioner …?"): never part of a name.
    static let questionOpeners: Set<String> = [
        "what", "how", "why", "when", "where", "which", "whether", "will", "would", "can", "could", "does", "do", "did", "is", "are",
        "has", "have", "should", "given",
    ]
    static let councilKinds: Set<String> = ["borough", "district", "county", "city", "town", "parish"]
    /// "It was also highlighted by a Member that …": a point raised, said by whom.
    static let passivePointVerbs: Set<String> = ["highlighted", "noted", "raised", "mentioned", "suggested", "pointed", "commented", "stated", "remarked"]
    /// A written question with no answer yet: "A response had not been received at the time of publication", "A verbal
    /// response will be given at the meeting".
    static let noResponsePhrases = [
        "a response had not been received", "a response has not been received", "no response had been received", "no response has been received",
        "no response has yet been received", "no response had yet been received", "response awaited", "an answer had not been received",
        "a response was not received", "no response was received", "a verbal response will be given", "a verbal response would be given",
        "a response will be given at the meeting", "to be answered at the meeting", "verbal response at the meeting",
        // In the answer's place: "A.2 Not answered. The Chair ruled …", "A: None given."
        "not answered", "none given", "no answer given", "no answer was given", "no response given", "no response was given",
    ]
    /// The Panel's legal adviser stopping a question: "The Monitoring Officer advised that the matter was the subject of
    /// legal proceedings and could not be discussed".
    static let notDiscussedPhrases = [
        "could not be discussed", "cannot be discussed", "can not be discussed", "sub judice", "subject of legal proceedings",
        "not be discussed at the meeting",
    ]
    /// A written question taken back: "This question was withdrawn by the Member before publication."
    static let withdrawnPhrases = [
        "this question was withdrawn", "this question has been withdrawn", "question withdrawn", "the question was withdrawn", "withdrawn",
    ]
    /// A question sent in before the meeting: "One question had been submitted by Mrs Ellel", "The Panel had received one
    /// question from Mr Thwaite". A question only when its answer is minuted (a question received may be withdrawn).
    static let submittedQuestionVerbs = ["submitted", "received", "tabled"]
    /// Who received it: "The Panel had received one question from …".
    static let questionReceivers = ["the panel", "the committee", "members", "the chair", "the chairman"]
    /// Who the sender was before their name: "from a member of the public, Mr Tobias Fenstanton".
    static let publicSenders = ["a member of the public", "a member of public", "a resident", "a local resident", "a parish councillor"]
    static let impersonalQuestionVerbs = ["asked", "raised", "put", "posed", "made", "requested", "sought", "asked for"]
    /// "It was asked whether …", "It was queried if …".
    static let itWasVerbs = ["asked", "queried", "questioned", "enquired", "inquired"]
    /// Impersonal points: answered, they are questions ("Reference was made to … The PCC reported …").
    static let impersonalPointSubjects = [
        "reference", "concern", "concerns", "a point", "the point", "a comment", "comment",
        "a concern", "mention", "the issue", "an issue", "attention",
    ]
    static let impersonalPointVerbs = ["made", "raised", "expressed", "voiced", "drawn", "noted"]

    /// Pointing back at the question before: a follow-up that opens this way carries that passage's topics.
    static let continuationLeads = [
        "related to this", "in relation to this", "following on", "further to this", "on the same point",
        "on the same issue", "on this point",
    ]

    // MARK: Languages

    /// Welsh words that are not also English words, most of them function words ("y", "yn", "wedi", "oedd"): a share
    /// of them tells a Welsh paragraph of bilingual minutes from its English twin (`Welsh`). Words that are English too
    /// ("a", "i", "o", "am", "at") or acronyms once lower-cased ("eu", "pa") are left out.
    static let welshFunctionWords: Set<String> = [
        "y", "yr", "yn", "ac", "ag", "gan", "fod", "bod", "wedi", "oedd", "roedd", "mewn", "ei", "hyn", "hwn", "hon", "â", "gyda",
        "dros", "fel", "ym", "yng", "mae", "byddai", "bydd", "fydd", "nad", "neu", "ond", "hefyd", "sy", "sydd", "rhwng", "hyd",
        "ar", "ddim", "iddo", "iddi", "nid", "fe", "ein", "eich", "yw", "ydy", "oes", "gael", "cael", "wrth", "drwy", "trwy", "heb",
        "ynghylch", "ynglŷn", "gennym", "hynny", "felly", "yma", "yno",
    ]
    /// The Welsh of the words minutes label and title with ("Cwestiwn", "Ymateb", "y Cynghorydd", "Cadeirydd"): a
    /// label or a name line in Welsh has few function words.
    static let welshMinuteWords: Set<String> = [
        "cwestiwn", "cwestiynau", "ymateb", "atebodd", "gofynnodd", "cynghorydd", "cynghorwyr", "cadeirydd", "is-gadeirydd",
        "comisiynydd", "cofnodion", "penderfynwyd", "eitem", "adroddiad", "aelodau", "aelod", "swyddog", "dirprwy",
    ]
    /// The commonest English function words, against which the Welsh ones are counted.
    static let englishFunctionWords: Set<String> = [
        "the", "and", "of", "to", "that", "was", "were", "is", "are", "for", "with", "from", "by", "on", "this", "which", "would",
        "be", "been", "had", "has", "have", "it", "as", "in", "an", "or", "not", "he", "she", "they", "his", "her", "their", "said",
        "asked", "whether", "what", "how", "there",
    ]

    // MARK: What an answer says

    /// A promise to answer later: the question is `deferred` (something to chase).
    static let deferringPhrases = [
        "would provide a written answer", "would provide a written response", "would provide a written reply", "provide a written response",
        "provide a written answer", "a written response would", "a written answer would", "a written reply would",
        "a written response will", "a written answer will", "a written reply will", "will be provided in writing", "would be provided in writing",
        "will respond at the meeting", "will answer at the meeting", "will respond to this question at the meeting",
        "undertook to write", "undertook to provide", "undertook to respond", "undertook to circulate", "undertook to come back",
        "undertook to find out", "undertook to report back", "undertook to share", "undertook to send",
        "would write to", "will write to", "would respond in writing", "will respond in writing", "would reply in writing",
        "respond in writing", "reply in writing", "answer in writing",
        "would circulate", "will circulate", "would be circulated", "will be circulated", "to be circulated",
        "would come back to", "will come back to", "would report back", "will report back", "would get back to", "will get back to",
        "would revert", "will revert", "would provide the figures", "would provide the information", "would provide the details",
        "would provide a breakdown", "would provide an update", "would send", "will send", "would share the", "will share the",
        "would share it", "will share it", "would share this", "will share this", "would share them", "will share them",
        "after the meeting", "following the meeting", "outside the meeting", "outside of the meeting",
        "not reached in the time available", "were not reached", "was not reached", "time did not allow", "due to time constraints",
        "would follow up in writing", "would be provided to members", "would be provided to the panel", "would be sent to",
        "would be shared with", "would be forwarded", "would forward", "will forward", "agreed to provide", "agreed to circulate",
        "agreed to write", "agreed to send", "agreed to share", "offered to provide", "offered to write", "offered to share",
        "offered to circulate", "committed to providing", "committed to provide", "committed to write", "committed to circulate",
        "undertook to", "write to", "happy to write", "written update", "written breakdown", "written note", "written response",
        "written answer", "written reply", "a note setting out", "will come back", "would come back", "to circulate",
        "would bring a report", "agreed to bring", "respond outside",
        // "would raise this with the Chief Constable and report back to the Panel in writing"
        "and report back", "report back to the panel", "report back to members", "report back to the committee", "report back in writing",
        "a response will be provided", "a response would be provided", "an answer will be provided", "an answer would be provided",
        "a reply will be provided", "a reply would be provided",
        // "would let the Panel know once the budget was set", "agreed to follow this up and ensure the figures were sent"
        "would let the panel know", "will let the panel know", "would let members know", "will let members know",
        "would let the member know", "would let him know", "would let her know", "would let the committee know",
        "would update the panel", "will update the panel", "would update members", "will update members",
        "agreed to follow this up", "agreed to follow up", "would follow this up", "will follow this up", "undertook to follow",
        // "would ask the force for the figures and would provide them to the Panel in writing"
        "would provide them", "will provide them", "would provide it to", "will provide it to", "to the panel in writing",
        "to members in writing", "to the member in writing",
    ]
    /// Words for the figures an answer may say it does not have ("did not have a breakdown by district with him").
    static let dataNouns: Set<String> = [
        "figure", "figures", "breakdown", "information", "data", "details", "numbers", "statistics",
        "answer", "number", "split", "rate", "rates", "percentage", "proportion", "total", "totals", "spend", "spending",
    ]
    /// A reply that gave no information: the question is `no_information` (a candidate for a follow-up).
    static let noInformationPhrases = [
        "did not have the figures", "did not have the information", "did not have the data", "did not have the details",
        "did not have the exact figures", "did not have the precise figures", "did not have that information",
        "did not have those figures", "did not have the answer", "did not have the breakdown", "did not have the statistics",
        "did not have any figures", "did not have figures", "did not have the numbers", "does not have the figures",
        "did not hold the figures", "did not hold the information", "did not hold that information",
        "not an issue he had considered", "not an issue she had considered", "not an issue they had considered",
        "not something he had considered", "not something she had considered", "not something they had considered",
        "not a matter he had considered", "had not considered", "had not looked at",
        // "Had the Deputy Mayor assessed the effect …?" — "no assessment had been carried out as yet"
        "no assessment had been", "no assessment has been", "had not been assessed", "had not yet been assessed",
        // "the figures for the first half of the year were still being finalised" (and then, often, a written answer later)
        "still being finalised", "not yet been finalised", "not yet finalised", "still being finalized", "not yet finalized",
        // "the figures … had not been available in time for the meeting"
        "had not been available", "were not available", "was not available", "not yet available", "not available at the meeting",
        "were not to hand", "was not to hand", "not to hand",
        "unable to answer", "unable to comment", "unable to say", "unable to respond", "unable to confirm", "unable to provide",
        "unable to give", "not able to answer", "not able to comment", "not able to say", "not able to confirm", "not able to provide",
        "not in a position to", "could not answer", "could not comment", "could not say", "could not confirm", "could not provide",
        "would need to check", "will need to check", "would have to check", "would need to confirm", "would need to find out",
        "would look into", "will look into", "would look at this", "would need to come back", "would have to come back",
        "no information was available", "no figures were available", "no data was available", "no data were available",
        "information was not available", "figures were not available", "data was not available", "figures were not yet available",
        "information was not yet available", "not to hand", "did not know", "too early to say", "too early to tell",
        "too early to comment", "was not aware", "were not aware", "he was unaware", "she was unaware",
        "not held", "cannot be provided", "could not be provided", "had no information", "has no information", "no information on",
        "not prepared to comment", "would not discuss", "would not comment", "would not want to give", "would not want to speculate",
        "not able to split", "unable to split", "not something he had", "not something she had", "not a matter he had", "not a matter she had",
        "not available at the meeting", "nothing further to add", "nothing further to report", "nothing more to report", "nothing new to report",
        "could not give a separate figure", "could not give a figure",
        "could not give figures", "could not give a breakdown", "could not give the figures",
        // "could not yet say what the Home Office would allocate", "could not give a date", "too early to assess the effect"
        "could not say", "could not yet say", "could not give a date", "could not give a timescale", "could not give a timetable",
        "could not commit to a date", "too early to assess", "too soon to say", "too soon to tell", "too early to judge",
        "no figures were yet available", "no data were yet available", "no information was yet available",
    ]
}

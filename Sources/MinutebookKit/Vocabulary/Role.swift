import Foundation

/// Who speaks or answers at a panel meeting, by office; members and the chair speak but never answer.
///
/// One spelling everywhere — JSON, flags, the index — in snake_case like every other JSON value: `deputy_pcc`.
/// Flags also take the hyphenated spelling of earlier versions (`deputy-pcc`), and so does an index written by them.
public enum Role: String, Codable, Sendable, CaseIterable {
    case pcc
    case deputyPCC = "deputy_pcc"
    case chiefConstable = "chief_constable"
    case deputyChiefConstable = "deputy_chief_constable"
    case chiefFireOfficer = "chief_fire_officer"
    /// Any other officer: an assistant chief constable, a chief finance officer, a head of service.
    case officer
    /// An answer by someone the minutes do not place (respondents only).
    case other
    /// The chair or vice chair of the panel (speakers only).
    case chair
    /// A member of the panel (speakers only).
    case member

    /// The roles a question can be answered by (`questions --respondent`).
    public static let respondents: [Role] = [.pcc, .deputyPCC, .chiefConstable, .deputyChiefConstable, .chiefFireOfficer, .officer, .other]
    /// The roles a passage's speakers have (`search --speaker`).
    public static let speakers: [Role] = [.pcc, .deputyPCC, .chiefConstable, .deputyChiefConstable, .chiefFireOfficer, .officer, .chair, .member]

    /// A role as typed or stored: `deputy_pcc`, `deputy-pcc`, `Deputy-PCC`; nil for anything else.
    public init?(flag: some StringProtocol) {
        // As stored and as JSON writes it, most of the time: no folding needed (this runs for every hit's speakers).
        if let role = Role(rawValue: String(flag)) { self = role; return }
        self.init(rawValue: flag.lowercased().replacingOccurrences(of: "-", with: "_"))
    }

    /// The hyphenated spelling earlier versions stored for speakers (`deputy-pcc`): an index written by them still has it.
    var earlierSpelling: String { rawValue.replacingOccurrences(of: "_", with: "-") }

    /// The role a speaker has for an office: every officer without a role of their own is `officer`.
    var asSpeaker: Role { self == .other ? .officer : self }
}

import Foundation

/// Metadata a user supplies for a document without editing it: a JSON file beside it named
/// `<file name>.meta.json`, e.g. `corpus/000_55528872e39bc363.txt.meta.json`:
///
/// ```json
/// { "meeting_date": "2020-11-20", "panel": "Thames Valley Police and Crime Panel",
///   "kind": "minutes", "item": "53", "title": "Performance Report",
///   "url": "https://example.moderngov.co.uk/mgAi.aspx?ID=1234" }
/// ```
/// Every key is optional; a key given overrides what the text says. The panel's key was `body` before 0.16: a
/// sidecar that still says `body` is read the same (`panel` wins when both are there).
public struct Sidecar: Codable, Equatable, Sendable {
    public var meetingDate: String?
    /// The panel (or committee) whose meeting it is.
    public var panel: String?
    public var kind: DocumentKind?
    public var item: String?
    public var title: String?
    /// The address of the original (a ModernGov page, the PDF on the council's site), shown with every hit.
    public var url: String?

    enum CodingKeys: String, CodingKey {
        case meetingDate = "meeting_date", panel, kind, item, title, url
        /// The panel's earlier key.
        case body
    }

    public init(
        meetingDate: String? = nil, panel: String? = nil, kind: DocumentKind? = nil, item: String? = nil, title: String? = nil, url: String? = nil
    ) {
        self.meetingDate = meetingDate
        self.panel = panel
        self.kind = kind
        self.item = item
        self.title = title
        self.url = url
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        meetingDate = try c.decodeIfPresent(String.self, forKey: .meetingDate)
        panel = try c.decodeIfPresent(String.self, forKey: .panel) ?? c.decodeIfPresent(String.self, forKey: .body)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind)
        item = try c.decodeIfPresent(String.self, forKey: .item)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        url = try c.decodeIfPresent(String.self, forKey: .url)
    }

    /// Written with the current keys (`panel`), and only those given.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(meetingDate, forKey: .meetingDate)
        try c.encodeIfPresent(panel, forKey: .panel)
        try c.encodeIfPresent(kind, forKey: .kind)
        try c.encodeIfPresent(item, forKey: .item)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(url, forKey: .url)
    }

    public static let suffix = ".meta.json"

    public static func url(for document: URL) -> URL {
        document.deletingLastPathComponent().appendingPathComponent(document.lastPathComponent + suffix)
    }

    /// A sidecar holds a few short fields; a bigger file is refused rather than copied into every passage.
    public static let maximumBytes = 64 * 1024
    /// The longest value a field may have, in characters.
    public static let maximumFieldLength = 500

    /// The sidecar of `document` and its bytes, or nil when there is none.
    static func load(for document: URL) throws(DocumentError) -> (Sidecar, Data)? {
        let url = url(for: document)
        let data: Data
        do { data = try PathKind.readRegularFile(url.path, limit: maximumBytes) } catch {
            switch error {
            case .missing: return nil
            case .tooLarge(let bytes):
                throw .badSidecar("\(url.lastPathComponent) is \(bytes / 1024) KB; a sidecar holds a few short fields (at most \(maximumBytes / 1024) KB)")
            default: throw .badSidecar("cannot read \(url.lastPathComponent): \(error)")
            }
        }
        let sidecar: Sidecar
        do { sidecar = try JSONDecoder().decode(Sidecar.self, from: data) } catch {
            throw .badSidecar("\(url.lastPathComponent): \(TaxonomyError.describe(error))")
        }
        for (key, value) in [("title", sidecar.title), ("panel", sidecar.panel), ("item", sidecar.item)] {
            if let value, value.count > maximumFieldLength {
                throw .badSidecar("\(url.lastPathComponent): \(key) is \(value.count) characters long; at most \(maximumFieldLength)")
            }
        }
        if let date = sidecar.meetingDate, MeetingHeader.firstDate(in: date) != date {
            throw .badSidecar("\(url.lastPathComponent): meeting_date must be YYYY-MM-DD, not '\(date)'")
        }
        if let address = sidecar.url, !HTMLReader.isWebAddress(address) {
            throw .badSidecar("\(url.lastPathComponent): url must be an http:// or https:// address, not '\(address)'")
        }
        return (sidecar, data)
    }

    func apply(to document: inout ParsedDocument) {
        if let meetingDate { document.metadata.meetingDate = meetingDate }
        if let panel { document.metadata.body = panel }
        if let kind { document.metadata.kind = kind }
        if document.items.count == 1 {
            if let item { document.items[0].number = item }
            if let title { document.items[0].title = title }
        }
    }
}

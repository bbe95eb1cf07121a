import Foundation

/// Metadata a user supplies for a document without editing it: a JSON file beside it named
/// `<file name>.meta.json`, e.g. `corpus/000_55528872e39bc363.txt.meta.json`:
///
/// ```json
/// { "meeting_date": "2020-11-20", "body": "Thames Valley Police and Crime Panel",
///   "kind": "minutes", "item": "53", "title": "Performance Report",
///   "url": "https://example.moderngov.co.uk/mgAi.aspx?ID=1234" }
/// ```
/// Every key is optional; a key given overrides what the text says.
public struct Sidecar: Codable, Equatable, Sendable {
    public var meetingDate: String?
    public var body: String?
    public var kind: DocumentKind?
    public var item: String?
    public var title: String?
    /// The address of the original (a ModernGov page, the PDF on the council's site), shown with every hit.
    public var url: String?

    enum CodingKeys: String, CodingKey {
        case meetingDate = "meeting_date", body, kind, item, title, url
    }

    public static let suffix = ".meta.json"

    public static func url(for document: URL) -> URL {
        document.deletingLastPathComponent().appendingPathComponent(document.lastPathComponent + suffix)
    }

    /// The sidecar of `document` and its bytes, or nil when there is none.
    static func load(for document: URL) throws(DocumentError) -> (Sidecar, Data)? {
        let url = url(for: document)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .badSidecar("cannot read \(url.lastPathComponent)") }
        let sidecar: Sidecar
        do { sidecar = try JSONDecoder().decode(Sidecar.self, from: data) } catch {
            throw .badSidecar("\(url.lastPathComponent): \(TaxonomyError.describe(error))")
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
        if let body { document.metadata.body = body }
        if let kind { document.metadata.kind = kind }
        if document.items.count == 1 {
            if let item { document.items[0].number = item }
            if let title { document.items[0].title = title }
        }
    }
}

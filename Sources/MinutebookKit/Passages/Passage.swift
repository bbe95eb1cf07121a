import Foundation

/// The unit a reader wants back from a search: a paragraph, a bullet, a numbered question with
/// its answer, or a table row with its header. Never a whole page, never half a sentence.
public struct Passage: Equatable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case paragraph, bullet, numbered, question, tableRow = "table-row"
    }

    public var kind: Kind
    public var text: String
    /// The heading path in force, "A › B", or nil.
    public var section: String?
    /// 1-based source line where the passage starts.
    public var line: Int
    public var speakers: [Speaker]
    public var table: TableRow?

    public var speaker: Speaker? { SpeakerRecognizer.primary(speakers) }
}

/// Turns an agenda item's blocks into passages.
public enum PassageBuilder {
    /// Paragraphs longer than this are split at sentence boundaries.
    public static let longPassage = 1_200
    /// The size split paragraphs aim for.
    public static let targetPassage = 700

    public static func passages(from item: AgendaItem) -> [Passage] {
        var passages: [Passage] = []
        var index = 0
        let blocks = item.blocks
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            switch block.kind {
            case .heading:
                continue
            case .tableRow:
                // An empty row, or the header row repeated as a row, says nothing a reader can use.
                if !Self.isEmptyOrHeaderRow(block.text, block.table) {
                    passages.append(make(.tableRow, block.text, block, table: block.table))
                }
            case .numbered:
                // "(1) question?" followed by "[answer]" paragraphs is one question passage.
                var text = block.text
                var kind = Passage.Kind.numbered
                while index < blocks.count, blocks[index].kind == .paragraph, blocks[index].text.hasPrefix("[") {
                    text += " " + blocks[index].text
                    kind = .question
                    index += 1
                }
                passages += split(kind, text, block)
            case .bullet:
                passages += split(.bullet, block.text, block)
            case .paragraph:
                passages += split(.paragraph, block.text, block)
            }
        }
        return passages
    }

    /// True for a table row with no letters or digits in its cells, or whose cells only repeat the header.
    static func isEmptyOrHeaderRow(_ text: String, _ table: TableRow?) -> Bool {
        // ASCII answered on the byte; other scalars by Foundation's sets, as before.
        func hasWords(_ s: String) -> Bool {
            s.unicodeScalars.contains { $0.isASCII ? Tokenizer.isASCIIWordByte(UInt8($0.value)) : CharacterSet.alphanumerics.contains($0) }
        }
        func trimmed(_ s: String) -> String {
            UTF8Text.trimmed(s, removing: { $0.isASCII ? $0 == " " || $0 == "\t" : CharacterSet.whitespaces.contains($0) })
        }
        guard let table else { return !hasWords(text) }
        let cells = table.cells.map(trimmed)
        if !cells.contains(where: hasWords) { return true }
        let header = table.header.map { trimmed($0).lowercased() }
        return !header.isEmpty
            && cells.enumerated().allSatisfy { index, cell in
                !hasWords(cell) || (index < header.count && header[index] == cell.lowercased())
            }
    }

    private static func make(_ kind: Passage.Kind, _ text: String, _ block: Block, table: TableRow? = nil) -> Passage {
        Passage(kind: kind, text: text, section: block.section, line: block.line, speakers: SpeakerRecognizer.speakers(in: text), table: table)
    }

    /// A long paragraph becomes several passages of whole sentences.
    private static func split(_ kind: Passage.Kind, _ text: String, _ block: Block) -> [Passage] {
        guard !UTF8Text.characterCount(text, atMost: longPassage) else { return [make(kind, text, block)] }
        var chunks: [String] = []
        var current = ""
        for sentence in SentenceSplitter.split(text) {
            if !current.isEmpty, current.count + sentence.count + 1 > targetPassage {
                chunks.append(current)
                current = ""
            }
            current += current.isEmpty ? sentence : " " + sentence
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.map { make(kind, $0, block) }
    }
}

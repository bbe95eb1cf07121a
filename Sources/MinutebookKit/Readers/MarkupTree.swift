import CLibXML2
import Foundation

/// A document parsed by libxml2 (its HTML parser for web pages, its XML parser for .docx, .odt and pdftotext's
/// output), walked through `MarkupNode`s. The tree is freed with this object; nodes must not outlive it.
final class MarkupTree {
    private let document: xmlDocPtr

    private init(_ document: xmlDocPtr) {
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    /// libxml2 must be initialised once before threads use it (files are read in parallel).
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// An HTML page, decoded already: libxml2's HTML parser recovers from broken markup as browsers do,
    /// and is told to ignore the page's own charset declaration (the bytes were decoded before).
    static func html(_ text: String) -> MarkupTree? {
        _ = initialised
        var text = text
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let parsed = text.withUTF8 { bytes -> htmlDocPtr? in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        return parsed.map(MarkupTree.init)
    }

    /// An XML document. Entities are not expanded, nothing is fetched from the network, and libxml2 keeps its
    /// limits (no XML_PARSE_HUGE), so a hostile file cannot make it build an enormous tree.
    static func xml(_ data: Data) -> MarkupTree? {
        _ = initialised
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_COMPACT.rawValue)
        let parsed = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, options)
        }
        return parsed.map(MarkupTree.init)
    }

    var root: MarkupNode? {
        xmlDocGetRootElement(document).map(MarkupNode.init)
    }
}

/// One node of a `MarkupTree`: an element or a run of text.
struct MarkupNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) {
        self.pointer = pointer
    }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    var isComment: Bool { pointer.pointee.type == XML_COMMENT_NODE }

    /// The local name, lower-cased for HTML by libxml2 itself ("p", "w:p" is "p" with the w namespace).
    var name: String {
        guard let raw = pointer.pointee.name else { return "" }
        return String(cString: raw)
    }

    /// The namespace prefix as written ("w" for `w:p`), or "".
    var prefix: String {
        guard let ns = pointer.pointee.ns, let raw = ns.pointee.prefix else { return "" }
        return String(cString: raw)
    }

    /// The text of a text or comment node.
    var content: String {
        guard let raw = pointer.pointee.content else { return "" }
        return String(cString: raw)
    }

    /// An attribute by local name, whatever its namespace (`w:val` is "val").
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let current = property {
            if let raw = current.pointee.name, strcmp(raw, name) == 0 {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { minutebook_xmlFree(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    var children: MarkupChildren { MarkupChildren(first: pointer.pointee.children) }

    /// The first child element with this local name.
    func child(_ name: String) -> MarkupNode? {
        children.first { $0.isElement && $0.name == name }
    }

    /// Every descendant element with this local name, in document order.
    func descendants(_ name: String) -> [MarkupNode] {
        var found: [MarkupNode] = []
        func walk(_ node: MarkupNode) {
            for child in node.children where child.isElement {
                if child.name == name { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    /// All the text under this node, as libxml2 joins it.
    var textContent: String {
        guard let value = xmlNodeGetContent(pointer) else { return "" }
        defer { minutebook_xmlFree(value) }
        return String(cString: value)
    }
}

struct MarkupChildren: Sequence {
    let first: xmlNodePtr?

    func makeIterator() -> AnyIterator<MarkupNode> {
        var current = first
        return AnyIterator {
            guard let node = current else { return nil }
            current = node.pointee.next
            return MarkupNode(node)
        }
    }
}

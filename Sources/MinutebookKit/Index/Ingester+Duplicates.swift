import Foundation
import GRDB

/// The page of each line of a document read from a format with pages.
struct PageMap {
    let pages: [Int]?

    init(_ pages: [Int]?) {
        self.pages = pages
    }

    func page(ofLine line: Int) -> Int? {
        guard let pages, !pages.isEmpty, line >= 1 else { return nil }
        return line <= pages.count ? pages[line - 1] : pages.last
    }
}

/// Tells a document already indexed from another file: the same minutes saved twice, or as a web page and a PDF.
/// The first file (in the index, else in walk order) keeps the document; later ones are reported as duplicates.
struct DuplicateFinder {
    /// Fingerprint → the identity and display path of the file that has it.
    private var owners: [String: (identity: String, display: String)] = [:]
    private let indexed: Set<String>
    /// Files indexed before that now hold another file's document: their old version goes.
    private(set) var staleIdentities: [String] = []

    init(_ stored: [(path: String, hash: String, fingerprint: String?)]) {
        indexed = Set(stored.map(\.path))
        for document in stored {
            // A file that is gone (moved or renamed) does not own its document any more.
            guard let fingerprint = document.fingerprint, FileManager.default.fileExists(atPath: document.path) else { continue }
            owners[fingerprint] = owners[fingerprint] ?? (document.path, CorpusWalker.display(path: document.path))
        }
    }

    /// The display path of the file that already holds `document`'s document, or nil (and `document` now owns it).
    mutating func first(of document: ReadyDocument) -> String? {
        if let owner = owners[document.fingerprint], owner.identity != document.identity {
            if indexed.contains(document.identity) { staleIdentities.append(document.identity) }
            return owner.display
        }
        owners[document.fingerprint] = (document.identity, document.display)
        return nil
    }
}

extension Ingester {
    /// Removes the old versions of files that now duplicate another document.
    func removeStale(_ identities: [String]) throws {
        guard !identities.isEmpty else { return }
        try store.write { db in
            for identity in identities {
                if let id = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ?", arguments: [identity]) {
                    try FullTextSync.remove(document: id, db)
                }
            }
        }
    }
}

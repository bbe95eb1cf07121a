import Foundation
import GRDB

extension IndexSchema {
    /// v2, for documents read from web pages, PDF and Word: each document's format, the address of the original
    /// (`source_url`, from a sidecar or the page itself) and a fingerprint of its understood text (the same document
    /// saved twice, or in two formats, is indexed once); each passage's and question's page (PDF).
    static func registerReaderColumns(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-formats") { db in
            try db.execute(
                sql: """
                    ALTER TABLE documents ADD COLUMN format TEXT NOT NULL DEFAULT 'text';
                    ALTER TABLE documents ADD COLUMN source_url TEXT;
                    ALTER TABLE documents ADD COLUMN fingerprint TEXT;
                    CREATE INDEX documents_fingerprint ON documents(fingerprint);
                    ALTER TABLE passages ADD COLUMN page INTEGER;
                    ALTER TABLE questions ADD COLUMN page INTEGER;
                    """)
        }
    }
}

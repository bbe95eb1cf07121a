import GRDB

// The closed sets the index stores, read and written as their raw values ("answered", "table-row", "minutes"),
// so a row reads straight into the enum (`let status: AnswerStatus = row["status"]`). `Role` reads both of its
// spellings (see `Role.fromDatabaseValue`).

extension AnswerStatus: DatabaseValueConvertible {}
extension Passage.Kind: DatabaseValueConvertible {}
extension DocumentKind: DatabaseValueConvertible {}

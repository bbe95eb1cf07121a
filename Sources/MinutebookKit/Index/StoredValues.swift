import GRDB

// The closed sets the index stores, read and written as their raw values ("answered", "table-row", "minutes"),
// so a row reads straight into the enum (`let status: AnswerStatus = row["status"]`). `Role` reads both of its
// spellings (see `Role.fromDatabaseValue`).

extension AnswerStatus: DatabaseValueConvertible {}
extension Passage.Kind: DatabaseValueConvertible {}
extension DocumentKind: DatabaseValueConvertible {}

/// Read from the index in either spelling (`deputy_pcc`, or `deputy-pcc` from an index written before 0.14).
extension Role: DatabaseValueConvertible {
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Role? {
        String.fromDatabaseValue(dbValue).flatMap { Role(flag: $0) }
    }
}

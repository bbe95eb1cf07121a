import GRDB

// The closed sets the index stores, read and written as their raw values ("answered", "minutes"), so a row reads
// straight into the enum (`let status: AnswerStatus = row["status"]`). `Role` reads both of its spellings (see
// `Role.fromDatabaseValue`); a passage's kind is stored as a small integer since v5 (`Passage.Kind.storedCode`).

extension AnswerStatus: DatabaseValueConvertible {}

/// Stored as a small integer (v5): 0 paragraph, 1 bullet, 2 numbered, 3 question, 4 table row. Never renumbered.
extension Passage.Kind: DatabaseValueConvertible {
    var storedCode: Int {
        switch self {
        case .paragraph: 0
        case .bullet: 1
        case .numbered: 2
        case .question: 3
        case .tableRow: 4
        }
    }

    public var databaseValue: DatabaseValue { storedCode.databaseValue }

    /// The code, or (a row of an index before v5) the kind's name.
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Passage.Kind? {
        if let code = Int.fromDatabaseValue(dbValue) { return allCases.first { $0.storedCode == code } }
        return String.fromDatabaseValue(dbValue).flatMap(Passage.Kind.init(rawValue:))
    }
}
extension DocumentKind: DatabaseValueConvertible {}

/// Read from the index in either spelling (`deputy_pcc`, or `deputy-pcc` from an index written before 0.14).
extension Role: DatabaseValueConvertible {
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Role? {
        String.fromDatabaseValue(dbValue).flatMap { Role(flag: $0) }
    }
}

import Foundation

/// Dates as minutebook writes them: ISO `YYYY-MM-DD`, checked against the calendar (no 30 February).
public enum CalendarDate {
    /// How many days `month` (1–12) has in `year`, by the Gregorian leap-year rule.
    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `text` is a real date written `YYYY-MM-DD` ("2018-02-02"; not "2018-02-30", "2018-2-2" or "02/02/2018").
    public static func isValid(_ text: String) -> Bool {
        guard text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil else { return false }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return false }
        return parts[2] >= 1 && parts[2] <= days(inMonth: parts[1], year: parts[0])
    }
}

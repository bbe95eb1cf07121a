import Foundation

/// Names written in capitals, made readable: a panel's name in a heading and a member's name in a question label.
enum TitleCase {
    /// "THAMES VALLEY POLICE AND CRIME PANEL" → "Thames Valley Police and Crime Panel"; mixed case is kept.
    static func panel(_ name: String) -> String {
        let small: Set<String> = ["and", "of", "the", "&", "for"]
        return name.split(separator: " ").map { word -> String in
            let lower = word.lowercased()
            if small.contains(lower) { return lower }
            if word == word.uppercased() || word == lower {
                // "DYFED-POWYS" → "Dyfed-Powys"
                return lower.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
            }
            return String(word)
        }.joined(separator: " ")
    }

    /// "MR. JOHN O'BRIEN-SMITH" → "Mr. John O'Brien-Smith"; a name not all in capitals is kept as written.
    static func person(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: \.isLetter), !trimmed.contains(where: \.isLowercase) else { return trimmed }
        var result = ""
        var startOfWord = true
        for character in trimmed.lowercased() {
            result.append(startOfWord ? Character(character.uppercased()) : character)
            startOfWord = !character.isLetter
        }
        return result
    }
}

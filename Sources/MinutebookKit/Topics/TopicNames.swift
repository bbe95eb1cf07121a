import Foundation

/// A taxonomy with the table topic expansion looks its names up in: folded name → topic index.
struct TopicNames: Sendable {
    let taxonomy: Taxonomy
    let byName: [String: Int]

    init(_ taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var table: [String: Int] = [:]
        for (index, topic) in taxonomy.topics.enumerated() {
            for name in topic.allNames + [topic.name] {
                let folded = Taxonomy.key(name)
                if !folded.isEmpty, table[folded] == nil { table[folded] = index }
            }
        }
        byName = table
    }
}

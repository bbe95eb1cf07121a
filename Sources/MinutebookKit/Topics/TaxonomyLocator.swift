import Foundation

/// Finds the taxonomy file for an ingest: `--topics PATH`, else `$MINUTEBOOK_TOPICS`, else `topics.json`
/// beside the index database, else `index/topics.json` under the working directory, else the taxonomy built into
/// the binary (a copy of the shipped `index/topics.json`, so minutebook works outside the repository).
public enum TaxonomyLocator {
    public static func locate(explicit: String?, indexPath: String) throws(TaxonomyError) -> (taxonomy: Taxonomy, url: URL) {
        if let explicit { return try load(explicit) }
        if let env = ProcessInfo.processInfo.environment["MINUTEBOOK_TOPICS"], !env.isEmpty { return try load(env) }
        let beside = URL(fileURLWithPath: indexPath).deletingLastPathComponent().appendingPathComponent(Taxonomy.fileName)
        let fallback = URL(fileURLWithPath: "index").appendingPathComponent(Taxonomy.fileName)
        for candidate in [beside, fallback] where FileManager.default.fileExists(atPath: candidate.path) {
            return (try Taxonomy.load(from: candidate), candidate)
        }
        return (builtIn, builtInURL)
    }

    /// Stands for the built-in taxonomy where a file's address is expected.
    public static let builtInURL = URL(string: "builtin:topics.json")!

    /// The shipped taxonomy, compiled in.
    public static var builtIn: Taxonomy {
        (try? JSONDecoder().decode(Taxonomy.self, from: Data(BuiltInData.topicsJSON.utf8))) ?? Taxonomy(topics: [])
    }

    private static func load(_ path: String) throws(TaxonomyError) -> (taxonomy: Taxonomy, url: URL) {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .unreadable(path: path, reason: "no such file") }
        return (try Taxonomy.load(from: url), url)
    }
}

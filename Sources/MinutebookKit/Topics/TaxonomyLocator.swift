import Foundation

/// Finds the taxonomy file for an ingest: `--topics PATH`, else `$MINUTEBOOK_TOPICS`, else `topics.json`
/// beside the index database, else `index/topics.json` under the working directory.
public enum TaxonomyLocator {
    public static func locate(explicit: String?, indexPath: String) throws(TaxonomyError) -> (taxonomy: Taxonomy, url: URL) {
        if let explicit { return try load(explicit) }
        if let env = ProcessInfo.processInfo.environment["MINUTEBOOK_TOPICS"], !env.isEmpty { return try load(env) }
        let beside = URL(fileURLWithPath: indexPath).deletingLastPathComponent().appendingPathComponent(Taxonomy.fileName)
        let fallback = URL(fileURLWithPath: "index").appendingPathComponent(Taxonomy.fileName)
        for candidate in [beside, fallback] where FileManager.default.fileExists(atPath: candidate.path) {
            return (try Taxonomy.load(from: candidate), candidate)
        }
        throw .notFound(searched: [beside.path, fallback.relativePath])
    }

    private static func load(_ path: String) throws(TaxonomyError) -> (taxonomy: Taxonomy, url: URL) {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .unreadable(path: path, reason: "no such file") }
        return (try Taxonomy.load(from: url), url)
    }
}

import Foundation

/// Lists the document files under the paths a user gives: files as named, folders read recursively.
/// Hidden files, `*.meta.json` sidecars and `topics.json` are not documents. Symlinked folders are
/// followed once (a symlink loop is reported, not followed forever).
public enum CorpusWalker {
    public struct Listing: Sendable {
        public var files: [URL] = []
        public var failures: [(path: String, error: DocumentError)] = []
    }

    public static func list(_ paths: [String]) -> Listing {
        var listing = Listing()
        var visited = Set<String>()
        var seenFiles = Set<String>()
        let fm = FileManager.default
        func walk(_ url: URL, named: Bool) {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                if let target = try? fm.destinationOfSymbolicLink(atPath: url.path) {
                    // A link to itself (or a cycle of links), or to something that is gone.
                    let loop =
                        errno == ELOOP
                        || URL(fileURLWithPath: target, relativeTo: url.deletingLastPathComponent()).standardizedFileURL.path == url.standardizedFileURL.path
                    listing.failures.append(
                        (display(url), .unreadable(loop ? "symlink loop: the link points back to itself" : "broken symlink: \(target) does not exist")))
                } else {
                    listing.failures.append((display(url), .notFound))
                }
                return
            }
            if isDirectory.boolValue {
                let real = url.resolvingSymlinksInPath().path
                guard visited.insert(real).inserted else {
                    listing.failures.append((display(url), .unreadable("symlink loop: this folder was already read")))
                    return
                }
                let children: [String]
                do { children = try fm.contentsOfDirectory(atPath: url.path) } catch {
                    listing.failures.append((display(url), .unreadable("folder cannot be listed")))
                    return
                }
                for child in children.sorted() where !child.hasPrefix(".") && !child.hasSuffix(Sidecar.suffix) && child != Taxonomy.fileName {
                    walk(url.appendingPathComponent(child), named: false)
                }
            } else {
                let real = url.resolvingSymlinksInPath().path
                if seenFiles.insert(real).inserted { listing.files.append(url) }
            }
        }
        for path in paths {
            walk(URL(fileURLWithPath: path), named: true)
        }
        return listing
    }

    /// A path as the user would write it: relative to the working directory when inside it.
    public static func display(_ url: URL) -> String {
        display(path: url.standardizedFileURL.path)
    }

    /// The same for an absolute, standardized path (as the index stores them), without touching the file system.
    public static func display(path: String) -> String {
        path.hasPrefix(workingDirectoryPrefix) ? String(path.dropFirst(workingDirectoryPrefix.count)) : path
    }

    private static let workingDirectoryPrefix: String = {
        let cwd = FileManager.default.currentDirectoryPath
        return cwd.hasSuffix("/") ? cwd : cwd + "/"
    }()
}

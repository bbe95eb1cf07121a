import Foundation

/// `minutebook search RAREWORD` as a user runs it, a whole process from start to exit, against the sqlite3 shell
/// running the same query with `snippet()` on the same index, taking turns. Also times `minutebook --version`
/// (starting the program and nothing else), so what the binary does before its query shows. Wall time is the target's
/// figure; the CPU time (user + system, from `wait4`) is printed beside it because on a busy machine the wall time
/// also counts the time a process waits for a core.
struct WholeProcess {
    var indexPath: String
    var term: String
    var runs: Int

    struct Figures {
        /// p50 wall milliseconds.
        var minutebook: Double
        var sqlite3: Double
        var startOnly: Double
    }

    /// nil (with a note) when the `minutebook` binary is not beside this one or `sqlite3` is not on the PATH.
    func run() throws -> Figures? {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let binary = here.appendingPathComponent("minutebook").path
        say("\n[whole process] `minutebook search \(term)` against the sqlite3 shell with snippet() on the same index, \(runs) runs each; ms")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            say("  skipped: no \(binary) (build it: swift build -c release --product minutebook)")
            return nil
        }
        guard let sqlite3 = Self.onPath("sqlite3") else {
            say("  skipped: no sqlite3 on the PATH (apt-get install sqlite3)")
            return nil
        }
        let sql = """
            SELECT f.rowid, snippet(passages_fts, -1, '[', ']', '…', 28) FROM passages_fts f WHERE passages_fts MATCH '"\(term)"' ORDER BY rank LIMIT 10
            """
        let commands: [(String, [String])] = [
            (binary, ["search", term, "--index", indexPath]),
            (sqlite3, ["-readonly", indexPath, sql]),
            (binary, ["--version"]),
        ]
        var times = [[Double]](repeating: [], count: commands.count)
        var cpu = [[Double]](repeating: [], count: commands.count)
        for iteration in 0..<(runs + 2) {
            for offset in 0..<commands.count {
                let index = (iteration + offset) % commands.count
                let run = try Self.time(commands[index].0, commands[index].1)
                if iteration >= 2 {
                    times[index].append(run.wall * 1000)
                    cpu[index].append(run.cpu * 1000)
                }
            }
        }
        let figures = Figures(minutebook: percentile(times[0], 50), sqlite3: percentile(times[1], 50), startOnly: percentile(times[2], 50))
        let cpuNote = { (index: Int) in "; CPU (user+sys) p50 \(fmt(percentile(cpu[index], 50), 1))" }
        say("  minutebook search     p50 \(fmt(figures.minutebook, 1)), p95 \(fmt(percentile(times[0], 95), 1))\(cpuNote(0))")
        say("  sqlite3 + snippet()   p50 \(fmt(figures.sqlite3, 1)), p95 \(fmt(percentile(times[1], 95), 1))\(cpuNote(1))")
        say("  minutebook --version  p50 \(fmt(figures.startOnly, 1))\(cpuNote(2)) (starting the program only)")
        say("  difference            \(fmt(figures.minutebook - figures.sqlite3, 1)) ms (target ≤ 10)")
        return figures
    }

    /// Runs `path arguments` with output discarded; its wall-clock seconds, from spawning it to reaping it, and the
    /// CPU seconds it used (user + system). A failure is an error. `posix_spawn` and `wait4` directly: Foundation's
    /// `Process.waitUntilExit` polls, and on Linux its granularity (tens of milliseconds) swamped the figures.
    static func time(_ path: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = wallClock()
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = wallClock() - started
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchError("\(path) \(arguments.joined(separator: " ")) exited with status \(status)")
        }
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return (elapsed, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }

    static func onPath(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}

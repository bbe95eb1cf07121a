import ArgumentParser
struct Check: ParsableCommand {
    func run() throws { throw CleanExit.message("not yet") }
}

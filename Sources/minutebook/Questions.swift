import ArgumentParser
struct Questions: ParsableCommand {
    func run() throws { throw CleanExit.message("not yet") }
}

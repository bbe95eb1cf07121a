import ArgumentParser
struct Show: ParsableCommand {
    func run() throws { throw CleanExit.message("not yet") }
}

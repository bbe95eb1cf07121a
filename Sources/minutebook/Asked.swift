import ArgumentParser
struct Asked: ParsableCommand {
    func run() throws { throw CleanExit.message("not yet") }
}

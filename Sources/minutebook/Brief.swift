import ArgumentParser
struct Brief: ParsableCommand {
    func run() throws { throw CleanExit.message("not yet") }
}

import Foundation

/// An ingest that stopped part-way because the index could not be written (a full disk, say) after some
/// batches had been committed: those documents are in the index, the rest are not.
public struct IngestStopped: Error, LocalizedError, Sendable {
    /// What was done before it stopped.
    public var report: IngestReport
    /// Why the index could not be written.
    public var reason: String

    public var errorDescription: String? {
        "the ingest stopped part-way: \(reason); the \(report.indexed) document\(report.indexed == 1 ? "" : "s") written before "
            + "\(report.indexed == 1 ? "is" : "are") in the index, the rest are not: run `minutebook ingest` again when it can be written"
    }
}

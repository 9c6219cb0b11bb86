import Foundation

/// Where the runtime's background work runs: on threads of its own (the reader), or at once on
/// the calling thread, so that a test or a snapshot sees its result at the next step.
public enum BackgroundThreads: Sendable {
    /// A new thread for each piece of work.
    case separate
    /// On the calling thread, before `run` returns.
    case inline

    /// Runs `work` as this says.
    func run(_ work: @escaping @Sendable () -> Void) {
        switch self {
        case .separate: Thread.detachNewThread(work)
        case .inline: work()
        }
    }
}

import Foundation

/// One piece of work on a background thread whose result the session loop picks up between
/// frames (it polls while ``isPending``): counting a search's matches, counting the cue hints.
/// Starting it again supersedes the work running: that work is told it is cancelled, and its
/// result is dropped.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let threads: BackgroundThreads
    private let lock = NSLock()
    private var generation = 0
    private var running = false
    private var finished: Value?

    /// Work that runs as `threads` says.
    init(_ threads: BackgroundThreads) {
        self.threads = threads
    }

    /// Runs `work` on a new thread (at once, with ``BackgroundThreads/inline``); its result (nil: none, e.g. when cancelled) waits for
    /// ``take()``. `work` should stop early when the check it is given says it is cancelled.
    func start(_ work: @escaping @Sendable (_ isCancelled: @escaping @Sendable () -> Bool) -> Value?) {
        let mine = lock.withLock {
            generation += 1
            running = true
            finished = nil
            return generation
        }
        threads.run { [self] in
            let isCancelled: @Sendable () -> Bool = { [self] in lock.withLock { generation != mine } }
            let result = work(isCancelled)
            lock.withLock {
                guard generation == mine else { return }
                finished = result
                running = false
            }
        }
    }

    /// Whether the work runs, or finished and was not taken yet.
    var isPending: Bool { lock.withLock { running || finished != nil } }

    /// The result, once; nil while the work runs or when there is none.
    func take() -> Value? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }
}

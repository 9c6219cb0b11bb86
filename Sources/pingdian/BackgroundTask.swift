import Foundation

/// One piece of work on a background thread whose result the session loop picks up between
/// frames (it polls while ``isPending``), as ``BackgroundCount`` does for search counts.
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var running = false
    private var finished: Value?

    /// Runs `work` on a new thread; its result waits for ``take()``.
    func start(_ work: @escaping @Sendable () -> Value) {
        lock.withLock {
            running = true
            finished = nil
        }
        Thread.detachNewThread { [self] in
            let result = work()
            lock.withLock {
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

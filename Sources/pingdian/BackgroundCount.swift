import Foundation
import PingdianApp

/// Counts a search's matches on a background thread, so that keys are never blocked on a large
/// text; a newer count cancels an older one.
final class BackgroundCount: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var running = false
    private var finished: MatchCount?

    /// Starts counting with `work`, which should stop early (returning nil) when its cancellation
    /// check says so.
    func start(query: String, matchStart: Int,
               work: @escaping @Sendable (String, Int, @escaping @Sendable () -> Bool) -> MatchCount?) {
        let mine = lock.withLock {
            generation += 1
            running = true
            finished = nil
            return generation
        }
        Thread.detachNewThread { [self] in
            let isCancelled: @Sendable () -> Bool = { [self] in lock.withLock { generation != mine } }
            let result = work(query, matchStart, isCancelled)
            lock.withLock {
                guard generation == mine else { return }
                finished = result
                running = false
            }
        }
    }

    /// Whether a count is running or finished and not yet taken (the runner then polls for it).
    var isPending: Bool { lock.withLock { running || finished != nil } }

    /// The finished count, once; nil while it runs or when there is none.
    func take() -> MatchCount? {
        lock.withLock {
            defer { finished = nil }
            return finished
        }
    }
}

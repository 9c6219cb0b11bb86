import Foundation
import PingdianCore

/// The exact document of a large text, read and decoded on a background thread while the reader
/// already shows its provisional one (``TextFile/openProgressively(path:threshold:chunkSize:)``).
final class BackgroundText: @unchecked Sendable {
    private let threads: BackgroundThreads
    private let condition = NSCondition()
    private let descriptor: Int32
    private let path: String
    private var isStarted = false
    private var result: Result<(TextDocument, TextDecoder.Report), TextFile.OpenError>?

    /// Ready to read in full the file open at `descriptor` (taken over, closed once read),
    /// named `path` in messages (``start()``).
    init(descriptor: Int32, path: String, threads: BackgroundThreads = .separate) {
        self.threads = threads
        self.descriptor = descriptor
        self.path = path
    }

    /// Starts the reading, once: after the first frame, so that it does not compete with it.
    /// ``wait()`` starts it too.
    func start() {
        let (descriptor, path) = (self.descriptor, self.path)
        guard condition.withLock({ () -> Bool in
            defer { isStarted = true }
            return !isStarted
        }) else { return }
        threads.run { [self] in
            let read: Result<(TextDocument, TextDecoder.Report), TextFile.OpenError>
            do throws(TextFile.OpenError) {
                read = .success(try TextFile.read(descriptor: descriptor, path: path))
            } catch {
                read = .failure(error)
            }
            close(descriptor)
            condition.withLock {
                result = read
                condition.broadcast()
            }
        }
    }

    /// Whether the reading is done.
    var isDone: Bool { condition.withLock { result != nil } }

    /// The exact document, waiting for it if needed; or why the file could no longer be read.
    func wait() -> Result<(TextDocument, TextDecoder.Report), TextFile.OpenError> {
        start()
        return condition.withLock {
            while result == nil { condition.wait() }
            return result!
        }
    }
}

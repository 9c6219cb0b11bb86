import Foundation
import PingdianCore

/// The exact document of a large text, read and decoded on a background thread while the reader
/// already shows its provisional one (``TextFile/openProgressively(path:threshold:chunkSize:)``).
final class BackgroundText: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<(TextDocument, TextDecoder.Report), TextFile.OpenError>?

    /// Starts reading the file at `path` in full.
    init(path: String) {
        Thread.detachNewThread { [self] in
            let read: Result<(TextDocument, TextDecoder.Report), TextFile.OpenError>
            do throws(TextFile.OpenError) {
                read = .success(try TextFile.open(path: path))
            } catch {
                read = .failure(error)
            }
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
        condition.withLock {
            while result == nil { condition.wait() }
            return result!
        }
    }
}

import Foundation

/// Values computed once for a document and shared by all its copies, from any thread: a
/// second caller waits for the first one's result instead of computing it again.
final class DocumentMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var storedFingerprint: String?

    /// The text's fingerprint, computed by `compute` the first time it is asked for.
    func fingerprint(_ compute: () -> String) -> String {
        lock.withLock {
            if let storedFingerprint { return storedFingerprint }
            let fingerprint = compute()
            storedFingerprint = fingerprint
            return fingerprint
        }
    }

    /// Whether the fingerprint has been computed.
    var knowsFingerprint: Bool { lock.withLock { storedFingerprint != nil } }
}

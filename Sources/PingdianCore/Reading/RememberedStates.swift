import Foundation

/// The states this process last read or wrote, by path, with the exact bytes they came from.
///
/// ``StateStore/apply(_:to:document:path:now:)`` re-reads the file under the lock every time;
/// when the bytes on disk are the very bytes remembered (no other copy wrote since), decoding
/// them again would give the remembered state, so it is taken instead: 1,000 notes cost a byte
/// comparison rather than a 15 ms parse. Any other bytes are parsed and checked as before.
final class RememberedStates: @unchecked Sendable {
    /// The one table of the process.
    static let shared = RememberedStates()

    /// At most this many files are remembered (a reader has one open; tests and imports a few).
    private static let capacity = 8

    private let lock = NSLock()
    private var entries: [String: (bytes: [UInt8], state: ReadingState)] = [:]

    /// The state remembered for `path` if it came from exactly `bytes`.
    func state(atPath path: String, bytes: [UInt8]) -> ReadingState? {
        lock.withLock {
            guard let entry = entries[path], entry.bytes == bytes else { return nil }
            return entry.state
        }
    }

    /// Remembers that the file at `path` holds `bytes`, which decode to `state`.
    func remember(_ state: ReadingState, bytes: [UInt8], atPath path: String) {
        lock.withLock {
            if entries[path] == nil, entries.count >= Self.capacity { entries.removeAll() }
            entries[path] = (bytes, state)
        }
    }

    /// Forgets `path` (a write of it failed halfway, or it was moved aside).
    func forget(_ path: String) {
        _ = lock.withLock { entries.removeValue(forKey: path) }
    }
}

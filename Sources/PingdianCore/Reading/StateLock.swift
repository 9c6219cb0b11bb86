import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the lock file next to a state file (`<name>.lock`), held while one
/// process re-reads, changes and writes the state, so that two running copies never interleave.
///
/// The lock file is created (mode 0600) and never removed: removing it would let two processes
/// hold locks on different files of the same name. The kernel releases the lock if the process dies.
enum StateLock {
    /// Runs `body` holding the lock on `lockPath` (waiting for it), creating the lock file and its
    /// directory (mode 0700) if needed. A lock that cannot be taken is `.unwritable(statePath)`.
    static func withLock<T>(
        on lockPath: String, forStateAt statePath: String, _ body: () throws(StateFileError) -> T
    ) throws(StateFileError) -> T {
        do {
            try AtomicFile.makeDirectory(URL(fileURLWithPath: lockPath).deletingLastPathComponent().path)
        } catch {
            throw .unwritable(path: statePath, reason: error)
        }
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            throw .unwritable(path: statePath, reason: SystemFailure(.lock, path: lockPath))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .unwritable(path: statePath, reason: SystemFailure(.lock, path: lockPath))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

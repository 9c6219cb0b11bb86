import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AtomicFile {
    /// Makes the file at `backupPath` the file now at `path`, whose bytes are `bytes`, so that
    /// replacing `path` next leaves the old version as the backup. A hard link to the file,
    /// renamed over `backupPath`: nothing is copied and no data needs an fsync (the old file's
    /// data is on disk already), and the rename is made durable by the directory's fsync of
    /// the next ``replace(atPath:with:permissions:)`` of `path` in the same directory. Where
    /// the file system has no hard links, the bytes are written as ``replace`` writes them.
    /// A crash at any moment leaves the old backup or the new one, each complete.
    static func keepAsBackup(ofPath path: String, atPath backupPath: String, bytes: [UInt8]) throws(SystemFailure) {
        let url = URL(fileURLWithPath: backupPath)
        let temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent
            + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        guard link(path, temporary) == 0 else {
            switch errno {
            case EPERM, EXDEV, EMLINK, ENOTSUP, ENOSYS, EOPNOTSUPP:
                try replace(atPath: backupPath, with: bytes)
                return
            default:
                throw SystemFailure(.link, path: temporary)
            }
        }
        let renamed = rename(temporary, backupPath) == 0
        let failure = renamed ? nil : SystemFailure(.rename, path: backupPath)
        // When the backup already is this file (a writer was killed between its backup and its
        // rename), rename does nothing and leaves the temporary name: remove it in any case.
        unlink(temporary)
        if let failure { throw failure }
    }
}

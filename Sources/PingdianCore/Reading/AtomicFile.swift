import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and crash-safe writes with POSIX calls, reporting the step and `errno`
/// that failed as a ``SystemFailure``.
enum AtomicFile {
    /// The bytes of the file, or nil when it does not exist.
    static func contents(atPath path: String) throws(SystemFailure) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw SystemFailure(.open)
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) != 0 { throw SystemFailure(.open) }
        if status.st_mode & S_IFMT == S_IFDIR { throw SystemFailure(.open, code: EISDIR) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemFailure(.read)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[..<count])
        }
    }

    /// Replaces the file at `path` with `bytes` so that a crash leaves either the old file or the
    /// new one, never a mix: writes a temporary file in the same directory, fsyncs it, renames it
    /// over `path` and fsyncs the directory. The temporary file is removed on failure.
    /// `beforeRename` runs once the new bytes are safely on disk, just before the rename (the
    /// state file keeps its backup there, so that a write that fails changes nothing).
    static func replace(atPath path: String, with bytes: [UInt8], permissions: mode_t = 0o600,
                        beforeRename: () throws(SystemFailure) -> Void = {}) throws(SystemFailure) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        if descriptor < 0 { throw SystemFailure(.create, path: temporary) }
        var closed = false
        var renamed = false
        defer {
            if !closed { close(descriptor) }
            if !renamed { unlink(temporary) }
        }
        try writeAll(bytes, to: descriptor)
        if fsync(descriptor) != 0 { throw SystemFailure(.sync) }
        closed = true
        if close(descriptor) != 0 { throw SystemFailure(.write) }
        try beforeRename()
        if rename(temporary, path) != 0 { throw SystemFailure(.rename) }
        renamed = true
        try syncDirectory(directory)
    }

    /// Writes `bytes` to a new file at `path` (mode 0600) and fsyncs it and its directory; returns
    /// false, writing nothing, when `path` already exists. A partly written file is removed.
    static func create(atPath path: String, with bytes: [UInt8]) throws(SystemFailure) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return false }
            throw SystemFailure(.create)
        }
        var complete = false
        defer { if !complete { unlink(path) } }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor)
            if fsync(descriptor) != 0 { throw SystemFailure(.sync) }
        }
        try syncDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        complete = true
        return true
    }

    /// Removes the temporary files of ``replace(atPath:with:permissions:)`` for `path` that a
    /// process killed mid-write left behind (`.<name>.<pid>.<random>.tmp` whose process is gone).
    /// Only safe while no other writer of `path` can be running: under the state file's lock.
    static func removeAbandonedTemporaries(ofPath path: String) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let parts = name.dropFirst(prefix.count).dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + name) }
        }
    }

    /// Creates `path` and missing parents with the given permissions; an existing directory is fine.
    static func makeDirectory(_ path: String, permissions: mode_t = 0o700) throws(SystemFailure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw SystemFailure(.makeDirectory, path: path, code: ENOTDIR)
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path { try makeDirectory(parent, permissions: permissions) }
        if mkdir(path, permissions) != 0 && errno != EEXIST { throw SystemFailure(.makeDirectory, path: path) }
    }

    /// Writes all of `bytes` to an open file, retrying short writes and interruptions.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(SystemFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemFailure(.write)
            }
            written += count
        }
    }

    /// Flushes a directory's entries (the rename) to disk.
    private static func syncDirectory(_ path: String) throws(SystemFailure) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor < 0 { throw SystemFailure(.sync, path: path) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 && errno != EINVAL { throw SystemFailure(.sync, path: path) }
    }
}

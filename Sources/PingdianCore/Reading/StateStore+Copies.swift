import Foundation

extension StateStore {
    /// Copies a state file that cannot be read to `<stem>.corrupt-<yyyyMMdd-HHmmss>.json` next to
    /// it (the time of `now` in UTC) and returns the copy, so that the reader keeps it whatever
    /// happens to the original. Never overwrites: a name already taken gets `-2`, `-3`… And never
    /// piles up: when an earlier copy holds the same bytes, that copy is returned instead.
    public static func preserveCopy(of url: URL, now: Date = Date()) throws(StateFileError) -> URL {
        let path = url.path
        do throws(SystemFailure) {
            guard let bytes = try AtomicFile.contents(atPath: path) else {
                throw SystemFailure(.keepCopy, code: ENOENT)
            }
            let directory = url.deletingLastPathComponent()
            let stem = url.deletingPathExtension().lastPathComponent
            let prefix = stem + ".corrupt-"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(".json") {
                let copy = directory.appendingPathComponent(name, isDirectory: false)
                if (try? AtomicFile.contents(atPath: copy.path)) == bytes { return copy }
            }
            let base = prefix + timestamp(now)
            var attempt = 1
            while true {
                let copy = directory.appendingPathComponent(base + (attempt == 1 ? "" : "-\(attempt)") + ".json", isDirectory: false)
                if try AtomicFile.create(atPath: copy.path, with: bytes) { return copy }
                attempt += 1
            }
        } catch {
            throw .unwritable(path: path, reason: SystemFailure(.keepCopy, path: error.path, code: error.code))
        }
    }

    /// `20250127-174640` for a date, in UTC.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }
}

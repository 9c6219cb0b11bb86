import Foundation
import PingdianCore
import PingdianFixtures
import PingdianTexts

/// The three texts every reader benchmark runs on: the bundled essay (15 KB), and the essay
/// repeated to 2 MB and to 50 MB of UTF-8.
///
/// The repeated texts are made exactly as `Benchmarks/compare.sh` makes them (byte for byte):
/// every paragraph of the essay, copy after copy, each line starting with its number
/// (`〔3·12〕`) and each `。` followed by the sentence's (`〔3·12·4〕`), one line per paragraph,
/// until the size is reached. They are written once to a folder in the temporary directory and
/// reused, never committed; they are written a copy at a time, so that making them does not
/// raise the peak memory that a benchmark reports.
enum TextSize: String, CaseIterable, Sendable {
    case essay = "essay"
    case twoMB = "2 MB"
    case fiftyMB = "50 MB"

    /// How many UTF-8 bytes the repeated text has at least; nil for the essay itself.
    var targetBytes: Int? {
        switch self {
        case .essay: return nil
        case .twoMB: return 2_000_000
        case .fiftyMB: return 50_000_000
        }
    }

    /// The file's name in ``BenchmarkTexts/directory``.
    var fileName: String {
        switch self {
        case .essay: return "essay.txt"
        case .twoMB: return "2MB.txt"
        case .fiftyMB: return "50MB.txt"
        }
    }
}

enum BenchmarkTexts {
    /// Where the texts are kept between runs (the version changes when the way they are made does).
    static let directory = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        .appendingPathComponent("pingdian-benchmark-texts-v1", isDirectory: true)

    /// The bundled essay's bytes.
    static var essayBytes: [UInt8] {
        guard let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName) else {
            fatalError("the bundled essay is missing from this build")
        }
        return bytes
    }

    /// The path of the text of `size`, written first when it is not there yet.
    static func path(for size: TextSize) -> String {
        let url = directory.appendingPathComponent(size.fileName)
        if FileManager.default.fileExists(atPath: url.path) { return url.path }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let temporary = directory.appendingPathComponent(".\(size.fileName).\(getpid())")
            try write(size, to: temporary)
            if rename(temporary.path, url.path) != 0 { fatalError("cannot rename \(temporary.path) to \(url.path)") }
        } catch {
            fatalError("cannot write \(url.path): \(error)")
        }
        return url.path
    }

    /// Writes the text of `size` to `url`, one copy of the essay at a time.
    private static func write(_ size: TextSize, to url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        guard let target = size.targetBytes else {
            try handle.write(contentsOf: essayBytes)
            return
        }
        var written = 0
        var copy = 0
        while written < target {
            copy += 1
            let bytes = Array(NumberedEssay.copy(copy, numberingSentences: true).utf8)
            try handle.write(contentsOf: bytes)
            written += bytes.count
        }
    }
}

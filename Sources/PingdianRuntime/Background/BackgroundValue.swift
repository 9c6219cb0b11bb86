import Foundation
import PingdianCore

/// A value worked out once on a background thread, started when the session is ready for it:
/// the count of a large text's lines, the exact document of it
/// (``TextFile/openProgressively(path:threshold:headBytes:chunkSize:)``).
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let threads: BackgroundThreads
    /// The work to run; dropped once started, with what it holds.
    private var work: (@Sendable () -> Value)?
    private let condition = NSCondition()
    private var result: Value?

    /// Ready to run `work` as `threads` says (``start()``).
    init(threads: BackgroundThreads, _ work: @escaping @Sendable () -> Value) {
        self.threads = threads
        self.work = work
    }

    /// Starts the work, once. ``wait()`` starts it too.
    func start() {
        guard let work = condition.withLock({ () -> (@Sendable () -> Value)? in
            defer { self.work = nil }
            return self.work
        }) else { return }
        threads.run { [self] in
            let value = work()
            condition.withLock {
                result = value
                condition.broadcast()
            }
        }
    }

    /// Whether the work is done.
    var isDone: Bool { condition.withLock { result != nil } }

    /// The value, waiting for it if needed.
    func wait() -> Value {
        start()
        return condition.withLock {
            while result == nil { condition.wait() }
            return result!
        }
    }
}

/// The exact document of a large text, read and decoded on a background thread while the reader
/// already shows its provisional one; or why the file could no longer be read.
typealias BackgroundText = BackgroundValue<Result<(TextDocument, TextDecoder.Report), TextFile.OpenError>>

extension BackgroundValue where Value == Result<(TextDocument, TextDecoder.Report), TextFile.OpenError> {
    /// Ready to read in full the file open at `descriptor` (taken over, closed once read), named
    /// `path` in messages, its paragraphs found under `paragraphs` (nil: the convention the text
    /// follows). Started after the first frame, so that it does not compete with it.
    convenience init(descriptor: Int32, path: String, paragraphs: ParagraphConvention? = nil, threads: BackgroundThreads = .separate) {
        self.init(threads: threads) {
            defer { close(descriptor) }
            do throws(TextFile.OpenError) {
                let (document, report) = try TextFile.read(descriptor: descriptor, path: path)
                return .success((document.withParagraphs(paragraphs ?? .detect(in: document.scalars)), report))
            } catch {
                return .failure(error)
            }
        }
    }
}

/// The provisional document of a large text counted to its end (``TextDocument/counted()``);
/// nil when the file cannot be counted (the full reading then says why).
typealias BackgroundCount = BackgroundValue<CountedText>

/// What counting a large text's lines gave (a wrapper, since an optional cannot be the result).
struct CountedText: Sendable {
    /// The whole text's provisional document; nil when it could not be counted.
    let document: TextDocument?
}

extension BackgroundValue where Value == CountedText {
    /// Ready to count the lines of `document` to the end of its file. Started as soon as the
    /// first frame is drawn: `G` and the status line wait for it.
    convenience init(counting document: TextDocument, threads: BackgroundThreads) {
        self.init(threads: threads) { CountedText(document: document.counted()) }
    }
}

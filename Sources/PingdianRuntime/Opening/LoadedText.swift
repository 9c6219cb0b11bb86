import Foundation
import PingdianApp
import PingdianCore
import PingdianTexts

/// A text opened for a command: the document, where it came from, and what to warn about.
public struct LoadedText: Sendable {
    public let document: TextDocument
    /// The absolute path of the file, or nil for the bundled essay.
    public let path: String?
    public let report: TextDecoder.Report

    /// Opens FILE, or the bundled essay when there is none, its paragraphs found under
    /// `paragraphs` (nil: the convention the text follows, ``ParagraphConvention/detect(in:)``).
    /// A file that cannot be read ends the program with a one-line message naming it and a
    /// non-zero exit code (66: cannot open, 65: not a text).
    public static func open(_ file: String?, paragraphs: ParagraphConvention? = nil) throws -> LoadedText {
        guard let file else {
            guard let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName),
                  let (document, report) = try? TextDecoder.decode(bytes, title: BundledText.essayFileName) else {
                throw CommandFailure(message: "the bundled essay is missing from this build", exitCode: 70)
            }
            return LoadedText(document: document.withParagraphs(paragraphs ?? .detect(in: document.scalars)), path: nil, report: report)
        }
        do {
            let (document, report) = try TextFile.open(path: file)
            let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
            return LoadedText(document: document.withParagraphs(paragraphs ?? .detect(in: document.scalars)), path: absolute, report: report)
        } catch {
            throw failure(error)
        }
    }

    /// Opens FILE for the reader: like ``open(_:)``, but a large file comes back as a
    /// provisional document at once, with the full reading started in the background.
    /// A large text shows one paragraph per line until it is read in full (its first lines are
    /// indexed before it is read); its exact document then has the paragraphs of `paragraphs`
    /// or of the convention it follows, found on the reading thread.
    static func openProgressively(_ file: String?, paragraphs: ParagraphConvention? = nil,
                                  threads: BackgroundThreads) throws -> (text: LoadedText, exact: BackgroundText?) {
        guard let file else { return (try open(nil, paragraphs: paragraphs), nil) }
        let opening: TextFile.Opening
        do {
            opening = try TextFile.openProgressively(path: file)
        } catch {
            throw failure(error)
        }
        let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
        switch opening {
        case .complete(let document, let report):
            return (LoadedText(document: document.withParagraphs(paragraphs ?? .detect(in: document.scalars)), path: absolute, report: report), nil)
        case .provisional(let document, let descriptor):
            return (LoadedText(document: document, path: absolute, report: TextDecoder.Report()),
                    BackgroundText(descriptor: descriptor, path: file, paragraphs: paragraphs, threads: threads))
        }
    }

    /// The command failure for a file that cannot be opened: 65 not a text, 66 cannot be read.
    public static func failure(_ error: TextFile.OpenError) -> CommandFailure {
        switch error {
        case .binary: return CommandFailure(message: error.message, exitCode: 65)
        case .notFound, .isDirectory, .unreadable: return CommandFailure(message: error.message, exitCode: 66)
        }
    }

    /// A text read from `path` (nil: the bundled essay).
    public init(document: TextDocument, path: String?, report: TextDecoder.Report) {
        self.document = document
        self.path = path
        self.report = report
    }

    /// This text with `document` in place of its own (the same file, counted further); itself
    /// when there is none.
    func with(_ document: TextDocument?) -> LoadedText {
        document.map { LoadedText(document: $0, path: path, report: report) } ?? self
    }

    /// The warning to give when the text was opened with repairs.
    public var warning: OpeningWarning? {
        report.invalidSequences > 0 ? .invalidUTF8(count: report.invalidSequences) : nil
    }
}

import PingdianApp
import PingdianCore

/// Which text to show, with which layer and how: the values of ``TextOptions`` as plain data, so
/// that `pingdian FILE` can open the reader without parsing its arguments (``PlainInvocation``).
public struct TextChoice: Sendable {
    /// The text file; nil for the bundled essay.
    public var file: String?
    /// The layer given with `--layer`; nil to look next to the text.
    public var layer: String?
    /// The value of `--ui-lang`, if given.
    public var uiLanguage: String?
    /// How to show ASCII punctuation between Chinese characters.
    public var punctuation: PunctuationStyle = .original
    /// Whether paragraphs are indented by two full-width spaces.
    public var indent = false
    /// How the text marks its paragraphs (`--paragraphs`); nil: found in the text.
    public var paragraphs: ParagraphConvention?
    /// The text the reader supplies as the source of the attributions (`--source`), if any.
    public var sourceText: String?
    /// The source text's address (`--source-url`), recorded in the attributions made with it;
    /// nil: the address the layer's attributions found in it name.
    public var sourceURL: String?

    /// Who the reader is (`--author`); nil: `PINGDIAN_AUTHOR`, git's `user.name`, the login name.
    public var author: String?
    /// Other readers' notes on the text to show beside the reader's own, read-only (`--with`).
    public var otherReaders: [String] = []

    /// A text to open: `file` (nil: the bundled essay) with its layer, shown as the flags say.
    public init(file: String? = nil, layer: String? = nil, uiLanguage: String? = nil,
                punctuation: PunctuationStyle = .original, indent: Bool = false, paragraphs: ParagraphConvention? = nil,
                sourceText: String? = nil, sourceURL: String? = nil) {
        self.sourceText = sourceText
        self.sourceURL = sourceURL
        self.file = file
        self.layer = layer
        self.uiLanguage = uiLanguage
        self.punctuation = punctuation
        self.indent = indent
        self.paragraphs = paragraphs
    }

    /// The interface language chosen by the flag or the locale; a bad flag is a usage error (64).
    public func language(environment: [String: String]) throws -> UILanguage {
        guard let uiLanguage else { return UILanguage.preferred(environment: environment) }
        guard let language = UILanguage(flag: uiLanguage) else {
            throw CommandFailure(message: "--ui-lang must be zh-Hant or en, not '\(uiLanguage)'", exitCode: 64)
        }
        return language
    }

    /// Opens the text and its annotation layer; throws the ``CommandFailure`` that ends the
    /// program (66 cannot open, 65 not a text or not a layer).
    public func open() throws(CommandFailure) -> (text: LoadedText, layer: LayerLoading.Result) {
        let text = try CommandFailure.catching { try LoadedText.open(file, paragraphs: paragraphs) }
        return (text, try CommandFailure.catching { try LayerLoading.load(explicitPath: layer, for: text) })
    }

    /// Opens the text for the reader, a large one provisionally (``LoadedText/openProgressively(_:threads:)``);
    /// an explicit layer that is missing or not a layer is a failure now, before the terminal
    /// is taken.
    func openProgressively(threads: BackgroundThreads) throws(CommandFailure) -> (text: LoadedText, exact: BackgroundText?) {
        let opened = try CommandFailure.catching { try LoadedText.openProgressively(file, paragraphs: paragraphs, threads: threads) }
        if let layer { try CommandFailure.catching { try LayerLoading.check(explicitPath: layer) } }
        return opened
    }

    /// The annotation layer of an opened text, or the failure that ends the program.
    public func layer(for text: LoadedText) -> Result<LayerLoading.Result, CommandFailure> {
        Result { () throws(CommandFailure) in try CommandFailure.catching { try LayerLoading.load(explicitPath: layer, for: text) } }
    }
}

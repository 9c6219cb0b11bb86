import ArgumentParser
import PingdianApp
import PingdianCore

/// The options every command that shows a text shares: which text, which layer, how to show it.
struct TextOptions: ParsableArguments {
    @Argument(help: "A UTF-8 text file: a line is a paragraph, a blank line a section break. Default: the bundled essay.")
    var file: String?

    @Option(help: "An annotation layer (JSON) to show over the text (default: <text>.moves.json next to it).")
    var layer: String?

    @Option(name: .customLong("ui-lang"), help: "Interface language: zh-Hant or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var uiLanguage: String?

    @Option(help: "How to show ASCII punctuation between Chinese characters: full (，：（）？；「」) or original.")
    var punct: PunctuationChoice = .original

    @Flag(help: "Indent each paragraph by two full-width spaces.")
    var indent = false

    /// The interface language chosen by the flag or the locale.
    func language(environment: [String: String]) throws -> UILanguage {
        guard let uiLanguage else { return UILanguage.preferred(environment: environment) }
        guard let language = UILanguage(flag: uiLanguage) else {
            throw ValidationError("--ui-lang must be zh-Hant or en, not '\(uiLanguage)'")
        }
        return language
    }
}

/// The values of `--punct`.
enum PunctuationChoice: String, ExpressibleByArgument, CaseIterable {
    case full, original

    var style: PunctuationStyle { self == .full ? .full : .original }
}

/// The values of `--color`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension TextOptions {
    /// Opens the text and its annotation layer, or ends the program with a one-line message.
    func open() -> (text: LoadedText, layer: LayerLoading.Result) {
        do {
            let text = try LoadedText.open(file)
            return (text, try LayerLoading.load(explicitPath: layer, for: text))
        } catch let failure as CommandFailure {
            failure.exit()
        } catch {
            CommandFailure(message: "\(error)", exitCode: 1).exit()
        }
    }

    /// Opens the text for the reader, a large one provisionally (``LoadedText/openProgressively(_:)``);
    /// an explicit layer that is missing ends the program now, before the terminal is taken.
    func openProgressively() -> (text: LoadedText, exact: BackgroundText?) {
        do {
            let opened = try LoadedText.openProgressively(file)
            if let layer { _ = try LayerLoading.bytes(of: .file(layer)) }
            return opened
        } catch let failure as CommandFailure {
            failure.exit()
        } catch {
            CommandFailure(message: "\(error)", exitCode: 1).exit()
        }
    }

    /// The annotation layer of an opened text, or the failure that ends the program.
    func layer(for text: LoadedText) -> Result<LayerLoading.Result, CommandFailure> {
        do {
            return .success(try LayerLoading.load(explicitPath: layer, for: text))
        } catch let failure as CommandFailure {
            return .failure(failure)
        } catch {
            return .failure(CommandFailure(message: "\(error)", exitCode: 1))
        }
    }
}

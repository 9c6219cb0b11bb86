import ArgumentParser
import PingdianApp
import PingdianCore

/// Which text to show, with which layer and how: the values of ``TextOptions`` as plain data, so
/// that `pingdian FILE` can open the reader without parsing its arguments (``PlainInvocation``).
struct TextChoice {
    /// The text file; nil for the bundled essay.
    var file: String?
    /// The layer given with `--layer`; nil to look next to the text.
    var layer: String?
    /// The value of `--ui-lang`, if given.
    var uiLanguage: String?
    /// How to show ASCII punctuation between Chinese characters.
    var punct: PunctuationChoice = .original
    /// Whether paragraphs are indented by two full-width spaces.
    var indent = false

    /// The interface language chosen by the flag or the locale.
    func language(environment: [String: String]) throws -> UILanguage {
        guard let uiLanguage else { return UILanguage.preferred(environment: environment) }
        guard let language = UILanguage(flag: uiLanguage) else {
            throw ValidationError("--ui-lang must be zh-Hant or en, not '\(uiLanguage)'")
        }
        return language
    }

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
    /// an explicit layer that is missing or not a layer ends the program now, before the
    /// terminal is taken.
    func openProgressively() -> (text: LoadedText, exact: BackgroundText?) {
        do {
            let opened = try LoadedText.openProgressively(file)
            if let layer { try LayerLoading.check(explicitPath: layer) }
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

import ArgumentParser
import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime

/// `pingdian keys`: the reader's keys, as its help screen lists them.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List the reader's keys and what they do (what ? shows in the reader).")

    @Option(name: .customLong("ui-lang"), help: "Language: zh-Hant or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var uiLanguage: String?

    func validate() throws {
        if let uiLanguage, UILanguage(flag: uiLanguage) == nil {
            throw ValidationError("--ui-lang must be zh-Hant or en, not '\(uiLanguage)'")
        }
    }

    func run() throws {
        let language = uiLanguage.flatMap(UILanguage.init(flag:)) ?? UILanguage.preferred(environment: ProcessInfo.processInfo.environment)
        Commands.keys(language: language).finish()
    }
}

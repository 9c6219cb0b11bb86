import Foundation
import PackagePlugin

/// Compiles the dictionary of `Texts/cedict/` (CC-CEDICT) into the target that uses this plugin:
/// DictionaryIndexTool reads it, builds the index and writes it as a Swift source
/// (Docs/dictionary.md). It runs again only when the dictionary file changes.
@main
struct EmbedDictionary: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let input = context.package.directoryURL.appending(path: "Texts/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz")
        let output = context.pluginWorkDirectoryURL.appending(path: "DictionaryIndex.swift")
        return [
            .buildCommand(
                displayName: "Compiling the dictionary of Texts/cedict",
                executable: try context.tool(named: "DictionaryIndexTool").url,
                arguments: [output.path(), input.path()],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}

import Foundation
import PackagePlugin

/// Compiles every file of the package's `Texts/` folder (and the licence files at its top) into the target that uses this plugin,
/// so that a copied `pingdian` binary still opens the bundled essay (Docs/design-notes.md, "The texts
/// compiled in").
@main
struct EmbedTexts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let textsDirectory = context.package.directoryURL.appending(path: "Texts")
        // The files of the folder itself: its subfolders (the dictionary, Texts/cedict) are
        // compiled in their own way (the EmbedDictionary plugin).
        let texts = try FileManager.default
            .contentsOfDirectory(at: textsDirectory, includingPropertiesForKeys: [.isRegularFileKey])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        // And the licences, for `pingdian --licenses`.
        let licences = ["LICENSE", "THIRD_PARTY_NOTICES.md"].map { context.package.directoryURL.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path()) }
        let files = texts + licences
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTexts.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of Texts/ and the licences",
                executable: try context.tool(named: "EmbedTextsTool").url,
                arguments: [output.path()] + files.map { $0.path() },
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}

import Foundation
@testable import PingdianApp
import PingdianCore
import Testing

/// What the reader is told about a broken notes file, a broken layer or a failed write is
/// Chinese in the Chinese interface, down to the reason in brackets: the errors are the core's
/// own, made from real files.
@Suite("Errors are told in Chinese")
struct ChineseErrorMessageTests {
    let chinese = UIStrings(.traditionalChinese)

    /// A state file holding `contents`, loaded: the error the reader would be told about.
    func loadError(_ contents: String) throws -> StateFileError {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-zh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("essay.json")
        try Data(contents.utf8).write(to: url)
        return try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
    }

    /// English words of `message` that are neither in the file's contents nor names the
    /// interface keeps (JSON member names come from the file).
    func stray(_ message: String, contents: String = "", path: String = "") -> Set<String> {
        let allowed = ChineseInterfaceTests.names.union(ChineseInterfaceTests.englishWords(contents))
            .union(ChineseInterfaceTests.englishWords(path)).union(["JSON", "format", "exact", "end", "start", "annotations", "anchor"])
        return Set(ChineseInterfaceTests.englishWords(message)).subtracting(allowed)
    }

    @Test("A corrupt notes file: syntax, wrong format, wrong type, a bad anchor, a newer version",
          arguments: [
            #"{"format": "pingdian-state","#,
            #"{"format": "something", "version": 1}"#,
            #"[1, 2]"#,
            #"{"format": "pingdian-state", "version": "2"}"#,
            #"{"format": "pingdian-state", "version": 2, "text": {"sha256": 5}}"#,
            #"{"format": "pingdian-state", "version": 99}"#,
          ])
    func corrupt(contents: String) throws {
        let error = try loadError(contents)
        let message = chinese.stateFileProblem(error)
        #expect(stray(message, contents: contents, path: error.message).isEmpty, "\(message)")
        #expect(message != error.message)
        #expect(UIStrings(.english).stateFileProblem(error) == error.message)
    }

    @Test("A syntax error says where, in Chinese")
    func syntax() throws {
        let error = try loadError("{\"format\": \"pingdian-state\",\n  \"version\" 2}")
        guard case .corrupt(_, let problem) = error else { Issue.record("\(error)"); return }
        #expect(chinese.formatError(problem) == "不是有效的 JSON：第 2 行第 13 欄，成員名稱後應有 \":\"")
        #expect(problem.message == "not valid JSON: line 2, column 13: expected \":\" after the member name")
    }

    @Test("A layer that cannot be shown names the place and the problem in Chinese")
    func layer() throws {
        let bytes = #"{"format": "pingdian-layer", "version": 1, "id": "x", "annotations": [{"id": "m1", "kind": "claim", "anchor": {"start": 3, "end": 1, "exact": "ab"}}]}"#
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(Array(bytes.utf8)) }
        let message = chinese.warning(.layerNotShown(file: "essay.moves.json", error))
        #expect(message.hasPrefix("批註層未顯示：essay.moves.json：annotations[0]"), "\(message)")
        #expect(stray(message, contents: bytes, path: "essay.moves.json").isEmpty, "\(message)")
    }

    @Test("A failed write says the step and the system's reason in Chinese", arguments: [EACCES, ENOSPC, EROFS, EISDIR, ENOTDIR])
    func systemFailure(code: Int32) {
        let error = StateFileError.unwritable(path: "/home/u/.local/share/pingdian/essay.json", reason: SystemFailure(.rename, code: code))
        let message = chinese.stateFileProblem(error)
        #expect(message.contains("換上新檔時："), "\(message)")
        #expect(stray(message, path: "/home/u/.local/share/pingdian/essay.json").isEmpty, "\(message)")
        let export = chinese.exportFailed(.unwritable(path: "/tmp/essay.md", SystemFailure(.create, code: code)))
        #expect(export.hasPrefix("匯出失敗：/tmp/essay.md：無法寫入匯出檔（建立檔案時："), "\(export)")
        #expect(stray(export, path: "/tmp/essay.md").isEmpty, "\(export)")
    }
}

import Foundation
import Testing
@testable import PingdianCore

@Suite struct SHA256Tests {
    @Test func standardVectors() {
        #expect(SHA256.hexDigest(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hexDigest(of: Array(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8))
            == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test("Input given in pieces of any size hashes as the whole does")
    func pieces() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let whole = SHA256.hexDigest(of: bytes)
        for size in [1, 3, 63, 64, 65, 200, 999] {
            var hasher = SHA256.Hasher()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + size)
                bytes[start..<end].withUnsafeBufferPointer { hasher.update($0) }
                start = end
            }
            #expect(SHA256.hex(hasher.finalize()) == whole, "pieces of \(size)")
        }
    }

    @Test("A text's fingerprint is SHA-256 of its UTF-8, across the pieces it is hashed in")
    func fingerprint() {
        // Over 64 KB, with 1-, 3- and 4-byte characters, so that characters straddle the pieces.
        let text = String(repeating: "a甲𠀀。\n", count: 8_000)
        let document = TextDocument(title: "t", text: text)
        #expect(TextIdentity.fingerprint(of: document) == SHA256.hexDigest(of: Array(text.utf8)))
        #expect(TextIdentity.fingerprint(of: TextDocument(title: "t", text: "")) == SHA256.hexDigest(of: []))
    }

    @Test func blockBoundaries() {
        // 55, 56 and 64 bytes: the padding fits, just does not fit, and needs a whole block.
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func oneMillionAs() {
        #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct ReadingPositionTests {
    let essay = ModelFixtures.essay

    @Test func quotesSixteenScalarsFromTheOffset() throws {
        let range = try #require(ModelFixtures.range(of: "我們還原一下", in: essay))
        let position = ReadingPosition(offset: range.lowerBound, in: essay)
        #expect(position.offset == range.lowerBound)
        #expect(position.quote == "我們還原一下他的論述邏輯線條:D")
        #expect(position.quote.unicodeScalars.count == 16)
        let end = ReadingPosition(offset: essay.scalarCount - 3, in: essay)
        #expect(end.quote.unicodeScalars.count == 3)
        #expect(ReadingPosition(offset: essay.scalarCount + 50, in: essay) == ReadingPosition(offset: essay.scalarCount, quote: ""))
    }

    @Test func resolvesToTheOffsetWhenTheTextIsUnchanged() throws {
        let position = ReadingPosition(offset: 1000, in: essay)
        #expect(position.resolve(in: essay) == 1000)
    }

    @Test func followsTheQuoteAfterAnEditBeforeIt() throws {
        let range = try #require(ModelFixtures.range(of: "我們還原一下", in: essay))
        let position = ReadingPosition(offset: range.lowerBound, in: essay)
        let edited = ModelFixtures.inserting("多了一句話。", at: 5, in: essay)
        #expect(position.resolve(in: edited) == range.lowerBound + 6)
    }

    @Test func fallsBackToTheClampedOffsetWhenTheQuoteIsGone() {
        let position = ReadingPosition(offset: 10, quote: "不在文中的一句話")
        #expect(position.resolve(in: essay) == 10)
        #expect(position.resolve(in: TextDocument(title: "t", text: "短")) == 1)
        #expect(ReadingPosition(offset: -4, quote: "").resolve(in: essay) == 0)
    }

    @Test func astralCharactersCountAsOneOffset() {
        let document = TextDocument(title: "t", text: "𠀀𠀁一二三")
        let position = ReadingPosition(offset: 2, in: document)
        #expect(position.quote == "一二三")
        #expect(position.resolve(in: ModelFixtures.inserting("𠀂", at: 0, in: document)) == 3)
    }
}

@Suite struct StateFileTests {
    let essay = ModelFixtures.essay
    let moment = Date(timeIntervalSince1970: 1_738_000_000)

    /// A fresh empty directory under the system's temporary directory, removed by `cleanUp`.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func cleanUp(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    @Test func roundTripsThroughTheFile() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        let url = root.appendingPathComponent("pingdian/bundled-essay.json")
        let state = ReadingState(document: essay, path: nil, offset: 1234, updated: moment)
        try StateStore.save(state, to: url)
        let loaded = try #require(try StateStore.load(from: url))
        #expect(loaded == state)
        #expect(loaded.text.matches(essay))
        #expect(loaded.position.resolve(in: essay) == 1234)
        #expect(loaded.text.scalarCount == essay.scalarCount)
        #expect(loaded.text.path == nil)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""updated" : "2025-01-27T17:46:40Z""#))
        #expect(text.contains(#""format" : "pingdian-state""#))
        #expect(!text.contains("\"path\""), "no path for the bundled essay")
    }

    @Test func updatedIsKeptToTheSecond() throws {
        let state = ReadingState(document: essay, path: nil, offset: 0, updated: moment.addingTimeInterval(0.75))
        #expect(state.updated == moment)
        let decoded = try JSONDecoder().decode(ReadingState.self, from: Data(StateStore.encoded(state)))
        #expect(decoded == state)
    }

    @Test func fingerprintIsSHA256OfTheCanonicalUTF8() {
        let document = TextDocument(title: "abc.txt", text: "abc")
        let identity = TextIdentity(document: document, path: "/tmp/x/../abc.txt")
        #expect(identity.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(identity.path == "/tmp/abc.txt")
        #expect(identity.matches(document))
        #expect(!identity.matches(TextDocument(title: "abc.txt", text: "abd")))
    }

    @Test func missingFileIsNoState() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        #expect(try StateStore.load(from: root.appendingPathComponent("none.json")) == nil)
    }

    @Test func saveIsAtomicAndLeavesNoTemporaryFiles() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        let directory = root.appendingPathComponent("data/pingdian", isDirectory: true)
        let url = directory.appendingPathComponent("bundled-essay.json")
        for offset in [10, 20, 30] {
            try StateStore.save(ReadingState(document: essay, path: nil, offset: offset, updated: moment), to: url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bundled-essay.json"])
        #expect(try StateStore.load(from: url)?.position.offset == 30)
        let directoryMode = try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int
        #expect(directoryMode == 0o700)
        let fileMode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
    }

    @Test func failedSaveLeavesNoTemporaryFile() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        // The target is a non-empty directory: the rename must fail.
        let url = root.appendingPathComponent("state.json", isDirectory: false)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let error = try #require(throws: StateFileError.self) {
            try StateStore.save(ReadingState(document: essay, path: nil, offset: 1, updated: moment), to: url)
        }
        #expect(error.message.hasPrefix(url.path + ": cannot save the reading state (rename"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["state.json"])
    }

    @Test func corruptFileIsAnErrorAndIsLeftUntouched() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        let url = root.appendingPathComponent("state.json")
        let corrupt = Data(#"{"format": "pingdian-state", "version": 1, "text": {"title": "t""#.utf8)
        try corrupt.write(to: url)
        let error = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        guard case .corrupt(let path, let format) = error else {
            Issue.record("expected .corrupt, got \(error)")
            return
        }
        #expect(path == url.path)
        #expect(format.reason == .notJSON)
        #expect(error.message.contains("not a valid pingdian state file"))
        #expect(error.message.contains("left untouched"))
        #expect(try Data(contentsOf: url) == corrupt)

        let wrongType = Data(#"{"format": "pingdian-state", "version": 1, "text": {"title": "t", "scalarCount": "many", "sha256": "x"}, "position": {"offset": 0, "quote": ""}, "updated": "2025-01-27T17:46:40Z"}"#.utf8)
        try wrongType.write(to: url)
        let typeError = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(typeError.message.contains(#"text.scalarCount: expected an integer, found the string "many""#))
        #expect(try Data(contentsOf: url) == wrongType)
    }

    @Test func newerVersionIsAnErrorAndIsLeftUntouched() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        let url = root.appendingPathComponent("state.json")
        let newer = Data(#"{"format": "pingdian-state", "version": 4, "everything": "different"}"#.utf8)
        try newer.write(to: url)
        let error = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(error == .newerVersion(path: url.path, found: 4, supported: 3))
        #expect(error.message.contains("newer pingdian"))
        #expect(try Data(contentsOf: url) == newer)
    }

    @Test func unknownMembersSurviveARewrite() throws {
        let root = try temporaryDirectory()
        defer { cleanUp(root) }
        let url = root.appendingPathComponent("state.json")
        let written = ReadingState(document: essay, path: nil, offset: 5, updated: moment)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(StateStore.encoded(written))) as? [String: Any])
        object["bookmarks"] = [["id": "r1", "kind": "irony", "note": "反語"]]
        object["theme"] = "paper"
        var text = try #require(object["text"] as? [String: Any])
        text["encoding"] = "utf-8"
        object["text"] = text
        var position = try #require(object["position"] as? [String: Any])
        position["column"] = 3
        object["position"] = position
        try JSONSerialization.data(withJSONObject: object).write(to: url)

        var state = try #require(try StateStore.load(from: url))
        state.position = ReadingPosition(offset: 99, in: essay)
        state.updated = moment.addingTimeInterval(60)
        try StateStore.save(state, to: url)

        let rewritten = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let annotations = try #require(rewritten["bookmarks"] as? [[String: Any]])
        #expect(annotations.first?["id"] as? String == "r1")
        #expect(annotations.first?["note"] as? String == "反語")
        #expect(rewritten["theme"] as? String == "paper")
        #expect((rewritten["text"] as? [String: Any])?["encoding"] as? String == "utf-8")
        #expect((rewritten["position"] as? [String: Any])?["column"] as? Int == 3, "kept, even though the offset changed")
        #expect((rewritten["position"] as? [String: Any])?["offset"] as? Int == 99)
        #expect(try StateStore.load(from: url)?.position.offset == 99)
    }

    @Test func directoryFollowsXDGDataHome() {
        #expect(StateStore.directory(environment: ["XDG_DATA_HOME": "/data/me", "HOME": "/home/me"]).path == "/data/me/pingdian")
        #expect(StateStore.directory(environment: ["HOME": "/home/me"]).path == "/home/me/.local/share/pingdian")
        #expect(StateStore.directory(environment: ["XDG_DATA_HOME": "", "HOME": "/home/me"]).path == "/home/me/.local/share/pingdian")
        #expect(StateStore.directory(environment: ["XDG_DATA_HOME": "relative/data", "HOME": "/home/me"]).path
            == "/home/me/.local/share/pingdian", "a relative XDG_DATA_HOME is ignored")
        #expect(StateStore.fileURL(forTextAt: nil, title: "essay.txt", environment: ["HOME": "/home/me"]).path
            == "/home/me/.local/share/pingdian/bundled-essay.json")
    }

    @Test func fileNamesForBundledAndOpenedTexts() {
        #expect(StateStore.fileName(forTextAt: nil, title: "amodei-deepseek-essay.zh-Hant.txt")
            == "bundled-amodei-deepseek-essay.zh-Hant.json")
        let hash = SHA256.hexDigest(of: Array("/home/me/notes/essay.txt".utf8)).prefix(16)
        #expect(StateStore.fileName(forTextAt: "/home/me/notes/essay.txt", title: "essay.txt") == "essay-\(hash).json")
        #expect(StateStore.fileName(forTextAt: "/home/me/notes/../notes/./essay.txt", title: "essay.txt") == "essay-\(hash).json")
        #expect(StateStore.fileName(forTextAt: "/home/me/other/essay.txt", title: "essay.txt") != "essay-\(hash).json")
        let odd = StateStore.fileName(forTextAt: "/tmp/評論 (草稿)?.txt", title: "x")
        #expect(odd.hasPrefix("評論_草稿_-"))
        #expect(odd.hasSuffix(".json"))
        #expect(StateStore.fileName(forTextAt: "/tmp/.hidden", title: "x").hasPrefix("hidden-"))
        #expect(StateStore.fileName(forTextAt: "/tmp/???", title: "x").hasPrefix("_-"))
        let relative = StateStore.fileName(forTextAt: "essay.txt", title: "essay.txt")
        let absolute = FileManager.default.currentDirectoryPath + "/essay.txt"
        #expect(relative == StateStore.fileName(forTextAt: absolute, title: "essay.txt"), "relative paths are made absolute")
    }
}

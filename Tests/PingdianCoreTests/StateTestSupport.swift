import Foundation
@testable import PingdianCore

/// A fresh folder for one state-file test, and reader's annotations on the essay.
struct StateFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A file in the folder.
    func file(_ name: String) -> URL { url.appendingPathComponent(name, isDirectory: false) }

    /// The names in the folder, sorted.
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }

    /// Removes the folder (making it writable first, in case a test took that away).
    func remove() {
        chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }

    /// A reader's annotation of the essay with `id` on the `length` scalars at `offset`.
    static func note(_ id: String, at offset: Int, length: Int = 4, kind: String = "claim", note: String? = nil,
                     links: [AnnotationLink] = []) -> Annotation {
        Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: offset..<offset + length, in: ModelFixtures.essay),
                   note: note, links: links)
    }
}

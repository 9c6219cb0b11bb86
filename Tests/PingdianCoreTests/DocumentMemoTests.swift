import Foundation
import Testing
@testable import PingdianCore

/// The fingerprint is computed once per text and shared by the document's copies, from any thread.
@Suite("A document's fingerprint, computed once")
struct DocumentMemoTests {
    @Test("A copy of a document knows the fingerprint computed on another thread; the value is that of the text")
    func sharedAcrossCopiesAndThreads() async {
        let document = TextDocument(title: "t", text: "第一段。\n第二段。")
        let copy = document
        #expect(!copy.memo.knowsFingerprint)
        let computed = await Task.detached { TextIdentity.fingerprint(of: document) }.value
        #expect(copy.memo.knowsFingerprint)
        #expect(TextIdentity.fingerprint(of: copy) == computed)
        // The SHA-256 of the UTF-8 of the text, as a fresh document of the same text computes it.
        #expect(TextIdentity.fingerprint(of: TextDocument(title: "u", text: "第一段。\n第二段。")) == computed)
        #expect(TextIdentity.fingerprint(of: TextDocument(title: "t", text: "第一段。")) != computed)
    }
}

import Testing
@testable import PingdianCore
@Test func placeholderCore() { #expect(TextDocument(title: "t", text: "a\nb").paragraphs.count == 2) }

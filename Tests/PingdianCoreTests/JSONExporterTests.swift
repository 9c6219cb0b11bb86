import Foundation
@testable import PingdianCore
import Testing

@Suite("JSON export")
struct JSONExporterTests {
    /// `甲說對。乙說錯。\n丙𠀀丁。`: a claim with a dated note, a contradiction of it over an
    /// astral character, and an orphan.
    static func small() -> ExportDocument {
        let document = TextDocument(title: "t.txt", text: "甲說對。乙說錯。\n丙𠀀丁。")
        let date = Date(timeIntervalSince1970: 1_737_999_999)
        let taxonomy = Taxonomy(kinds: [
            MoveKind(key: "claim", label: LocalizedText(traditionalChinese: "論點", english: "Claim"), color: RGBColor(red: 0, green: 0x87, blue: 0xff),
                     monochrome: [.bold], description: LocalizedText(traditionalChinese: "主張", english: nil)),
            MoveKind(key: "irony", label: LocalizedText(traditionalChinese: "反諷", english: "Irony"), color: RGBColor(red: 0, green: 0xff, blue: 0),
                     monochrome: [.italic], description: LocalizedText(traditionalChinese: "反諷", english: "Irony")),
            MoveKind(key: "contradiction", label: LocalizedText(traditionalChinese: "矛盾", english: "Contradiction"), color: RGBColor(red: 0xff, green: 0, blue: 0),
                     monochrome: [.reverse, .bold], description: LocalizedText(traditionalChinese: nil, english: "A contradiction")),
        ])
        return ExportDocument(document: document, sourcePath: "/x/t.txt", taxonomy: taxonomy, layers: [
            (.curated, [Annotation(id: "a", kind: "claim", anchor: TextAnchor.make(range: 0..<4, in: document, context: 3),
                                   note: "他說 \"對\"\n第二行", created: date, modified: date)]),
            (.user, [
                Annotation(id: "b", kind: "contradiction", anchor: TextAnchor.make(range: 10..<12, in: document, context: 3),
                           links: [AnnotationLink(type: .contradicts, target: "a")]),
                Annotation(id: "c", kind: "claim", anchor: TextAnchor(exact: "不在", start: 1, end: 3)),
            ]),
        ])
    }

    @Test("A small export, byte for byte")
    func exact() {
        let output = String(decoding: JSONExporter.export(Self.small()), as: UTF8.self)
        #expect(output == Self.expected)
    }

    /// Every member present (null when empty), keys sorted, only the kinds used (in taxonomy
    /// order), offsets in scalars (𠀀 is one), paragraphs from 1, the link on both sides.
    static let expected = #"""
        {
          "annotations" : [
            {
              "conversion" : null,
              "created" : "2025-01-27T17:46:39Z",
              "creator" : null,
              "end" : 4,
              "id" : "a",
              "kind" : "claim",
              "layer" : "curated",
              "links" : [
                {
                  "target" : "b",
                  "type" : "contradicts"
                }
              ],
              "modified" : "2025-01-27T17:46:39Z",
              "note" : "他說 \"對\"\n第二行",
              "origin" : null,
              "paragraph" : 1,
              "prefix" : "",
              "quote" : "甲說對。",
              "replyTo" : null,
              "source" : null,
              "start" : 0,
              "suffix" : "乙說錯。\n丙𠀀丁。"
            },
            {
              "conversion" : null,
              "created" : null,
              "creator" : null,
              "end" : 12,
              "id" : "b",
              "kind" : "contradiction",
              "layer" : "user",
              "links" : [
                {
                  "target" : "a",
                  "type" : "contradicts"
                }
              ],
              "modified" : null,
              "note" : null,
              "origin" : null,
              "paragraph" : 2,
              "prefix" : "甲說對。乙說錯。\n丙",
              "quote" : "𠀀丁",
              "replyTo" : null,
              "source" : null,
              "start" : 10,
              "suffix" : "。"
            },
            {
              "conversion" : null,
              "created" : null,
              "creator" : null,
              "end" : null,
              "id" : "c",
              "kind" : "claim",
              "layer" : "user",
              "links" : [],
              "modified" : null,
              "note" : null,
              "origin" : null,
              "paragraph" : null,
              "prefix" : "",
              "quote" : "不在",
              "replyTo" : null,
              "source" : null,
              "start" : null,
              "suffix" : ""
            }
          ],
          "format" : "pingdian-export",
          "taxonomy" : [
            {
              "color" : "#0087ff",
              "description" : {
                "zh-Hant" : "主張"
              },
              "key" : "claim",
              "label" : {
                "en" : "Claim",
                "zh-Hant" : "論點"
              },
              "monochrome" : [
                "bold"
              ]
            },
            {
              "color" : "#ff0000",
              "description" : {
                "en" : "A contradiction"
              },
              "key" : "contradiction",
              "label" : {
                "en" : "Contradiction",
                "zh-Hant" : "矛盾"
              },
              "monochrome" : [
                "reverse",
                "bold"
              ]
            }
          ],
          "text" : {
            "path" : "/x/t.txt",
            "scalarCount" : 13,
            "sha256" : "1ae146aec770497cc955782f39c3aa6550f8d007beeacaa1f15f7ec9e4886caa",
            "title" : "t.txt"
          },
          "version" : 1,
          "vocabulary" : []
        }

        """#

    @Test("The bundled essay exports with no text path and the same bytes every time")
    func stable() throws {
        let essay = ModelFixtures.essay
        let export = InterchangeFixture.essayExport
        #expect(export.annotations.count == InterchangeFixture.essayLayer.count + 3)
        let first = JSONExporter.export(export)
        #expect(first == JSONExporter.export(export))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any])
        let text = try #require(object["text"] as? [String: Any])
        #expect(text["path"] is NSNull)
        #expect(text["sha256"] as? String == TextIdentity.fingerprint(of: essay))
        #expect(first.last == 0x0A)
    }
}

extension JSONExporterTests {
    @Test("The reader's vocabulary goes with the export: a member of the JSON, a section of the Markdown")
    func vocabulary() throws {
        var document = Self.small()
        document.vocabulary = [ExportedWord(word: "檄文", pinyin: "xí wén", zhuyin: "ㄒㄧˊ ㄨㄣˊ", glosses: ["official call to arms"],
                                            sentence: "這是一篇<b>檄文</b>。", start: 3, end: 5, paragraph: 1)]
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONExporter.export(document))) as? [String: Any])
        let words = try #require(json["vocabulary"] as? [[String: Any]])
        #expect(words.first?["word"] as? String == "檄文")
        #expect(words.first?["zhuyin"] as? String == "ㄒㄧˊ ㄨㄣˊ")
        let markdown = MarkdownExporter.export(document, language: .traditionalChinese)
        #expect(markdown.contains("## 生詞本\n\n- **檄文** xí wén ㄒㄧˊ ㄨㄣˊ — official call to arms  \n  「這是一篇檄文。」 (¶1)"), "\(markdown)")
    }
}

import Foundation
import Testing
import PingdianTexts
@testable import PingdianCore

@Suite struct TaxonomyTests {
    static let expectedKinds: [(key: String, zh: String)] = [
        ("claim", "論點"), ("concession", "讓步"), ("rebuttal", "轉折反駁"), ("contradiction", "矛盾"),
        ("reconstruction", "復述"), ("rhetorical-question", "設問/反問"), ("irony", "反諷"),
        ("motive", "動機揣測"), ("authority", "訴諸權威"), ("evidence", "引證"), ("speculation", "推測"),
        ("dichotomy", "二元對立"), ("generalization", "以偏概全"), ("ad-hominem", "人身攻擊"),
        ("attribution", "轉述"),
    ]

    func bundled() throws -> Taxonomy {
        let bytes = try #require(EmbeddedFiles.bytes(named: BundledText.taxonomyFileName))
        return try Taxonomy.decode(bytes)
    }

    @Test func bundledTaxonomyHasItsFifteenKinds() throws {
        let taxonomy = try bundled()
        #expect(taxonomy.kinds.count == 15)
        for expected in Self.expectedKinds {
            let kind = try #require(taxonomy.kind(forKey: expected.key), "missing kind \(expected.key)")
            #expect(kind.label.text(in: .traditionalChinese) == expected.zh)
            #expect(kind.label[.english] != nil)
        }
        #expect(taxonomy.kind(forKey: "no-such-kind") == nil)
    }

    @Test func bundledDescriptionsAreOneLineInBothLanguages() throws {
        for kind in try bundled().kinds {
            for language in UILanguage.allCases {
                let text = try #require(kind.description[language], "\(kind.key) has no \(language) description")
                #expect(!text.contains("\n"))
                #expect(text.unicodeScalars.count <= 110, "\(kind.key) \(language) description is too long for one line")
            }
        }
    }

    @Test func bundledColoursAreDistinctAlsoIn256Colours() throws {
        let kinds = try bundled().kinds
        #expect(Set(kinds.map(\.color)).count == kinds.count)
        let approximations = kinds.map { xterm256Index(of: $0.color) }
        #expect(Set(approximations).count == kinds.count, "\(zip(kinds.map(\.key), approximations).map { "\($0)=\($1)" })")
    }

    @Test func bundledColoursAreReadableOnDarkAndLightTerminals() throws {
        for kind in try bundled().kinds {
            let luminance = relativeLuminance(kind.color)
            // WCAG contrast ratio of at least 3:1 against black and against white.
            #expect((luminance + 0.05) / 0.05 >= 3, "\(kind.key) \(kind.color) is too dark for a dark terminal")
            #expect(1.05 / (luminance + 0.05) >= 3, "\(kind.key) \(kind.color) is too light for a light terminal")
        }
    }

    @Test func bundledMonochromeStylesTellKindsApart() throws {
        let kinds = try bundled().kinds
        let styles = kinds.map { Set($0.monochrome) }
        #expect(Set(styles).count == kinds.count)
        #expect(styles.allSatisfy { !$0.isEmpty })
        let contradiction = try #require(kinds.first { $0.key == "contradiction" })
        #expect(contradiction.monochrome.contains(.reverse) || contradiction.monochrome.contains(.standout))
        // Bold and dim cancel out on many terminals: never both.
        #expect(styles.allSatisfy { !($0.contains(.bold) && $0.contains(.dim)) })
    }

    @Test func badColourIsNamedWithItsPath() throws {
        let bytes = Self.taxonomy(kinds: [Self.kind("claim"), Self.kind("concession"), Self.kind("irony"), Self.kind("motive", color: "#12")])
        let error = try #require(throws: FileFormatError.self) { try Taxonomy.decode(bytes) }
        #expect(error.path == "kinds[3].color")
        #expect(error.id == "motive")
        #expect(error.description == ##"kinds[3].color (key "motive"): "#12" is not a #rrggbb colour"##)
    }

    @Test func duplicateKeysAreRejected() throws {
        let bytes = Self.taxonomy(kinds: [Self.kind("claim"), Self.kind("irony"), Self.kind("claim")])
        let error = try #require(throws: FileFormatError.self) { try Taxonomy.decode(bytes) }
        #expect(error.path == "kinds[2].key")
        #expect(error.description.contains("duplicate key"))
        #expect(error.description.contains("kinds[0]"))
    }

    @Test func unknownMonochromeStyleAndMissingLabelAreNamed() throws {
        let blink = Self.taxonomy(kinds: [Self.kind("claim", monochrome: #"["bold", "blink"]"#)])
        let styleError = try #require(throws: FileFormatError.self) { try Taxonomy.decode(blink) }
        #expect(styleError.path == "kinds[0].monochrome[1]")
        #expect(styleError.message.contains("\"blink\" is not a monochrome style"))

        let noLabel = Self.taxonomy(kinds: [##"{"key": "claim", "color": "#0087ff", "description": {"en": "x"}}"##])
        let labelError = try #require(throws: FileFormatError.self) { try Taxonomy.decode(noLabel) }
        #expect(labelError.description == #"kinds[0].label (key "claim"): missing"#)
    }

    @Test func newerVersionAndWrongFormatAreRefused() throws {
        let newer = Array(#"{"format": "pingdian-taxonomy", "version": 2, "kinds": []}"#.utf8)
        let error = try #require(throws: FileFormatError.self) { try Taxonomy.decode(newer) }
        #expect(error.reason == .newerVersion(found: 2, supported: 1))
        #expect(error.path == "version")

        let layer = Array(#"{"format": "pingdian-layer", "version": 1, "kinds": []}"#.utf8)
        let formatError = try #require(throws: FileFormatError.self) { try Taxonomy.decode(layer) }
        #expect(formatError.reason == .wrongFormat)
    }

    @Test func syntaxErrorsGiveLineAndColumn() throws {
        let bytes = Array("{\"format\": \"pingdian-taxonomy\",\n  \"version\": 1\n  \"kinds\": []}".utf8)
        let error = try #require(throws: FileFormatError.self) { try Taxonomy.decode(bytes) }
        #expect(error.reason == .notJSON)
        #expect(error.message.contains("line 3, column 3"))
    }

    @Test func localizedTextFallsBackToTheOtherLanguage() throws {
        let both = LocalizedText(traditionalChinese: "論點", english: "Claim")
        #expect(both.text(in: .english) == "Claim")
        #expect(both.text(in: .traditionalChinese) == "論點")
        let chineseOnly = LocalizedText(traditionalChinese: "論點", english: "")
        #expect(chineseOnly.text(in: .english) == "論點")
        #expect(LocalizedText(traditionalChinese: nil, english: "Claim").text(in: .traditionalChinese) == "Claim")
        #expect(UILanguage.traditionalChinese.rawValue == "zh-Hant")
        #expect(UILanguage(rawValue: "en") == .english)
    }

    @Test func rgbColourParsesOnlyHashSixHexDigits() {
        #expect(RGBColor(hex: "#D75f00") == RGBColor(red: 0xD7, green: 0x5F, blue: 0x00))
        #expect(RGBColor(hex: "#d75f00")?.hex == "#d75f00")
        for bad in ["d75f00", "#d75f0", "#d75f000", "#g75f00", "#１２３４５６", ""] {
            #expect(RGBColor(hex: bad) == nil, "\(bad)")
        }
    }

    // MARK: helpers

    static func kind(_ key: String, color: String = "#0087ff", monochrome: String = #"["bold"]"#) -> String {
        #"{"key": "\#(key)", "label": {"zh-Hant": "甲", "en": "A"}, "color": "\#(color)", "monochrome": \#(monochrome), "description": {"en": "x"}}"#
    }

    static func taxonomy(kinds: [String]) -> [UInt8] {
        Array(#"{"format": "pingdian-taxonomy", "version": 1, "kinds": [\#(kinds.joined(separator: ",\n"))]}"#.utf8)
    }

    /// The xterm-256 entry TerminalKit's `TerminalColor.nearest` picks (same algorithm, copied
    /// because PingdianCoreTests does not see TerminalKit).
    func xterm256Index(of color: RGBColor) -> Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func cubeIndex(_ value: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) } ?? 0
        }
        let (r, g, b) = (cubeIndex(color.red), cubeIndex(color.green), cubeIndex(color.blue))
        let average = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 8 + greyStep * 10
        func distance(_ c: (Int, Int, Int)) -> Int {
            let d = (c.0 - Int(color.red), c.1 - Int(color.green), c.2 - Int(color.blue))
            return d.0 * d.0 + d.1 * d.1 + d.2 * d.2
        }
        if distance((grey, grey, grey)) < distance((levels[r], levels[g], levels[b])) { return 232 + greyStep }
        return 16 + 36 * r + 6 * g + b
    }

    /// WCAG relative luminance of an sRGB colour.
    func relativeLuminance(_ color: RGBColor) -> Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }
}

// swift-tools-version: 6.1
// pingdian (評點): a terminal reader for close reading and rhetorical annotation of Chinese essays.

import PackageDescription

let package = Package(
    name: "pingdian",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pingdian", targets: ["pingdian"]),
        .library(name: "PingdianCore", targets: ["PingdianCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Benchmarks only (Benchmarks/): `swift package benchmark`, see Docs/benchmarks.md.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Test-only: a Markdown parser that checks the Markdown export.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        // Test-only: property-based tests with shrinking (Docs/faults.md).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ncursesw, seen through a shim that turns on the wide-character API (Docs/design-notes.md).
        .systemLibrary(
            name: "CNCursesW",
            path: "Sources/CNCursesW",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // zlib (Debian's zlib1g-dev): the dictionary's index, compressed at build time, inflated at
        // the first lookup (Docs/dictionary.md).
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // A few plain C functions over ICU (Foundation's copy) and libc: line breaks, words,
        // widths; why in C: Docs/design-notes.md, "ICU from C". And OpenCC (Debian's
        // libopencc1.1, with libopencc-dev to build and test): phrase-level Simplified/Traditional
        // conversion for search (Docs/search.md), loaded at the first conversion.
        .target(
            name: "CTextEngine",
            linkerSettings: [.linkedLibrary("_FoundationICU")]
        ),
        // Columns of a character, from libc's wcwidth, as ncursesw measures them.
        .target(name: "CellWidth", dependencies: ["CTextEngine"]),
        // The pure model: text, offsets, layout, anchors, annotation layers, taxonomy, state file.
        .target(
            name: "PingdianCore",
            dependencies: ["CTextEngine", "CellWidth"]
        ),
        // A screen as data: cells, styles, a grid, keys. Knows nothing of ncurses.
        .target(name: "TerminalKit", dependencies: ["CellWidth"]),
        // The reader's state, actions, update and views, rendered into a TerminalKit grid.
        .target(
            name: "PingdianApp",
            dependencies: ["PingdianCore", "TerminalKit", "CellWidth", "DictionaryFormat"]
        ),
        // The only code that calls ncurses: a TerminalKit backend.
        .target(
            name: "NCursesTerminal",
            dependencies: ["CNCursesW", "CellWidth", "TerminalKit"]
        ),
        // The files of Texts/ (essay, curated layer, taxonomy) compiled into the binary.
        .target(
            name: "PingdianTexts",
            plugins: [.plugin(name: "EmbedTexts")]
        ),
        .executableTarget(
            name: "EmbedTextsTool",
            path: "Sources/EmbedTextsTool"
        ),
        .plugin(
            name: "EmbedTexts",
            capability: .buildTool(),
            dependencies: ["EmbedTextsTool"]
        ),
        // A gzip file read whole (the dictionary's source, a StarDict .dict.dz).
        .target(name: "Gzip", dependencies: ["CZlib"]),
        // A dictionary's entries (CC-CEDICT lines) and the compact index they are looked up in.
        .target(name: "DictionaryFormat"),
        // Builds the index of Texts/cedict at build time, for the EmbedDictionary plugin.
        .executableTarget(
            name: "DictionaryIndexTool",
            dependencies: ["DictionaryFormat", "CZlib", "Gzip"],
            path: "Sources/DictionaryIndexTool"
        ),
        .plugin(
            name: "EmbedDictionary",
            capability: .buildTool(),
            dependencies: ["DictionaryIndexTool"]
        ),
        // CC-CEDICT compiled into the binary (Texts/cedict).
        .target(
            name: "PingdianDictionaryData",
            plugins: [.plugin(name: "EmbedDictionary")]
        ),
        // The bundled dictionary, inflated at the first lookup; readings in pinyin and 注音.
        .target(name: "PingdianDictionary", dependencies: ["DictionaryFormat", "PingdianDictionaryData", "CZlib", "Gzip"]),
        // The runtime: opening a text with its layer, notes, search and hints; the background
        // work; the session that dispatches every action and performs every effect, over any
        // TerminalBackend (ncurses, or TerminalKit's MemoryTerminal in tests and snapshots).
        .target(
            name: "PingdianRuntime",
            dependencies: ["PingdianCore", "PingdianApp", "TerminalKit", "PingdianTexts", "CellWidth", "PingdianDictionary", "DictionaryFormat"]
        ),
        // The program: argument parsing and one call per command.
        .executableTarget(
            name: "pingdian",
            dependencies: [
                "PingdianCore", "PingdianApp", "PingdianRuntime", "TerminalKit", "NCursesTerminal", "PingdianTexts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release build on Linux is the fast one without extra flags (Docs/speed.md): the
            // Swift standard library and Foundation linked in statically (no ld.so search and
            // relocation of libswiftCore, libFoundation… at every start), as `swift build -c
            // release --static-swift-stdlib` does; and a position-dependent executable: a PIE of
            // them has ~90,000 relative relocations for ld.so to apply at every start (13,000
            // without PIE), about 0.7 ms of a 5 ms start. Debug builds and tests are unaffected.
            // (Compiled with -static-stdlib too, so that its objects name the static Foundation's
            // own libraries, CoreFoundation and the rest, for the link.)
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]
        ),
        // What tests and benchmarks share: a seeded random number generator, the numbered texts.
        .target(name: "PingdianFixtures", dependencies: ["PingdianCore", "PingdianTexts"], path: "Tests/Fixtures"),
        // What the test targets share, and only they: the external programs some tests need (a
        // test says `.needs(.tmux)`: skipped where missing, failed under CI) and the W3C validator
        // of Tests/W3CAnnotationModel.
        .target(name: "PingdianTestSupport", path: "Tests/Support", exclude: ["pinyin_reference.py", "agreement_reference.py"]),
        // Re-anchoring 1,000 notes in a 2 MB text after edits (Docs/benchmarks.md).
        .executableTarget(
            name: "Reanchoring",
            dependencies: [
                "PingdianCore", "PingdianTexts", "PingdianFixtures",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Reanchoring",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Search in a 50 MB text: first match, counting, folding (Docs/benchmarks.md).
        .executableTarget(
            name: "Search",
            dependencies: [
                "PingdianCore", "PingdianTexts", "PingdianFixtures",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Search",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The bundled dictionary's lookups (Docs/dictionary.md).
        .executableTarget(
            name: "DictionaryBenchmarks",
            dependencies: ["PingdianDictionary", "DictionaryFormat", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/Dictionary",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Reading together at a class's scale: 30 readers' notes, agreement, the merge driver (Docs/benchmarks.md).
        .executableTarget(
            name: "TogetherBenchmarks",
            dependencies: [
                "PingdianCore", "PingdianApp", "PingdianRuntime", "TerminalKit", "PingdianTexts", "PingdianFixtures",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Together",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The reader's speed on the essay, a 2 MB and a 50 MB text (Docs/speed.md).
        .executableTarget(
            name: "ReaderBenchmarks",
            dependencies: [
                "PingdianCore", "PingdianApp", "PingdianRuntime", "TerminalKit", "PingdianTexts", "PingdianFixtures",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Reader",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .testTarget(
            name: "PingdianCoreTests",
            dependencies: [
                "PingdianCore", "PingdianTexts", "PingdianFixtures", "PingdianTestSupport", .product(name: "Ink", package: "Ink"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
        .testTarget(
            name: "PingdianDictionaryTests",
            dependencies: ["PingdianDictionary", "DictionaryFormat", "CZlib", "Gzip", "PingdianTestSupport", "PingdianCore", "PingdianTexts"]
        ),
        .testTarget(name: "NCursesTerminalTests", dependencies: ["NCursesTerminal", "TerminalKit"]),
        .testTarget(name: "PingdianAppTests", dependencies: ["PingdianApp", "PingdianCore", "TerminalKit", "PingdianTexts", "DictionaryFormat"]),
        .testTarget(
            name: "PingdianRuntimeTests",
            dependencies: ["PingdianRuntime", "PingdianApp", "PingdianCore", "TerminalKit", "PingdianTexts", "PingdianFixtures", "PingdianTestSupport"]
        ),
        // A test-only program that changes one state file in a loop, killed by the SIGKILL test.
        .executableTarget(
            name: "pingdian-state-writer",
            dependencies: ["PingdianCore"],
            path: "Tests/StateWriter"
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["pingdian", "pingdian-state-writer", "PingdianCore", "PingdianFixtures", "PingdianTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

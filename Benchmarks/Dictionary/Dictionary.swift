import Benchmark
import DictionaryFormat
import PingdianDictionary

/// The bundled dictionary (Docs/dictionary.md): a lookup once the index is inflated — a
/// headword, a phrase by its parts, every headword at a place — and the word breaks of a
/// paragraph. The first lookup's cost (inflating the index) is one per process: it is measured
/// with `pingdian define` against `pingdian define --help` (Docs/dictionary.md), and happens
/// here in the setup.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal], warmupIterations: 10, maxDuration: .seconds(3), maxIterations: 10_000)
    let setup: @Sendable () async throws -> Void = { _ = BundledDictionary.index }
    let sentence = Array("維繫人工智慧的單極世界，美國對中國 AI 全方位無死角禁運最激烈的呼籲者。".unicodeScalars)

    Benchmark("Look up 檄文 (a headword)", closure: { _ in
        blackHole(BundledDictionary.index!.lookUp(phrase: "檄文"))
    }, setup: setup)

    Benchmark("Look up 出口管制 (not a headword: its parts)", closure: { _ in
        blackHole(BundledDictionary.index!.lookUp(phrase: "出口管制"))
    }, setup: setup)

    Benchmark("Every headword at a place (K at 人 of 人工智慧)", closure: { _ in
        blackHole(BundledDictionary.index!.lookUp(sentence, at: 2, word: 2..<4))
    }, setup: setup)

    Benchmark("Word breaks of a sentence joined into the dictionary's", closure: { _ in
        // ICU-like boundaries: every character (the worst case: each one tried).
        let icu = Array(0...sentence.count)
        blackHole(BundledDictionary.index!.wordBoundaries(sentence[...], icu: icu))
    }, setup: setup)
}

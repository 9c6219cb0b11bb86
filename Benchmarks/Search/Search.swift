import Benchmark
import PingdianCore

/// Search in a 50 MB Chinese text (Docs/benchmarks.md): the first match near an offset, a rare
/// match far away, highlighting a screenful, counting every match, and the cost of folding.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 100)
    let quick = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], warmupIterations: 10, maxDuration: .seconds(3), maxIterations: 10_000)

    let frequent = SearchQuery("强化学习")!
    // The 7th paragraph of copy 1600 (of 3,200): once, half the text away from the start.
    let rare = SearchQuery("〔1600·7〕")!
    // 強化學習 followed by a paragraph number never occurs: every scalar is folded and scanned.
    let absent = SearchQuery("强化学习〔")!

    Benchmark("First 强化学习 after an offset near the start", configuration: quick, closure: { _ in
        blackHole(SearchWorkload.shared.search.nextMatch(of: frequent, from: 1_000, forward: true))
    }, setup: prepare)

    Benchmark("First 强化学习 after the middle", configuration: quick, closure: { _ in
        let workload = SearchWorkload.shared
        blackHole(workload.search.nextMatch(of: frequent, from: workload.document.scalarCount / 2, forward: true))
    }, setup: prepare)

    Benchmark("Previous 强化学习 before the middle", configuration: quick, closure: { _ in
        let workload = SearchWorkload.shared
        blackHole(workload.search.nextMatch(of: frequent, from: workload.document.scalarCount / 2, forward: false))
    }, setup: prepare)

    Benchmark("Highlight 强化学习 in a screenful (2,000 scalars) in the middle", configuration: quick, closure: { _ in
        let workload = SearchWorkload.shared
        let middle = workload.document.scalarCount / 2
        blackHole(workload.search.matches(of: frequent, in: middle..<middle + 2_000))
    }, setup: prepare)

    Benchmark("First 〔1600·7〕 from the start (a rare match 25 MB away)", closure: { _ in
        blackHole(SearchWorkload.shared.search.nextMatch(of: rare, from: 0, forward: true))
    }, setup: prepare)

    Benchmark("Count every 强化学习 in 50 MB", closure: { _ in
        blackHole(SearchWorkload.shared.search.countMatches(of: frequent, isCancelled: { false }))
    }, setup: prepare)

    Benchmark("Fold and scan 50 MB (a query that never occurs)", closure: { _ in
        blackHole(SearchWorkload.shared.search.countMatches(of: absent, isCancelled: { false }))
    }, setup: prepare)
}

extension SearchWorkload {
    /// A search over the workload's text.
    var search: TextSearch { TextSearch(document: document) }
}

/// Builds the workload before measuring and tells, once, what it holds.
@Sendable func prepare() {
    let workload = SearchWorkload.shared
    let count = workload.search.countMatches(of: SearchQuery("强化学习")!, isCancelled: { false }) ?? 0
    print("workload: \(workload.document.scalarCount) scalars (\(workload.megabytes) MB UTF-8), "
        + "\(workload.copies) copies of the essay, \(workload.document.paragraphs.count) paragraphs, \(count) matches of 强化学习")
}

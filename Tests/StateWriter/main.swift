// pingdian-state-writer STATE_FILE: changes one state file through StateStore.apply, forever.
//
// A test-only program for the SIGKILL test (Tests/EndToEndTests/StateKillTests.swift): it prints
// "ready" after its first change, then goes on until it is killed. Each round upserts a note with
// an id `keep-N` (never deleted, so their number can only grow), makes or deletes its own scratch
// note, and moves the position. Exits 1 with a message if a change is refused.
import Foundation
import PingdianCore

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: pingdian-state-writer STATE_FILE\n".utf8))
    exit(64)
}
let url = URL(fileURLWithPath: CommandLine.arguments[1])
let document = TextDocument(title: "kill.txt", text: String(repeating: "一二三四五六七八九十，甲乙丙丁。\n", count: 40))
let scratch = "scratch-\(getpid())"
var round = 0
while true {
    round += 1
    let start = Int.random(in: 0..<(document.scalarCount - 8))
    let keep = Annotation(
        id: "keep-\(Int.random(in: 0..<50))", kind: "claim",
        anchor: TextAnchor.make(range: start..<start + 4, in: document),
        note: String(repeating: "批語", count: Int.random(in: 0...40)))
    var changes: [StateChange] = [.saving(keep), .setPosition(ReadingPosition(offset: start, in: document))]
    if round.isMultiple(of: 2) {
        changes.append(.removing(id: scratch))
    } else {
        changes.append(.saving(Annotation(
            id: scratch, kind: "irony", anchor: TextAnchor.make(range: start + 4..<start + 6, in: document),
            links: [AnnotationLink(type: .responds, target: keep.id)])))
    }
    do {
        _ = try StateStore.apply(changes, to: url, document: document, path: nil)
    } catch {
        FileHandle.standardError.write(Data("pingdian-state-writer: \(error.message)\n".utf8))
        exit(1)
    }
    if round == 1 {
        FileHandle.standardOutput.write(Data("ready\n".utf8))
    }
}

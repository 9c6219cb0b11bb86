@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

/// What a key can change, as seen from outside `update`: every stored property of the state
/// (found by reflection, so that a property added later is looked at too) but the message, which
/// is looked at on its own, and those too large to compare or that keys never change (the
/// document, caches, the search engine, the strings and keys, and the frame, which is made from
/// the rest); of the annotations, the reader's notes and the filter.
private struct Observed: Equatable {
    var fields: [String]

    static let skipped: Set<String> = ["document", "annotations", "hints", "layoutCache", "searchEngine", "strings", "keyMap", "message", "exportFormats", "frame"]

    init(_ state: AppState) {
        fields = Mirror(reflecting: state).children.compactMap { child in
            guard let label = child.label, !Self.skipped.contains(label) else { return nil }
            return label + ": " + String(describing: child.value)
        }
        fields.append("readerNotes: \(state.annotations.readerNotes)")
        fields.append("hiddenKinds: \(state.annotations.hiddenKinds.sorted())")
        fields.append("onlyReaderNotes: \(state.annotations.onlyReaderNotes)")
    }
}

/// Keys that a mode binds but that do nothing in the test's state, each with the reason: the
/// documented no-ops. Anything else the map binds must do something.
private func documentedNoOps(_ mode: KeyMode, _ state: AppState) -> [Key: String] {
    var keys: [Key: String] = [:]
    switch mode {
    case .reading:
        keys[.escape] = "Esc drops a count, a selection or a link: there is none"
    case .outlineQuery:
        keys[.up] = "↑ selects the entry above: the first is selected"
    case .pickExport:
        for digit in 1...9 where digit > state.exportFormats.count {
            keys[.character(Unicode.Scalar(UInt8(0x30 + digit)))] = "there are only \(state.exportFormats.count) formats"
        }
    default: break
    }
    return keys
}

/// Drives every key of ``KeyModeStates/universe`` through `update` from `state`, and says where
/// the handling and the mode's map disagree: a key the map binds that does nothing (and is not a
/// documented no-op), a key the map does not bind that does something other than say so (and is
/// not text typed where the mode takes text).
func keyMapDisagreements(_ state: AppState) -> [String] {
    let mode = state.keyMode
    let bound = state.keyMap.keys(in: mode)
    let noOps = documentedNoOps(mode, state)
    let notBound = [KeyMode.reading, .selection, .linking].contains(mode) ? state.strings.unknownKey : state.strings.keyNotBoundHere
    let before = Observed(state)
    var problems: [String] = []
    for key in bound where !KeyModeStates.universe.contains(key) {
        problems.append("\(mode): \(key.displayName) is bound but not in the test's keys")
    }
    for key in KeyModeStates.universe {
        var after = state
        let effects = after.update(.key(key))
        let saidNotBound = after.message == notBound
        let changed = Observed(after) != before || !effects.isEmpty || (after.message != nil && !saidNotBound)
        let name = "\(mode): \(key.displayName)"
        // Outside text, a full-width form an input method types runs its ASCII key.
        let asBound = bound.contains(key) ? key : mode.takesText ? nil : key.halfWidth.flatMap { bound.contains($0) ? $0 : nil }
        if let asBound {
            if let reason = noOps[asBound] {
                if changed { problems.append("\(name) is documented as doing nothing (\(reason)) but does something") }
            } else if !changed {
                problems.append("\(name) is in the map but does nothing")
            }
        } else if mode.takesText, case .character = key {
            if !changed { problems.append("\(name) is a character the mode should type in, but nothing changed") }
        } else {
            if changed { problems.append("\(name) is not in the map but changes something") }
            if !saidNotBound { problems.append("\(name) is not in the map but the status line does not say so") }
            if !effects.isEmpty { problems.append("\(name) is not in the map but returns \(effects)") }
        }
    }
    return problems
}

@Suite("Key maps and key handling agree")
struct KeyMapAgreementTests {
    @Test("In every mode, every key update handles is in the mode's map and every mapped key is handled",
          arguments: KeyMode.allCases)
    func mapsAgreeWithHandling(mode: KeyMode) {
        for (name, reader) in KeyModeStates.readers(in: mode) {
            #expect(reader.state.keyMode == mode, "\(name) is in \(reader.state.keyMode)")
            let problems = keyMapDisagreements(reader.state)
            #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
        }
    }

    @Test("The agreement test fails for a key bound to a command that does nothing there")
    func agreementCanFail() {
        // Q bound to the count while reading: a count needs a digit, so Q does nothing.
        var broken = KeyMap.standard
        broken.reading = ModeKeyMap(broken.reading.own + [KeyBinding([.character("Q")], .countDigit, .moving, \.keyCountDigit)])
        // A help screen with the list keys but no Enter: Enter is then not bound, and says so.
        broken.help = ModeKeyMap([KeyBinding([.character("?")], .close, .screen, \.keyCloseHelp)], inheriting: KeyMap.standard.list.bindings)
        let reading = KeyModeStates.readers(in: .reading, keyMap: broken)[0].reader.state
        #expect(keyMapDisagreements(reading) == ["reading: Q is in the map but does nothing"])
        let help = KeyModeStates.readers(in: .help, keyMap: broken)[0].reader.state
        #expect(keyMapDisagreements(help).isEmpty)
        var scrolled = help
        _ = scrolled.update(.key(.enter))
        #expect(scrolled.mode == help.mode, "Enter, no longer in the help's map, no longer scrolls it")
    }

    @Test("Ctrl-C goes through each mode's map: quit, or cancel where something is being typed")
    func controlC() {
        for mode in KeyMode.allCases {
            for (name, reader) in KeyModeStates.readers(in: mode) {
                var state = reader.state
                let effects = state.update(.key(.control("c")))
                switch mode {
                case .editNote:
                    // A changed note is asked about once; a second Ctrl-C discards it.
                    if case .editNote(let editor) = state.mode {
                        #expect(editor.isAskingToDiscard && state.message == state.strings.discardNoteQuestion, "\(name)")
                        #expect(state.update(.key(.control("c"))).isEmpty, "\(name)")
                        #expect(state.mode == .reading && state.message == state.strings.noteDiscarded, "\(name)")
                    } else {
                        #expect(effects.isEmpty && state.mode == .reading && state.message == state.strings.noteNotSaved, "\(name)")
                    }
                case .search:
                    #expect(effects.isEmpty && state.mode == .reading, "\(name)")
                case .sourceQuery:
                    #expect(effects.isEmpty && state.keyMode == .source, "\(name): the search typed in the source is dropped")
                default:
                    #expect(effects.last == .quit, "\(name)")
                }
            }
        }
    }

    @Test("Each overlay's footer line is made from its map: rebinding a key changes the footer")
    func footersFromMaps() {
        for mode in KeyMode.allCases where ![.reading, .selection, .linking].contains(mode) {
            for (name, var reader) in KeyModeStates.readers(in: mode, size: TerminalSize(columns: 160, rows: 30)) {
                // The help and the legend end with their footer.
                if mode == .help || mode == .legend { reader.press("G") }
                let footer = reader.state.keyMap.footer(mode, in: reader.state.strings)
                #expect(!footer.isEmpty, "\(name)")
                #expect(reader.screen.contains { $0.contains(footer) }, "\(name): \(footer) not on screen")
            }
        }
        var rebound = KeyMap.standard
        rebound.filter = ModeKeyMap(
            KeyMap.standard.filter.own.filter { $0.command != .list(.close) } + [KeyBinding([.character("F")], .list(.close), .screen, \.keyCloseFilter)],
            inheriting: KeyMap.standard.list.bindings.map { $0.map(FilterCommand.list) }, footer: KeyMap.standard.filter.footerItems)
        let filter = KeyModeStates.readers(in: .filter, keyMap: rebound)[0].reader
        #expect(filter.screen.contains { $0.contains("q/Esc/F closes") })
        #expect(!filter.screen.contains { $0.contains("q/Esc/f closes") })
    }

    @Test("Messages and help texts name the keys of the map: rebinding undo and the selection key changes them")
    func messagesNameMappedKeys() {
        var rebound = KeyMap.standard
        let own = KeyMap.standard.reading.own.map { binding -> KeyBinding<Command> in
            switch binding.command {
            case .undo: return KeyBinding([.character("U")], .undo, binding.group, binding.help)
            case .toggleSelection: return KeyBinding([.character("s")], .toggleSelection, binding.group, binding.help)
            default: return binding
            }
        }
        rebound.reading = ModeKeyMap(own, footer: KeyMap.standard.reading.footerItems)
        for language in UILanguage.allCases {
            let standard = UIStrings(language)
            let strings = UIStrings(language, keys: rebound)
            #expect(standard.noteDeleted.contains("u ") && !strings.noteDeleted.contains("u "), "\(strings.noteDeleted)")
            #expect(strings.noteDeleted.contains("U "), "\(strings.noteDeleted)")
            #expect(strings.keyDeleteAnnotation.contains("U "), "\(strings.keyDeleteAnnotation)")
            #expect(strings.reattachPrompt.contains("s…"), "\(strings.reattachPrompt)")
        }
        // Through update: a deleted note says which key undoes it, and that key does.
        let fixture = Fixtures.annotated
        var reader = ReaderHarness(fixture.document, keyMap: rebound)
        reader.open(annotations: AnnotationSet(layer: [], readerNotes: [], document: fixture.document, taxonomy: fixture.annotations.taxonomy!))
        reader.press("a1<CR>")
        #expect(reader.state.annotations.readerNotes.count == 1)
        reader.press("d")
        #expect(reader.state.message == "Note deleted (U undoes)")
        reader.press("U")
        #expect(reader.state.annotations.readerNotes.count == 1)
    }
}

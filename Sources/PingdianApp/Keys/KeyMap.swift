import TerminalKit

/// The reader's keys, as data: a map per mode (``KeyMode``). The same tables decide what a key
/// does (``AppState/update(_:)`` runs every key through the map of the state's ``AppState/keyMode``),
/// build the help screen (`?`) and write each overlay's footer line, so that neither can
/// disagree with the keys.
///
/// To add a key: add a binding to its mode's map (a new command also needs its case in the mode's
/// command type, which the compiler then asks the mode's dispatch to handle) and its help text
/// to ``UIStrings``. To add a mode: a command type, a map here, a case in ``KeyMode`` and
/// ``AppState/keyMode``, a dispatch function in `Update/KeyDispatch.swift`, and its state for the
/// key-map agreement test (`KeyMapAgreementTests`).
public struct KeyMap: Sendable {
    /// Reading: moving, jumping, searching, notes, views.
    public var reading: ModeKeyMap<Command>
    /// While a selection is being made (`v`): reading's keys, a few changed.
    public var selection: ModeKeyMap<Command>
    /// While a link is started (`r` pressed once): reading's keys, `r` and Esc changed.
    public var linking: ModeKeyMap<Command>
    /// The keys every list and scrolled overlay shares.
    public var list: ModeKeyMap<ListCommand>
    public var help: ModeKeyMap<ListCommand>
    public var legend: ModeKeyMap<ListCommand>
    public var filter: ModeKeyMap<FilterCommand>
    public var outline: ModeKeyMap<OutlineCommand>
    public var outlineQuery: ModeKeyMap<OutlineQueryCommand>
    public var review: ModeKeyMap<ReviewCommand>
    public var pickKind: ModeKeyMap<PickerCommand>
    public var editNote: ModeKeyMap<EditorCommand>
    public var search: ModeKeyMap<SearchPromptCommand>
    public var pickExport: ModeKeyMap<PickerCommand>

    /// The command a key runs while reading, if any.
    public func command(for key: Key) -> Command? { reading.command(for: key) }

    /// The reader's standard keys: vim and less conventions.
    public static let standard = KeyMap(
        reading: readingMap, selection: selectionMap, linking: linkingMap, list: listMap,
        help: helpMap, legend: legendMap, filter: filterMap, outline: outlineMap, outlineQuery: outlineQueryMap,
        review: reviewMap, pickKind: kindPickerMap, editNote: editorMap, search: searchMap, pickExport: exportPickerMap)
}

/// One row of the help screen: keys and what they do, whatever the mode's command type.
public struct KeyHelpEntry: Sendable {
    public let keys: [Key]
    public let group: KeyGroup
    public let help: KeyPath<UIStrings, String> & Sendable
}

extension KeyMap {
    /// The bindings of a mode's own section of the help screen (selecting and linking list only
    /// the keys they change; list modes leave out the shared list keys, listed once).
    public func helpEntries(_ mode: KeyMode) -> [KeyHelpEntry] {
        switch mode {
        case .reading: return Self.entries(reading.own)
        case .selection: return Self.entries(selection.own)
        case .linking: return Self.entries(linking.own)
        case .help: return Self.entries(help.own)
        case .legend: return Self.entries(legend.own)
        case .filter: return Self.entries(filter.own)
        case .outline: return Self.entries(outline.own)
        case .outlineQuery: return Self.entries(outlineQuery.own)
        case .review: return Self.entries(review.own)
        case .pickKind: return Self.entries(pickKind.own)
        case .editNote: return Self.entries(editNote.own)
        case .search: return Self.entries(search.own)
        case .pickExport: return Self.entries(pickExport.own)
        }
    }

    /// The shared list keys, for their section of the help screen.
    public var listHelpEntries: [KeyHelpEntry] { Self.entries(list.own) }

    /// Every key a mode binds.
    public func keys(in mode: KeyMode) -> Set<Key> {
        switch mode {
        case .reading: return reading.keys
        case .selection: return selection.keys
        case .linking: return linking.keys
        case .help: return help.keys
        case .legend: return legend.keys
        case .filter: return filter.keys
        case .outline: return outline.keys
        case .outlineQuery: return outlineQuery.keys
        case .review: return review.keys
        case .pickKind: return pickKind.keys
        case .editNote: return editNote.keys
        case .search: return search.keys
        case .pickExport: return pickExport.keys
        }
    }

    /// A mode's footer line in the language of `strings` (empty for the reading modes, whose
    /// status line says `? help`).
    public func footer(_ mode: KeyMode, in strings: UIStrings) -> String {
        switch mode {
        case .reading: return reading.footer(in: strings)
        case .selection: return selection.footer(in: strings)
        case .linking: return linking.footer(in: strings)
        case .help: return help.footer(in: strings)
        case .legend: return legend.footer(in: strings)
        case .filter: return filter.footer(in: strings)
        case .outline: return outline.footer(in: strings)
        case .outlineQuery: return outlineQuery.footer(in: strings)
        case .review: return review.footer(in: strings)
        case .pickKind: return pickKind.footer(in: strings)
        case .editNote: return editNote.footer(in: strings)
        case .search: return search.footer(in: strings)
        case .pickExport: return pickExport.footer(in: strings)
        }
    }

    private static func entries<C>(_ bindings: [KeyBinding<C>]) -> [KeyHelpEntry] {
        bindings.map { KeyHelpEntry(keys: $0.keys, group: $0.group, help: $0.help) }
    }
}

import TerminalKit

/// The reader's keys, as data: a map per mode (``KeyMode``). The same tables decide what a key
/// does (``AppState/update(_:)`` runs every key through the map of the state's ``AppState/keyMode``),
/// build the help screen (`?`) and write each overlay's footer line, so that neither can
/// disagree with the keys.
///
/// To add a key: add a binding to its mode's map (a new command also needs its case in the mode's
/// command type, which the compiler then asks the mode's dispatch to handle) and its help text
/// to ``UIStrings``. To add a mode: a command type, a map here (its standard table a `static let`,
/// a property and a `Slot` case), a case in ``KeyMode`` and
/// ``AppState/keyMode``, a dispatch function in `Update/KeyDispatch.swift`, and its state for the
/// key-map agreement test (`KeyMapAgreementTests`).
///
/// Each mode's standard map is a static table built the first time it is used: starting the
/// reader builds the reading map only (building all twenty-one took 1.2–1.8 ms of the first
/// frame: Docs/speed.md). A map set on a key map replaces the standard one in that key map only.
public struct KeyMap: Sendable {
    /// The maps set in place of the standard ones.
    private var rebound: [Slot: any Sendable] = [:]

    /// A map of the key map: one per property.
    private enum Slot {
        case reading, selection, linking, list, help, legend, card, filter, outline, outlineQuery, review
        case pickKind, editNote, search, pickExport, source, sourceQuery, pickVerdict, lookup, vocabulary, pickVersion
    }

    /// The map set in `slot`, else the standard one.
    private func map<C>(_ slot: Slot, _ standard: @autoclosure () -> ModeKeyMap<C>) -> ModeKeyMap<C> {
        rebound[slot] as? ModeKeyMap<C> ?? standard()
    }

    /// Reading: moving, jumping, searching, notes, views.
    public var reading: ModeKeyMap<Command> {
        get { map(.reading, Self.readingMap) }
        set { rebound[.reading] = newValue }
    }
    /// While a selection is being made (`v`): reading's keys, a few changed.
    public var selection: ModeKeyMap<Command> {
        get { map(.selection, Self.selectionMap) }
        set { rebound[.selection] = newValue }
    }
    /// While a link is started (`r` pressed once): reading's keys, `r` and Esc changed.
    public var linking: ModeKeyMap<Command> {
        get { map(.linking, Self.linkingMap) }
        set { rebound[.linking] = newValue }
    }
    /// The keys every list and scrolled overlay shares.
    public var list: ModeKeyMap<ListCommand> {
        get { map(.list, Self.listMap) }
        set { rebound[.list] = newValue }
    }
    public var help: ModeKeyMap<ListCommand> {
        get { map(.help, Self.helpMap) }
        set { rebound[.help] = newValue }
    }
    public var legend: ModeKeyMap<ListCommand> {
        get { map(.legend, Self.legendMap) }
        set { rebound[.legend] = newValue }
    }
    public var card: ModeKeyMap<ListCommand> {
        get { map(.card, Self.cardMap) }
        set { rebound[.card] = newValue }
    }
    public var filter: ModeKeyMap<FilterCommand> {
        get { map(.filter, Self.filterMap) }
        set { rebound[.filter] = newValue }
    }
    public var outline: ModeKeyMap<OutlineCommand> {
        get { map(.outline, Self.outlineMap) }
        set { rebound[.outline] = newValue }
    }
    public var outlineQuery: ModeKeyMap<OutlineQueryCommand> {
        get { map(.outlineQuery, Self.outlineQueryMap) }
        set { rebound[.outlineQuery] = newValue }
    }
    public var review: ModeKeyMap<ReviewCommand> {
        get { map(.review, Self.reviewMap) }
        set { rebound[.review] = newValue }
    }
    public var pickKind: ModeKeyMap<PickerCommand> {
        get { map(.pickKind, Self.kindPickerMap) }
        set { rebound[.pickKind] = newValue }
    }
    public var editNote: ModeKeyMap<EditorCommand> {
        get { map(.editNote, Self.editorMap) }
        set { rebound[.editNote] = newValue }
    }
    public var search: ModeKeyMap<SearchPromptCommand> {
        get { map(.search, Self.searchMap) }
        set { rebound[.search] = newValue }
    }
    public var pickExport: ModeKeyMap<PickerCommand> {
        get { map(.pickExport, Self.exportPickerMap) }
        set { rebound[.pickExport] = newValue }
    }
    public var source: ModeKeyMap<SourceCommand> {
        get { map(.source, Self.sourceMap) }
        set { rebound[.source] = newValue }
    }
    public var sourceQuery: ModeKeyMap<SearchPromptCommand> {
        get { map(.sourceQuery, Self.sourceQueryMap) }
        set { rebound[.sourceQuery] = newValue }
    }
    public var pickVerdict: ModeKeyMap<PickerCommand> {
        get { map(.pickVerdict, Self.verdictPickerMap) }
        set { rebound[.pickVerdict] = newValue }
    }
    public var lookup: ModeKeyMap<LookupCommand> {
        get { map(.lookup, Self.lookupMap) }
        set { rebound[.lookup] = newValue }
    }
    public var vocabulary: ModeKeyMap<VocabularyCommand> {
        get { map(.vocabulary, Self.vocabularyMap) }
        set { rebound[.vocabulary] = newValue }
    }
    public var pickVersion: ModeKeyMap<PickerCommand> {
        get { map(.pickVersion, Self.versionPickerMap) }
        set { rebound[.pickVersion] = newValue }
    }

    /// The command a key runs while reading, if any.
    public func command(for key: Key) -> Command? { reading.command(for: key) }

    /// The reader's standard keys: vim and less conventions.
    public static let standard = KeyMap()
}

/// One row of the help screen: keys and what they do, whatever the mode's command type.
public struct KeyHelpEntry: Sendable {
    public let keys: [Key]
    public let group: KeyGroup
    public let help: KeyPath<UIStrings, String> & Sendable
}

extension KeyMap {
    /// What the help screen, the footers and the tests need of one mode's map, whatever the
    /// type of its commands.
    struct ModeSummary {
        /// The mode's own bindings as help entries (selecting and linking: only the keys they
        /// change; list modes: without the shared list keys, listed once).
        let ownEntries: [KeyHelpEntry]
        /// Every key the mode binds.
        let keys: Set<Key>
        /// The mode's footer line in a language.
        let footer: (UIStrings) -> String

        init<C>(_ map: ModeKeyMap<C>) {
            ownEntries = KeyMap.entries(map.own)
            keys = map.keys
            footer = { map.footer(in: $0) }
        }
    }

    /// The summary of a mode's map: the one place that names every mode's map.
    func summary(_ mode: KeyMode) -> ModeSummary {
        switch mode {
        case .reading: return ModeSummary(reading)
        case .selection: return ModeSummary(selection)
        case .linking: return ModeSummary(linking)
        case .help: return ModeSummary(help)
        case .legend: return ModeSummary(legend)
        case .card: return ModeSummary(card)
        case .filter: return ModeSummary(filter)
        case .outline: return ModeSummary(outline)
        case .outlineQuery: return ModeSummary(outlineQuery)
        case .review: return ModeSummary(review)
        case .pickKind: return ModeSummary(pickKind)
        case .editNote: return ModeSummary(editNote)
        case .search: return ModeSummary(search)
        case .pickExport: return ModeSummary(pickExport)
        case .source: return ModeSummary(source)
        case .sourceQuery: return ModeSummary(sourceQuery)
        case .pickVerdict: return ModeSummary(pickVerdict)
        case .lookup: return ModeSummary(lookup)
        case .vocabulary: return ModeSummary(vocabulary)
        case .pickVersion: return ModeSummary(pickVersion)
        }
    }

    /// The bindings of a mode's own section of the help screen (selecting and linking list only
    /// the keys they change; list modes leave out the shared list keys, listed once).
    public func helpEntries(_ mode: KeyMode) -> [KeyHelpEntry] { summary(mode).ownEntries }

    /// The shared list keys, for their section of the help screen.
    public var listHelpEntries: [KeyHelpEntry] { Self.entries(list.own) }

    /// Every key a mode binds.
    public func keys(in mode: KeyMode) -> Set<Key> { summary(mode).keys }

    /// A mode's footer line in the language of `strings` (empty for the reading modes, whose
    /// status line says `? help`).
    public func footer(_ mode: KeyMode, in strings: UIStrings) -> String { summary(mode).footer(strings) }

    fileprivate static func entries<C>(_ bindings: [KeyBinding<C>]) -> [KeyHelpEntry] {
        bindings.map { KeyHelpEntry(keys: $0.keys, group: $0.group, help: $0.help) }
    }
}

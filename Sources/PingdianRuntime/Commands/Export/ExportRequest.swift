import PingdianCore

/// What `pingdian export` is asked for: its options as plain values.
public struct ExportRequest: Sendable {
    /// The text; nil for the bundled essay.
    public var file: String?
    /// The format to write.
    public var format: ExportFormat
    /// Which annotations: the curated layer, the reader's notes, the cue hints.
    public var layers: Set<ExportLayer>
    /// The `--kinds` list, comma-separated keys checked against the taxonomy; nil for all kinds.
    public var kinds: String?
    /// The state file holding the reader's notes; nil for the one the reader uses for the text.
    public var notes: String?
    /// The curated layer; nil for `<text>.moves.json` next to the text, or the bundled essay's.
    public var layer: String?
    /// The file to write (replaced atomically); nil for standard output.
    public var output: String?

    /// A request for `format` of `layers` from `file` (nil: the bundled essay).
    public init(file: String? = nil, format: ExportFormat, layers: Set<ExportLayer> = [.curated, .user], kinds: String? = nil,
                notes: String? = nil, layer: String? = nil, output: String? = nil) {
        self.file = file
        self.format = format
        self.layers = layers
        self.kinds = kinds
        self.notes = notes
        self.layer = layer
        self.output = output
    }
}

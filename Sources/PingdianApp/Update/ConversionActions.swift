import PingdianCore

extension AppState {
    /// `C`: the conversion layer in place of the rhetorical one, and back. The focus and a
    /// filter belong to each layer; the status line says which is shown.
    /// The first time, the round trips are asked for, for the legend.
    mutating func toggleConversion() -> [Effect] {
        guard let conversion = conversionAnnotations else {
            message = strings.noConversionLayer
            return []
        }
        showsConversion.toggle()
        focusedAnnotationID = nil
        message = showsConversion ? strings.conversionShown(conversion.index?.placed.count ?? 0) : strings.conversionHidden
        return showsConversion ? reconstructOriginal() : []
    }
}

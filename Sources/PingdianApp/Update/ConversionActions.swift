import PingdianCore

extension AppState {
    /// `C`: the conversion layer in place of the rhetorical one, and back. The focus and a
    /// filter belong to each layer; the status line says which is shown.
    /// The first time, the round trips are asked for, for the legend.
    mutating func toggleConversion() -> [Effect] {
        guard let conversion = conversionAnnotations else {
            // Looked for the first time now: opening never reads it.
            if !conversionLoaded { return [.loadConversion] }
            message = strings.noConversionLayer
            return []
        }
        showsConversion.toggle()
        focusedAnnotationID = nil
        message = showsConversion ? strings.conversionShown(conversion.index?.placed.count ?? 0) : strings.conversionHidden
        return showsConversion ? reconstructOriginal() : []
    }

    /// Takes in the conversion layer the first `C` asked for, on the original's words while the
    /// original is shown, and shows it.
    mutating func conversionLoaded(_ layer: AnnotationSet?) -> [Effect] {
        conversionLoaded = true
        if var kept = original.shownInPlaceOf, let converted = original.text?.converted {
            kept.conversionAnnotations = layer
            original.shownInPlaceOf = kept
            conversionAnnotations = layer?.mapped(to: converted)
        } else {
            conversionAnnotations = layer
        }
        return toggleConversion()
    }
}

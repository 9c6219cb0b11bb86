import PingdianCore

extension AppState {
    /// Jumps to the next or previous annotation.
    mutating func jumpToAnnotation(forward: Bool, times: Int) {
        message = strings.noAnnotationsAtAll
    }

    /// Jumps to the next or previous contradiction.
    mutating func jumpToContradiction(forward: Bool, times: Int) {
        message = strings.noAnnotationsAtAll
    }

    /// Jumps to the other side of the contradiction under the cursor.
    mutating func jumpToOtherSide() {
        message = strings.noOtherSide
    }
}

import Foundation

extension ReadingState {
    /// Applies `change` as of `now` (the pure part of ``StateStore/apply(_:to:document:path:now:)``).
    ///
    /// An upsert keeps the annotation's place in the list (or appends it) and stamps its dates:
    /// `created` stays what the stored annotation had, else what the new one has, else `now`;
    /// `modified` becomes `now` unless the annotation is the same as the stored one apart from
    /// its dates, in which case nothing changes. `updated` becomes `now` in any case.
    public mutating func apply(_ change: StateChange, now: Date) {
        switch change {
        case .setPosition(let position):
            self.position = position
        case .note(let change):
            guard var annotation = change.after else {
                annotations.removeAll { $0.id == change.id }
                break
            }
            if let index = annotations.firstIndex(where: { $0.id == annotation.id }) {
                let stored = annotations[index]
                if stored.withoutDates != annotation.withoutDates || stored.created == nil {
                    annotation.created = stored.created ?? annotation.created ?? now
                    annotation.modified = now
                    annotations[index] = annotation
                }
            } else {
                annotation.created = annotation.created ?? now
                annotation.modified = now
                annotations.append(annotation)
            }
        case .saveWord(var entry):
            entry.created = entry.created ?? now
            if let index = vocabulary.firstIndex(where: { $0.id == entry.id }) { vocabulary[index] = entry } else { vocabulary.append(entry) }
        case .removeWord(let id):
            vocabulary.removeAll { $0.id == id }
        }
        updated = now
    }

    /// Applies `changes` in order, as of `now`.
    public mutating func apply(_ changes: [StateChange], now: Date) {
        for change in changes { apply(change, now: now) }
    }
}

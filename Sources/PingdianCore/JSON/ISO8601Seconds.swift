import Foundation

/// Dates as pingdian's files write them: ISO 8601 in UTC, to the second (`2025-01-27T17:46:40Z`).
enum ISO8601Seconds {
    /// `date` rounded down to the whole second, as a file keeps it.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The text of `date` in a file.
    static func string(from date: Date) -> String {
        wholeSeconds(date).formatted(.iso8601)
    }

    /// The date written as `text`, rounded down to the second; nil when it is not ISO 8601.
    static func date(from text: String) -> Date? {
        (try? Date(text, strategy: .iso8601)).map(wholeSeconds)
    }
}

extension JSONField {
    /// An ISO 8601 date, with the error of ``KeyedDecodingContainer/decodeISO8601IfPresent(forKey:)``.
    func iso8601Date() throws(FileFormatError) -> Date {
        let text = try string()
        guard let date = ISO8601Seconds.date(from: text) else {
            throw failure(.notADate(text))
        }
        return date
    }
}

extension KeyedDecodingContainer {
    /// An optional ISO 8601 date member, with a clear error for anything else.
    func decodeISO8601IfPresent(forKey key: Key) throws -> Date? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let date = ISO8601Seconds.date(from: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "\"\(text)\" is not an ISO 8601 date and time")
        }
        return date
    }
}

import CTextEngine
import Synchronization

/// Phrase-level conversion between Simplified and Traditional Chinese with OpenCC, the library
/// made for it (Debian's `libopencc1.1`, loaded at the first conversion; its dictionaries in
/// `/usr/share/opencc`): not only the
/// characters but the regional words — 芯片 ↔ 晶片, 软件 ↔ 軟體, 网络 ↔ 網路, 信息 ↔ 訊息.
///
/// A converter is opened once per configuration and kept; conversions take a lock (OpenCC's
/// converters are not documented as safe to share between threads). When OpenCC or its
/// dictionaries are missing, ``convert(_:_:)`` gives nil and search folds characters only.
public enum PhraseConversion {
    /// An OpenCC configuration: the name of its file in OpenCC's data folder, without `.json`.
    public enum Configuration: String, CaseIterable, Sendable {
        /// Simplified to Traditional, Taiwan standard, with Taiwan phrases (芯片 → 晶片).
        case s2twp
        /// Traditional (Taiwan) to Simplified, with mainland phrases (晶片 → 芯片).
        case tw2sp
        /// Simplified to Traditional, characters and OpenCC's phrases, no regional words.
        case s2t
        /// Traditional to Simplified.
        case t2s
        /// Simplified to Traditional, Taiwan standard characters, no regional words.
        case s2tw
        /// Simplified to Traditional, Hong Kong standard.
        case s2hk
        /// Traditional (Taiwan standard characters) to Simplified, no regional words.
        case tw2s
        /// Traditional (Hong Kong standard) to Simplified.
        case hk2s
    }

    /// The opened converters by configuration (nil: opening failed, do not try again).
    private static let converters = Mutex<[Configuration: UInt?]>([:])

    /// `text` converted with `configuration`, or nil when OpenCC cannot be opened here.
    public static func convert(_ text: String, _ configuration: Configuration) -> String? {
        if text.isEmpty { return text }
        return converters.withLock { converters -> String? in
            let handle: UInt
            if let known = converters[configuration] {
                guard let known else { return nil }
                handle = known
            } else {
                let opened = pd_opencc_open(configuration.rawValue + ".json")
                // opencc_open returns (opencc_t)-1 on failure.
                guard let opened, UInt(bitPattern: opened) != UInt.max else {
                    converters[configuration] = .some(nil)
                    return nil
                }
                handle = UInt(bitPattern: opened)
                converters[configuration] = handle
            }
            let converter = UnsafeMutableRawPointer(bitPattern: handle)
            let utf8 = Array(text.utf8)
            guard let output = utf8.withUnsafeBufferPointer({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { pd_opencc_convert_utf8(converter, $0.baseAddress, $0.count) }
            }) else { return nil }
            defer { pd_opencc_convert_utf8_free(output) }
            return String(cString: output)
        }
    }

    /// Whether OpenCC and its dictionaries are here (the first conversion tells).
    public static var isAvailable: Bool { convert("软件", .s2twp) != nil }
}

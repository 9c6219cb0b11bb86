import CZlib

/// Reading a gzip file whole with zlib: the dictionary at build time (DictionaryIndexTool) and a
/// reader's `.dict.dz` (StarDict's dictzip is a gzip file).
public enum Gzip {
    /// The decompressed content of the gzip file at `path`; nil when it cannot be read or is corrupt.
    public static func contents(ofFile path: String) -> [UInt8]? {
        guard let file = gzopen(path, "rb") else { return nil }
        defer { gzclose(file) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if read < 0 { return nil }
            if read == 0 { return result }
            result += buffer[0..<Int(read)]
        }
    }
}

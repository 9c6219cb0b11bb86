/// Reads pingdian's own export (`pingdian-export`, written by ``JSONExporter``).
enum PingdianExportReader {
    /// The file's annotations, as written: ids, kinds (even ones the taxonomy lacks), quotes,
    /// context, scalar offsets, notes, links, dates. Errors name the JSON path and the id.
    static func read(_ bytes: [UInt8]) throws(ImportError) -> ImportFile {
        let reader = JSONFileReader(format: JSONExporter.format, supportedVersion: JSONExporter.version,
                                    identifyingMembers: ["annotations": "id"])
        let file: File
        do {
            file = try reader.decode(File.self, from: bytes)
        } catch {
            throw ImportError(error.description)
        }
        if let index = file.annotations.firstIndex(where: { $0.kind.isEmpty }) {
            throw ImportError("annotations[\(index)].kind (id \"\(file.annotations[index].id)\"): an annotation needs a kind")
        }
        let annotations = file.annotations.map { record in
            IncomingAnnotation(
                key: record.id, preferredID: record.id.isEmpty ? nil : record.id, kind: record.kind, exact: record.quote,
                prefix: record.prefix ?? "", suffix: record.suffix ?? "", start: record.start, end: record.end,
                note: record.note, links: record.links, source: record.source, conversion: record.conversion,
                creator: record.creator, origin: record.origin, replyTo: record.replyTo, created: record.created, modified: record.modified)
        }
        return ImportFile(format: .pingdian, annotations: annotations, offsetUnit: .scalars, textSHA256: file.text?.sha256)
    }

    /// What the importer reads of the file (the taxonomy is not needed).
    private struct File: Decodable {
        struct Text: Decodable {
            let sha256: String?
        }

        let text: Text?
        let annotations: [ExportRecord]
    }
}

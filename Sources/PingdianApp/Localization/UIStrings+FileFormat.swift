import PingdianCore

extension UIStrings {
    /// Where a JSON file is wrong and what is wrong there:
    /// `annotations[3].anchor（id "m4"）：應為整數，卻是字串 "12"`.
    public func formatError(_ error: FileFormatError) -> String {
        guard language == .traditionalChinese else { return error.description }
        var location = error.path
        if let id = error.id { location += "（\(error.idField) \"\(id)\"）" }
        return location.isEmpty ? formatProblem(error.problem) : location + "：" + formatProblem(error.problem)
    }

    /// What is wrong with a value of a JSON file, in the interface language.
    public func formatProblem(_ problem: FileFormatProblem) -> String {
        guard language == .traditionalChinese else { return problem.description }
        switch problem {
        case .notJSON(let line, let column, let syntax): return "不是有效的 JSON：第 \(line) 行第 \(column) 欄，\(jsonSyntax(syntax))"
        case .wrongFormat(let expected, nil): return "缺少（應為 \"\(expected)\"）"
        case .wrongFormat(let expected, let found?): return "應為 \"\(expected)\"，卻是\(jsonValue(found))"
        case .notAnObject(let format, let found): return "應為含 \"format\": \"\(format)\" 的 JSON 物件，卻是\(jsonValue(found))"
        case .newerVersion(let format, let found, let supported):
            return "版本 \(found) 由較新版的 pingdian 寫成；本版讀 \(format) 最多到版本 \(supported)，請更新 pingdian"
        case .expected(let type, let found): return "應為\(jsonType(type))，卻是\(jsonValue(found))"
        case .missing: return "缺少"
        case .decoding(let words): return "無法解讀（\(words)）"
        case .notAColour(let text): return "\"\(text)\" 不是 #rrggbb 顏色"
        case .notAMonochromeStyle(let name, let allowed): return "\"\(name)\" 不是單色樣式（\(allowed.joined(separator: "、"))）"
        case .notAVerdict(let name, let allowed): return "\"\(name)\" 不是判定（\(allowed.joined(separator: "、"))）"
        case .needsALocalizedText: return "需要 \"zh-Hant\" 或 \"en\" 的文字（或兩者）"
        case .noKinds: return "類別表至少要有一個類別"
        case .invalidKey(let key): return "\"\(key)\" 不是有效的鍵（只用小寫 ASCII 字母、數字和連字號）"
        case .duplicateKey(let first): return "鍵重複，kinds[\(first)] 已用過"
        case .notADate(let text): return "\"\(text)\" 不是 ISO 8601 日期時間"
        case .emptyLayerID: return "批註層的 id 不能是空的"
        case .emptyID: return "批註的 id 不能是空的"
        case .duplicateID(let first): return "id 重複，annotations[\(first)] 已用過"
        case .emptyKind: return "批註需要類別"
        case .notARange(let start, let end): return "start \(start) 與 end \(end) 不是一段位置"
        case .emptyQuote: return "錨點的引文不能是空的"
        case .quoteLengthMismatch(let scalars, let span): return "exact 有 \(scalars) 個字元，但 end − start 是 \(span)"
        case .noSuchTarget(let target): return "批註層中沒有 id 為 \"\(target)\" 的批註"
        case .linksToItself: return "批註不能連結到自己"
        }
    }

    private func jsonType(_ type: JSONValueType) -> String {
        switch type {
        case .object: return "物件"
        case .array: return "陣列"
        case .string: return "字串"
        case .integer: return "整數"
        case .positiveInteger: return "正整數"
        case .number: return "數字"
        case .boolean: return " true 或 false"
        case .other(let name): return " \(name) 型別的值"
        }
    }

    private func jsonValue(_ value: JSONValueSummary) -> String {
        switch value {
        case .null: return " null"
        case .boolean(let value): return value ? " true" : " false"
        case .number(let text): return "數字 \(text)"
        case .string(let text): return "字串 \"\(text)\""
        case .array: return "陣列"
        case .object: return "物件"
        case .unknown: return "別的東西"
        }
    }

    private func jsonSyntax(_ problem: JSONSyntaxProblem) -> String {
        switch problem {
        case .textAfterTheValue: return "JSON 值結束後還有文字"
        case .nestedTooDeeply: return "巢狀太深"
        case .endOfFile: return "檔案意外結束，應有一個值"
        case .expectedValue: return "應有一個值"
        case .expectedMemberName: return "應有以雙引號括住的成員名稱"
        case .duplicateMember(let name): return "成員 \"\(name)\" 重複"
        case .expectedColon: return "成員名稱後應有 \":\""
        case .expectedCommaOrBrace: return "應有 \",\" 或 \"}\""
        case .expectedCommaOrBracket: return "應有 \",\" 或 \"]\""
        case .unterminatedString: return "字串沒有結束"
        case .invalidUTF8InString: return "字串不是有效的 UTF-8"
        case .invalidEscape(let escape): return "無效的跳脫 \\\(escape)"
        case .controlCharacterInString: return "字串中有控制字元（請寫成跳脫序列）"
        case .unpairedSurrogate: return "\\u 跳脫中有不成對的代理字元"
        case .invalidUnicodeEscape: return "無效的 \\u 跳脫"
        case .expectedHexDigits: return "\\u 後應有四個十六進位數字"
        case .expectedDigit: return "應有數字"
        case .expectedDigitAfterPoint: return "\".\" 後應有數字"
        case .expectedDigitInExponent: return "指數中應有數字"
        case .numberOutOfRange: return "數字超出範圍"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PingdianCore

extension UIStrings {
    /// What is wrong with the state file, in the interface language (the English is the core's
    /// ``StateFileError/message``).
    public func stateFileProblem(_ error: StateFileError) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return pick("\(path)：無法讀取閱讀狀態（\(systemFailure(reason))）", error.message)
        case .corrupt(let path, let problem):
            return pick("\(path)：不是有效的 pingdian 狀態檔（\(formatError(problem))），檔案原封未動；把它移開即可重新開始", error.message)
        case .newerVersion(let path, let found, let supported):
            return pick("\(path)：由較新版的 pingdian 寫成（狀態版本 \(found)，本版最多讀到 \(supported)），檔案原封未動；請更新 pingdian",
                        error.message)
        case .unwritable(let path, let reason):
            return pick("\(path)：無法儲存閱讀狀態（\(systemFailure(reason))）", error.message)
        case .invalidChange(let path, let problem):
            return pick("\(path)：改動被拒，檔案沒有變（\(formatError(problem))）", error.message)
        }
    }

    /// "; a copy is kept as NAME", after a corrupt state file's problem.
    public func copyKept(_ name: String) -> String {
        pick("；已另存一份為 \(name)", "; a copy is kept as \(name)")
    }

    /// Why an export from the reader was not written.
    public func exportFailed(_ failure: ExportFailure) -> String {
        switch failure {
        case .textStillBeingRead: return pick("匯出失敗：\(textStillBeingRead)", "Export failed: \(textStillBeingRead)")
        case .unwritable(let path, let reason): return pick("匯出失敗：", "Export failed: ") + exportNotWritten(path: path, reason)
        }
    }

    /// An export file that could not be written, and why.
    public func exportNotWritten(path: String, _ reason: SystemFailure) -> String {
        pick("\(path)：無法寫入匯出檔（\(systemFailure(reason))）", "\(path): cannot write the export (\(reason))")
    }

    /// A failed file-system step and the system's reason: "寫入時：磁碟已滿" / "write: No space left on device".
    public func systemFailure(_ failure: SystemFailure) -> String {
        guard language == .traditionalChinese else { return failure.description }
        let step: String
        switch failure.step {
        case .open: step = "開啟"
        case .read: step = "讀取"
        case .create: step = "建立檔案"
        case .write: step = "寫入"
        case .sync: step = "寫到磁碟"
        case .rename: step = "換上新檔"
        case .makeDirectory: step = "建立資料夾"
        case .link: step = "保留備份"
        case .lock: step = "鎖定"
        case .keepCopy: step = "另存副本"
        }
        return step + (failure.path.map { " \($0) " } ?? "") + "時：" + systemReason(failure.code)
    }

    /// The system's reason for an `errno`, in Chinese for the ones a reader meets; otherwise the
    /// system's own words with the number.
    private func systemReason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "沒有權限"
        case ENOENT: return "檔案或資料夾不存在"
        case ENOSPC: return "磁碟已滿"
        case EDQUOT: return "超過磁碟配額"
        case EROFS: return "檔案系統是唯讀的"
        case EISDIR: return "那是資料夾，不是檔案"
        case ENOTDIR: return "路徑中有一段不是資料夾"
        case ENAMETOOLONG: return "名稱太長"
        case EEXIST: return "已經存在"
        case EIO: return "輸入輸出錯誤"
        case ELOOP: return "符號連結太多層"
        case EMFILE, ENFILE: return "開啟的檔案太多"
        case EBUSY, ETXTBSY: return "檔案正被使用"
        case EXDEV: return "不能跨檔案系統"
        default: return "系統錯誤 \(code)：\(String(cString: strerror(code)))"
        }
    }
}

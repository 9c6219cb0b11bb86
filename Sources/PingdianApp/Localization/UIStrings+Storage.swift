import PingdianCore

extension UIStrings {
    /// What is wrong with the state file, in the interface language (the English is the core's
    /// ``StateFileError/message``).
    public func stateFileProblem(_ error: StateFileError) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return pick("\(path)：無法讀取閱讀狀態（\(reason)）", error.message)
        case .corrupt(let path, let problem):
            return pick("\(path)：不是有效的 pingdian 狀態檔（\(problem)），檔案原封未動；把它移開即可重新開始", error.message)
        case .newerVersion(let path, let found, let supported):
            return pick("\(path)：由較新版的 pingdian 寫成（狀態版本 \(found)，本版最多讀到 \(supported)），檔案原封未動；請更新 pingdian",
                        error.message)
        case .unwritable(let path, let reason):
            return pick("\(path)：無法儲存閱讀狀態（\(reason)）", error.message)
        case .invalidChange(let path, let problem):
            return pick("\(path)：改動被拒，檔案沒有變（\(problem)）", error.message)
        }
    }

    /// "; a copy is kept as NAME", after a corrupt state file's problem.
    public func copyKept(_ name: String) -> String {
        pick("；已另存一份為 \(name)", "; a copy is kept as \(name)")
    }
}

import PingdianCore
import TerminalKit
/// The reader application.
public enum PingdianApp {}

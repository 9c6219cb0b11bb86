import CNCursesW
import TerminalKit

/// What each `pingdian` command does once its arguments are parsed: one function a command,
/// taking plain values and returning a ``CommandResult`` (what to print, what to warn about, how
/// to end), so that the executable is argument parsing and one call, and the work is tested here.
///
/// Not to be confused with PingdianApp's `Command`, something the reader asks for with a key.
public enum Commands {}

import ArgumentParser

/// Exit codes after BSD sysexits.h, documented in `leichte --help` and the README.
enum SysExit {
  static let usage = ExitCode(64)
  static let dataError = ExitCode(65)
  static let noInput = ExitCode(66)
  static let ioError = ExitCode(74)
  static let config = ExitCode(78)
}

/// Writes a message to standard error, prefixed with the program name.
func reportError(_ message: String) {
  FileOutput.standardError.write("leichte: \(message)\n")
}

/// The program version shown by `leichte --version`.
enum LeichteVersion {
  static let string = "0.1.0"
}

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "leichte",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "LeichteSprache", targets: ["LeichteSprache"]),
    .executable(name: "leichte", targets: ["leichte"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc",
      providers: [.apt(["libicu-dev"])]
    ),
    .target(
      name: "LeichteICU",
      dependencies: ["CICU"]
    ),
    .target(
      name: "LeichteSprache",
      dependencies: ["LeichteICU"]
    ),
    .executableTarget(
      name: "leichte",
      dependencies: [
        "LeichteSprache",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Readers for the evaluation data in ../shared and the repository, shared by the
    // benchmarks and the tests so both measure the same thing.
    .target(
      name: "LeichteEval",
      dependencies: ["LeichteSprache"]
    ),
    .executableTarget(
      name: "Benchmarks",
      dependencies: ["LeichteSprache", "LeichteEval", "LeichteICU"],
      path: "Benchmarks"
    ),
    .testTarget(
      name: "LeichteSpracheTests",
      dependencies: ["LeichteSprache", "LeichteEval"]
    ),
    // End-to-end tests of the command-line tool: they run the built `leichte` executable.
    .testTarget(
      name: "leichteCLITests",
      dependencies: ["leichte"]
    ),
  ]
)

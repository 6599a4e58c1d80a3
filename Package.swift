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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
    // libxml2's HTML parser for .html input (the .docx XML goes through FoundationXML).
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // Input readers for batch mode: .txt, .md, .html and .docx to segmenter-ready text.
    .target(
      name: "LeichteFormats",
      dependencies: [
        "LeichteSprache", "CLibXML2",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .executableTarget(
      name: "leichte",
      dependencies: [
        "LeichteSprache",
        "LeichteFormats",
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
      dependencies: [
        "LeichteSprache", "LeichteEval", "LeichteICU",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Benchmarks"
    ),
    .testTarget(
      name: "LeichteSpracheTests",
      dependencies: ["LeichteSprache", "LeichteEval"]
    ),
    // End-to-end tests of the command-line tool: they run the built `leichte` executable.
    .testTarget(
      name: "leichteCLITests",
      dependencies: ["leichte", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .testTarget(
      name: "LeichteFormatsTests",
      dependencies: ["LeichteFormats", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
  ]
)

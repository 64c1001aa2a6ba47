// swift-tools-version: 6.1
import PackageDescription

/// Dependencies point one way: knews → Pipeline → stages → NewsModel and the C shims.
/// A stage never imports another stage; Pipeline is the only module that sees them all.
let package = Package(
    name: "knews",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "knews", targets: ["knews"]),
        .executable(name: "knews-bench", targets: ["KnewsBench"]),
        .library(name: "KnewsPipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Thin system-library shims: Debian's libxml2-dev, libsqlite3-dev and zlib1g-dev.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),

        // libxml2's allocator while a page is parsed: a per-thread arena, reset per page.
        .target(name: "CArena"),

        .target(name: "NewsModel"),
        .target(
            name: "Extraction",
            dependencies: ["NewsModel", "CLibXML2", "CZlib", "CArena"]),
        .target(name: "Normalization", dependencies: ["NewsModel"]),
        .target(name: "Tagging", dependencies: ["NewsModel"]),
        .target(
            name: "Export",
            dependencies: ["NewsModel", "CSQLite"]),
        .target(
            name: "Pipeline",
            dependencies: [
                "NewsModel", "Extraction", "Normalization", "Tagging", "Export",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "knews",
            dependencies: [
                "Pipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // Benchmarks live outside Sources/ so the product's layout stays the four stages.
        .executableTarget(
            name: "KnewsBench",
            dependencies: [
                "Pipeline", "NewsModel", "Extraction", "Normalization", "Tagging", "Export",
                "CLibXML2", "CArena",
            ],
            path: "Benchmarks/KnewsBench"),

        .testTarget(name: "NewsModelTests", dependencies: ["NewsModel"]),
        .testTarget(name: "CArenaTests", dependencies: ["CArena"]),
        .testTarget(
            name: "ExtractionTests", dependencies: ["Extraction", "NewsModel", "CLibXML2"],
            exclude: ["Fixtures"]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "NewsModel"]),
        .testTarget(
            name: "TaggingTests", dependencies: ["Tagging", "NewsModel"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "ExportTests", dependencies: ["Export", "NewsModel", "CSQLite"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "PipelineTests",
            dependencies: ["Pipeline", "NewsModel", "Export"]),
    ]
)

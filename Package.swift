// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kodigest",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "KoDigest", targets: ["KoDigest"]),
        .executable(name: "kodigest", targets: ["kodigest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // The only place that sees ICU headers; its own header uses plain C types.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // SHA-256 for provenance, with the x86 SHA extensions when the processor has them.
        .target(name: "CHash"),
        .target(
            name: "KoDigest",
            dependencies: ["CICU", "CHash", .product(name: "Yams", package: "Yams")]
        ),
        // The programs use jemalloc for malloc: the pipeline makes many small, short-lived
        // strings and arrays on every thread, and glibc's allocator costs it about 10% more time.
        .executableTarget(
            name: "kodigest",
            dependencies: ["KoDigest", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "kodigest-bench",
            dependencies: ["KoDigest"],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(
            name: "KoDigestTests",
            dependencies: ["KoDigest"],
            exclude: ["Fixtures", "Diff/Golden", "Output/Golden"]
        ),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Arsenal",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ArsenalKit", targets: ["ArsenalKit"]),
        .executable(name: "arsenal", targets: ["arsenal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // Without the default ConfigurationSupport trait: swift-configuration is not needed
        // and would add to every clean build (traits need tools version 6.1).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0", traits: ["FullFoundation"]),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        // Already in the graph through Hummingbird; named for the server's check thread pool.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        .target(
            name: "ArsenalKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "arsenal",
            dependencies: [
                "ArsenalKit",
                "ArsenalServer",
                "ArsenalSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `arsenal export --format sqlite`: the catalog's tables written with GRDB.
        .target(
            name: "ArsenalSQLite",
            dependencies: ["ArsenalKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // `arsenal serve`: the HTTP API and the web page (Web/, embedded at build time).
        .target(
            name: "ArsenalServer",
            dependencies: [
                "ArsenalKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ],
            plugins: ["EmbedResources"]
        ),
        // Turns Data/ and Lexicons/ into Swift string constants at build time, so the
        // bundled database travels inside the binary and works from any directory.
        .executableTarget(name: "arsenal-embed", path: "Sources/arsenal-embed"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["arsenal-embed"]
        ),
        .executableTarget(
            name: "arsenal-bench",
            dependencies: ["ArsenalKit"],
            path: "Benchmarks/arsenal-bench"
        ),
        .testTarget(
            name: "ArsenalKitTests",
            dependencies: ["ArsenalKit"],
            exclude: ["Fixtures"]
        ),
        // The HTTP API in process and `arsenal serve` as a process, over plain sockets
        // (HummingbirdTesting would pull in AsyncHTTPClient and BoringSSL: minutes of build).
        .testTarget(
            name: "ArsenalServerTests",
            dependencies: ["ArsenalServer", "arsenal"]
        ),
        // End-to-end tests of the built `arsenal` binary.
        .testTarget(
            name: "ArsenalCLITests",
            dependencies: ["arsenal"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets, declared only when ARSENAL_FUZZ=1 so the normal build never links
// them: Fuzz/run.sh builds them apart (scratch .build-fuzz, -sanitize=fuzzer,address).
if Context.environment["ARSENAL_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzShim", path: "Fuzz/CFuzzShim"),
        .executableTarget(name: "arsenal-fuzz", dependencies: ["ArsenalKit", "CFuzzShim"], path: "Fuzz/arsenal-fuzz"),
    ]
}

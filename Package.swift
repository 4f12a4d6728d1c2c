// swift-tools-version: 6.0
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
        // End-to-end tests of the built `arsenal` binary.
        .testTarget(
            name: "ArsenalCLITests",
            dependencies: ["arsenal"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

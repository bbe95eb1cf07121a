// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "minutebook",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MinutebookKit", targets: ["MinutebookKit"]),
        .executable(name: "minutebook", targets: ["minutebook"]),
        .executable(name: "minutebook-bench", targets: ["minutebook-bench"]),
        .executable(name: "minutebook-web", targets: ["minutebook-web"]),
        .executable(name: "minutebook-web-bench", targets: ["minutebook-web-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web pages (`minutebook-web`) only: the `minutebook` tool does not depend on them.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libxml2's HTML and XML parsers (Debian: libxml2-dev), for web pages, .docx, .odt and pdftotext's output.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "MinutebookKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                "CLibXML2",
            ]
        ),
        .executableTarget(
            name: "minutebook",
            dependencies: [
                "MinutebookKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "minutebook-bench",
            dependencies: [
                "MinutebookKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web pages: a library (routes, pages, templates) and a thin executable, kept apart from the
        // `minutebook` tool so that its cold build does not compile Hummingbird and SwiftNIO.
        .target(
            name: "MinutebookWeb",
            dependencies: [
                "MinutebookKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .executableTarget(
            name: "minutebook-web",
            dependencies: ["MinutebookWeb", "MinutebookKit"]
        ),
        .executableTarget(
            name: "minutebook-web-bench",
            dependencies: ["MinutebookWeb", "MinutebookKit", .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(
            name: "MinutebookWebTests",
            dependencies: [
                "MinutebookWeb", "MinutebookKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // The pages' templates are parsed and rendered by MinutebookWeb's own CompiledTemplate; the tests
                // render every page again with swift-mustache and compare.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "MinutebookKitTests",
            dependencies: ["MinutebookKit", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "minutebookTests",
            dependencies: [
                "MinutebookKit", "minutebook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Read from the source tree by GoldenOutputTests (and rewritten with MINUTEBOOK_UPDATE_GOLDEN=1).
            exclude: ["Golden"]
        ),
    ]
)

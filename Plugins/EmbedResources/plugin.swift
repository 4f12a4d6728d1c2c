import Foundation
import PackagePlugin

/// Embeds the bundled database (`Data/`) and the claim lexicons (`Lexicons/`) into
/// ArsenalKit, and the web page and API description (`Web/`) into ArsenalServer, as
/// generated Swift source, so an installed `arsenal` binary carries them.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let isServer = target.name == "ArsenalServer"
        let folders = isServer ? ["Web"] : ["Data", "Lexicons"]
        let extensions: Set<String> = isServer ? ["html", "css", "js", "json", "svg"] : ["yaml", "yml"]
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where extensions.contains(url.pathExtension) {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(folders.map { $0 + "/" }.joined(separator: " and ")) into \(target.name)",
                executable: try context.tool(named: "arsenal-embed").url,
                arguments: [root.path, output.path, "--extensions=" + extensions.sorted().joined(separator: ",")] + folders,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}

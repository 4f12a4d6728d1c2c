import Foundation
import PackagePlugin

/// Embeds the bundled database (`Data/`) and the claim lexicons (`Lexicons/`) into
/// ArsenalKit as generated Swift source, so an installed `arsenal` binary carries them.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Data", "Lexicons"]
        var inputs: [URL] = []
        for folder in folders {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "yaml" || url.pathExtension == "yml" {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding Data/ and Lexicons/ into ArsenalKit",
                executable: try context.tool(named: "arsenal-embed").url,
                arguments: [root.path, output.path] + folders,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}

import ArgumentParser
import ArsenalKit
import Foundation

// Arsenal's exit codes (the design page's contract): 0 clean, 1 findings at or above
// the failing severity, 2 usage or input error. argument-parser's own usage failures
// (64) are mapped to 2, and errors are one line on stderr, never a stack trace.
if let unknown = CommandSuggestions.unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
    FileHandle.standardError.write(Data("arsenal: error: \(unknown)\n".utf8))
    Foundation.exit(2)
}
// Bundled data the library reads on its own (the systems outside the database) goes
// through the same compiled cache as the database and the packs.
CompiledCache.useForBundledData(.standard)
BundledCatalogPreload.startIfChecking(Array(CommandLine.arguments.dropFirst()))
do {
    var command = try Arsenal.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch let error as ToolError {
    FileHandle.standardError.write(Data("arsenal: error: \(error.description)\n".utf8))
    Foundation.exit(2)
} catch {
    let code = Arsenal.exitCode(for: error)
    let message = Arsenal.fullMessage(for: error)
    if code == .success {
        print(message)
        Foundation.exit(0)
    }
    // One prefix for every error: argument-parser's "Error: " becomes "arsenal: error: ".
    let text = message.hasPrefix("Error: ") ? "arsenal: error: " + message.dropFirst("Error: ".count) : message
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    Foundation.exit(code == .failure ? 1 : 2)
}

import ArgumentParser
import ArsenalKit
import Foundation

// Arsenal's exit codes (the design page's contract): 0 clean, 1 findings at or above
// the failing severity, 2 usage or input error. argument-parser's own usage failures
// (64) are mapped to 2, and errors are one line on stderr, never a stack trace.
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
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    Foundation.exit(code == .failure ? 1 : 2)
}

import Foundation
import Testing

/// Hostile input through the built binary: a clear message and exit code 2, never a crash.
@Suite("hostile input") struct HostileInputTests {
    @Test(arguments: [
        String(repeating: "not ", count: 8_000) + "man_portable",
        String(repeating: "(", count: 12_000) + "man_portable" + String(repeating: ")", count: 12_000),
    ])
    func deepWhereIsAnErrorNotACrash(_ expression: String) throws {
        let result = try ArsenalBinary.run(["list", "--where", expression])
        #expect(result.status == 2)
        #expect(result.stderr.contains("more than 100 levels deep"))
        #expect(result.stderr.count < 1_000)
    }
}

/// Building blocks for rule examples. An example's main text is loaded as
/// `Data/systems/example.yaml` beside a registry `Data/sources.yaml` holding one source,
/// `src`, unless the example brings its own files.
enum Example {
    /// A valid system file with `body` appended under `specs:`.
    static func system(
        id: String = "example", kind: String = "manpads", header: String = "",
        specs: String = "  max_range:\n    - {value: 6000 m, source: src}\n"
    ) -> String {
        """
        schema_version: 1
        id: \(id)
        name: Example \(id)
        kind: \(kind)
        origin: RU
        \(header)specs:
        \(specs)
        """
    }

    /// The default registry used by examples.
    static let registry = """
        schema_version: 1
        sources:
          - id: src
            title: Example page
            publisher: Example Publisher
            url: https://example.org/page
            retrieved: 2025-01-01
        """

    /// A registry with `entries` (YAML list items) instead of the default one.
    static func registry(_ entries: String) -> String {
        "schema_version: 1\nsources:\n" + entries
    }

    /// The registry path examples use.
    static let registryPath = "Data/sources.yaml"
}

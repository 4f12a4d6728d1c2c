/// Arsenal's version, printed by `--version` and embedded in JSON and SARIF output.
public let arsenalVersion = "0.1.0"

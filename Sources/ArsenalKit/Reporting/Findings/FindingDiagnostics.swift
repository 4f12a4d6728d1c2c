/// Findings as `Diagnostic`s, so `arsenal check` reuses the SARIF, GitHub and JUnit
/// reporters of `arsenal validate` (each cites its own specification).
extension Finding {
    /// The finding as a diagnostic: the rule's code, the severity, "verdict: message", the
    /// quote's span, and one note per recorded value (located at its data file line) plus
    /// the judgement's notes.
    public var diagnostic: Diagnostic {
        var notes = [DiagnosticNote("claim: " + FindingTextReporter.claimLine(self))]
        for item in judgement.evidence {
            var text = "recorded \(item.system) \(item.attribute) \(item.value)"
            if item.status != .accepted { text += " (\(item.status.rawValue))" }
            if let agrees = item.agrees { text += agrees ? ", agrees" : ", differs" }
            if let source = item.source {
                text += " — \(source.title.isEmpty ? source.id : source.title)"
                if !source.publisher.isEmpty { text += " (\(source.publisher))" }
                if !source.url.isEmpty { text += " \(source.url)" }
            }
            notes.append(DiagnosticNote(text, at: item.location))
        }
        notes += judgement.notes.map { DiagnosticNote($0) }
        var diagnostic = Diagnostic(
            code: rule, severity: severity, message: "\(verdict.rawValue): \(judgement.message)",
            location: start, end: end, notes: notes)
        diagnostic.fingerprint = fingerprint
        diagnostic.isPass = verdict == .consistent
        return diagnostic
    }
}

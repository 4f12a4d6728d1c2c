/// The registry of every claim rule, in code order.
public enum ClaimRules {
    /// Every claim rule's type.
    static let all: [any ClaimRule.Type] = [
        NumericSpecRule.self, SetMembershipRule.self, ManPortabilityRule.self, OriginRule.self,
        SystemClassRule.self, ComparisonRule.self, InventoryRule.self,
    ]

    /// Every claim rule's code, parallel to `all` (read once: a description is a large value).
    private static let codes: [DiagnosticCode] = all.map { $0.description.code }

    /// The code of `rule`.
    static func code(of rule: any ClaimRule.Type) -> DiagnosticCode {
        let id = ObjectIdentifier(rule)
        for (index, candidate) in all.enumerated() where ObjectIdentifier(candidate) == id { return codes[index] }
        return rule.description.code
    }

    /// Every claim rule's description, in code order.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// The rule that judges `claim` (every claim the extractor makes has one).
    static func rule(for claim: Claim) -> (any ClaimRule.Type)? {
        all.first { $0.owns(claim) }
    }

    /// The description of the rule with this code or name, if any.
    public static func description(named name: String) -> RuleDescription? {
        descriptions.first { $0.code.code.lowercased() == name.lowercased() || $0.code.name == name.lowercased() }
    }
}

/// The descriptions of the claim rules (`arsenal check`), listed by `arsenal rules`.
var claimRuleDescriptions: [RuleDescription] { ClaimRules.descriptions }

/// The descriptions of the claim rules (`arsenal check`), listed by `arsenal rules`.
var claimRuleDescriptions: [RuleDescription] { [] }

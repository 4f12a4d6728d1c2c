/// The registry of every validation rule, in code order.
public enum ValidationRules {
    /// Every validation rule's type.
    static let all: [any ValidationRule.Type] = [
        FileTooLargeRule.self, BinaryFileRule.self, InvalidUTF8Rule.self, EmptyFileRule.self,
        YAMLSyntaxRule.self, DuplicateKeyRule.self, AliasExpansionRule.self,
        MultipleDocumentsRule.self, RootNotMappingRule.self,
        UnknownKeyRule.self, MissingFieldRule.self, WrongTypeRule.self, InvalidValueRule.self,
        InvalidIDRule.self, SchemaVersionRule.self, InvalidOriginRule.self,
        UnknownUnitRule.self, WrongDimensionRule.self, MalformedNumberRule.self, ImplausibleValueRule.self,
        MinAboveMaxRule.self, MassOrderRule.self,
        SameSourceDisagreementRule.self, VariantContradictsFamilyRule.self, ScopeConflictRule.self,
        MissingSourceRule.self, UnknownSourceRule.self, UnusedSourceRule.self, MalformedURLRule.self,
        SourceDateRule.self, DuplicateSourceRule.self,
        DuplicateIDRule.self, IDFileNameRule.self, AliasCollisionRule.self, UnknownBaseRule.self,
        CyclicExtendsRule.self, AmbiguousAliasRule.self,
    ]

    /// The rules that look at the catalog as a whole, run after every file is decoded.
    /// Listed, not found with `as?` casts over `all`: a protocol-conformance cast walks the
    /// runtime's conformance tables and cost about 2 ms of every cold start. A test keeps
    /// this list equal to the catalog rules in `all`.
    static let catalogRules: [any CatalogRule.Type] = [
        MinAboveMaxRule.self, MassOrderRule.self,
        SameSourceDisagreementRule.self, VariantContradictsFamilyRule.self, ScopeConflictRule.self,
        UnknownSourceRule.self, UnusedSourceRule.self, DuplicateSourceRule.self,
        DuplicateIDRule.self, IDFileNameRule.self, AliasCollisionRule.self, UnknownBaseRule.self,
        CyclicExtendsRule.self, AmbiguousAliasRule.self,
    ]

    /// Every validation rule's description, in code order.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// Codes of the rules that mean a file could not be read as YAML at all (exit code 2).
    public static let fileLevelCodes: Set<String> = Set(
        [FileTooLargeRule.self, BinaryFileRule.self, InvalidUTF8Rule.self, EmptyFileRule.self,
         YAMLSyntaxRule.self, DuplicateKeyRule.self, AliasExpansionRule.self,
         MultipleDocumentsRule.self, RootNotMappingRule.self]
            .map { ($0 as any ValidationRule.Type).description.code.code })
}

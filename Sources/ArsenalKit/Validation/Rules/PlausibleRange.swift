extension Attribute {
    /// The physically plausible SI values of this attribute for a kind of system, as
    /// `validate` applies them to the data (rule V304): a figure outside them is a slip in
    /// a record and, in an article, not a reading of this attribute. Nil for attributes
    /// that are not figures.
    public func plausibleRange(for kind: SystemKind) -> ClosedRange<Double>? {
        ImplausibleValueRule.plausibleRange(self, kind: kind)
    }
}

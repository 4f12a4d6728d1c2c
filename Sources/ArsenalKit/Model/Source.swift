/// A public source in the registry (`Data/sources.yaml`).
public struct Source: Hashable, Sendable, Identifiable, Codable {
    /// Registry id values refer to.
    public var id: String
    /// The page's own title.
    public var title: String
    /// Site or organisation.
    public var publisher: String
    /// The original public address.
    public var url: String
    /// The address of the stored copy actually read, when it differs.
    public var via: String?
    /// The date the page was read, `YYYY-MM-DD`.
    public var retrieved: String
    /// The page's own publication date, if given.
    public var published: String?
    /// ISO 639-1 language of the page.
    public var language: String?
    /// Free text.
    public var note: String?
    /// Where the entry is in the registry file.
    public var location: SourceLocation

    /// Creates a source.
    public init(
        id: String, title: String, publisher: String, url: String, via: String? = nil,
        retrieved: String, published: String? = nil, language: String? = nil, note: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.via = via
        self.retrieved = retrieved
        self.published = published
        self.language = language
        self.note = note
        self.location = location
    }
}

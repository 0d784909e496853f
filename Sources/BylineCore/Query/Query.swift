/// A filter over the collection: terms that must all hold, as typed at the reader's `:` prompt
/// or given to `byline list --query`:
/// `person:"Antony Blinken" org:KCNA place:Seoul speaker:"Jean Lee" date:2022-01 text:missile`,
/// and the article's own fields `source:"Straits Times"`, `tag:politics`, `flag:yes`.
public struct Query: Sendable, Hashable, CustomStringConvertible {
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case person, org, place, speaker, date, text, source, tag, flag
    }

    public struct Term: Sendable, Hashable, CustomStringConvertible {
        public var field: Field
        public var value: String

        public init(_ field: Field, _ value: String) {
            self.field = field
            self.value = value
        }

        /// The term as it would be typed: `person:"Antony Blinken"`, `text:missile`.
        public var description: String {
            let quoted = value.contains(where: { $0 == " " || $0 == "\t" || $0 == ":" }) ? "\"\(value)\"" : value
            return "\(field.rawValue):\(quoted)"
        }
    }

    public var terms: [Term]

    public init(terms: [Term] = []) {
        self.terms = terms
    }

    /// Parses the query syntax; the error says what is wrong and where.
    public init(parsing text: String) throws(QueryError) {
        terms = try QueryParser.parse(text)
    }

    public var description: String { terms.map(\.description).joined(separator: " ") }
}

/// Finds date and time expressions and pins them to the calendar.
public struct DateRecognizer: Sendable {
    public static let standard = DateRecognizer()

    public init() {}

    /// Date mentions (type `.date`) with TIMEX3-style values resolved against `anchor`.
    public func recognize(_ doc: Document, anchor: CalendarDate?) -> [EntityMention] {
        []
    }

    /// The publication date the text gives, if any.
    public func inferPublicationDate(_ doc: Document) -> CalendarDate? {
        nil
    }
}

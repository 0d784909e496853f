/// Why a query could not be parsed; columns count characters from 1.
public enum QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownField(String, column: Int)
    case unclosedQuote(column: Int)
    case emptyValue(field: String, column: Int)
    case badDate(String, column: Int)
    case badFlag(String, column: Int)

    public var description: String {
        switch self {
        case .unknownField(let f, let c):
            return "unknown field '\(f):' at column \(c) (fields: \(QueryParser.fieldNames.joined(separator: ", ")))"
        case .unclosedQuote(let c):
            return "quote opened at column \(c) is never closed"
        case .emptyValue(let f, let c):
            return "'\(f):' at column \(c) needs a value, e.g. \(f):\"Jean Lee\""
        case .badDate(let v, let c):
            return "date '\(v)' at column \(c) is not YYYY, YYYY-MM or YYYY-MM-DD"
        case .badFlag(let v, let c):
            return "flag '\(v)' at column \(c) is not yes or no"
        }
    }
}

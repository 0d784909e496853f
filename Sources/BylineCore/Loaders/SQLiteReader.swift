import CSQLite
import Foundation

/// A read-only SQLite connection that never takes a lock: the database is opened with
/// `mode=ro&immutable=1`, so another program writing it (newsboat, while it runs) is neither
/// blocked nor changed. The price: changes still in a write-ahead log are not seen, a write
/// landing during the read can surface as an error, reported like any other, and the connection
/// keeps pages it read without checking them again, so it is only kept while the file stays the
/// same (`NewsboatItemReaders`).
final class SQLiteReader {
    /// What went wrong, in SQLite's words.
    enum Failure: Error {
        case open(message: String)
        case query(message: String)
    }

    fileprivate let db: OpaquePointer

    init(path: String) throws(Failure) {
        var handle: OpaquePointer?
        let uri = "file:" + Self.uriEscaped(path) + "?mode=ro&immutable=1"
        let status = sqlite3_open_v2(uri, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nil)
        guard status == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(status))
            sqlite3_close(handle)
            throw .open(message: message)
        }
        db = handle
    }

    deinit { sqlite3_close(db) }

    /// Runs `sql` and calls `row` for each result row, with a reader for its columns.
    func query(_ sql: String, row: (Row) -> Void) throws(Failure) {
        let statement = try prepare(sql)
        while let r = try statement.step() { row(r) }
    }

    /// `sql` compiled once, to be run again and again with other parameters.
    func prepare(_ sql: String) throws(Failure) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .query(message: error())
        }
        return Statement(statement, of: self)
    }

    /// A compiled query; its rows are read one `step()` at a time.
    final class Statement {
        private let statement: OpaquePointer
        /// Keeps the connection open as long as the statement lives.
        private let connection: SQLiteReader

        fileprivate init(_ statement: OpaquePointer, of connection: SQLiteReader) {
            self.statement = statement
            self.connection = connection
        }

        deinit { sqlite3_finalize(statement) }

        /// Starts the query again with `value` as its first parameter (`?1`).
        func reset(binding value: Int64) {
            sqlite3_reset(statement)
            sqlite3_bind_int64(statement, 1, value)
        }

        /// The next row, or nil at the end. The row's columns are valid until the next step.
        func step() throws(Failure) -> Row? {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return nil }
            guard status == SQLITE_ROW else { throw .query(message: connection.error()) }
            return Row(statement: statement)
        }
    }

    struct Row {
        let statement: OpaquePointer

        func text(_ column: Int32) -> String? {
            guard let p = sqlite3_column_text(statement, column) else { return nil }
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
        }

        func int(_ column: Int32) -> Int64? {
            sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
        }

        /// The column's bytes as stored (text as UTF-8, unchecked), without making a string of
        /// them; nil for NULL. Valid until the next step.
        func bytes(_ column: Int32) -> UnsafeRawBufferPointer? {
            guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
            let p = sqlite3_column_blob(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let p else {
                return UnsafeRawBufferPointer(start: nil, count: 0)
            }
            return UnsafeRawBufferPointer(start: p, count: count)
        }
    }

    fileprivate func error() -> String {
        String(cString: sqlite3_errmsg(db))
    }

    /// A path as a `file:` URI path: the characters URIs give meaning to are percent-escaped.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x20, 0x7F...:
                out += String(format: "%%%02X", b)
            default:
                out.unicodeScalars.append(Unicode.Scalar(b))
            }
        }
        return out
    }
}

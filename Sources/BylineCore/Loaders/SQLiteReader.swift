import CSQLite
import Foundation

/// A read-only SQLite connection that never takes a lock: the database is opened with
/// `mode=ro&immutable=1`, so another program writing it (newsboat, while it runs) is neither
/// blocked nor changed. The price: changes still in a write-ahead log are not seen, and a
/// write landing during the read can surface as an error, reported like any other.
final class SQLiteReader {
    /// What went wrong, in SQLite's words.
    enum Failure: Error {
        case open(message: String)
        case query(message: String)
    }

    private let db: OpaquePointer

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
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw .query(message: error())
        }
        defer { sqlite3_finalize(statement) }
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return }
            guard status == SQLITE_ROW else { throw .query(message: error()) }
            row(Row(statement: statement))
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
    }

    private func error() -> String {
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

import BylineCore
import Foundation

/// A listing command's one row schema: the fields every row carries, in order. JSON writes them
/// all as an object per row, CSV writes them all under a header of the same names, and the table
/// shows those with a heading, so the three formats carry the same rows and cannot drift apart.
struct Listing<Row> {
    enum Value {
        case text(String?)
        case number(Int?)
        case names([String])
        /// A field this row does not have: left out of its JSON object, empty in CSV.
        case absent
    }

    struct Column {
        /// The JSON field and the CSV header.
        let field: StaticString
        let value: (Row) -> Value
        /// The table's heading; nil leaves the field out of the table (paths, offsets, keys).
        var heading: String? = nil
        var width: Int? = nil
        /// Whether the table may cut the column further to fit the terminal (long free text:
        /// titles, names, quotes), when its rows are wider than the terminal.
        var shrinks = false
        var rightAligned = false
        /// What the table shows in place of the value, for a person (a date's value in words).
        var shown: ((Row) -> String)? = nil
    }

    let columns: [Column]

    func write(_ rows: [Row], as format: TableOutput.Format) {
        switch format {
        case .table:
            do { try table(rows).writeToStandardOutput() } catch { Failure.runtime("\(error)").exit() }
        case .csv: FileHandle.standardOutput.write(Data(csv(rows, inert: TableOutput.csvToTerminal).utf8))
        case .json: print(json(rows))
        }
    }

    func table(_ rows: [Row]) -> ByteBuffer {
        let shown = columns.filter { $0.heading != nil }
        var cells = shown.map { $0.heading ?? "" }
        cells.reserveCapacity((rows.count + 1) * shown.count)
        for r in rows { for c in shown { cells.append(c.shown?(r) ?? Self.cell(c.value(r))) } }
        return TableOutput.table(
            cells: cells, columns: shown.count, widths: shown.map(\.width),
            rightAligned: Set(shown.indices.filter { shown[$0].rightAligned }),
            fitTo: OutputTerminal.columns().map {
                (width: $0, shrinking: Set(shown.indices.filter { shown[$0].shrinks }))
            })
    }

    /// RFC 4180 records; `inert` as in `TableOutput.csvRecord`.
    func csv(_ rows: [Row], inert: Bool) -> String {
        var out = TableOutput.csvRecord(columns.map(\.field.description), inert: inert)
        for r in rows { out += TableOutput.csvRecord(columns.map { Self.cell($0.value(r)) }, inert: inert) }
        return out
    }

    func json(_ rows: [Row]) -> String {
        var w = JSONWriter()
        w.beginArray()
        for r in rows {
            w.beginObject()
            for c in columns {
                switch c.value(r) {
                case .text(let s): w.field(c.field, s)
                case .number(let n): w.field(c.field, n)
                case .names(let names):
                    w.key(c.field)
                    w.beginArray()
                    for n in names { w.string(n) }
                    w.endArray()
                case .absent: break
                }
            }
            w.endObject()
        }
        w.endArray()
        return w.output
    }

    /// A value as one CSV or table cell: null and absent are empty, names are joined by "; ".
    static func cell(_ v: Value) -> String {
        switch v {
        case .text(let s): s ?? ""
        case .number(let n): n.map(String.init) ?? ""
        case .names(let names): names.joined(separator: "; ")
        case .absent: ""
        }
    }
}

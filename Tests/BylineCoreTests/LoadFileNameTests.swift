import Foundation
import Testing

@testable import BylineCore

/// A file whose name is not UTF-8 loads like any other, and its name is shown with a placeholder.
@Suite struct LoadFileNameTests {
    /// Creates `dir/caf<0xE9>-<0xFF>.txt` (Latin-1 bytes, invalid as UTF-8) through the system call.
    static func writeLatin1Named(in dir: String) throws {
        var name = Array(dir.utf8) + Array("/caf".utf8) + [0xE9, 0x2D, 0xFF] + Array(".txt".utf8)
        name.append(0)
        let fd = name.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
        }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let text = Array("Caf\u{E9} news\n\nJean Lee said the plan was sound.\n".utf8)
        _ = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func nonUTF8NameLoadsAndShowsPlaceholders() throws {
        let dir = try TemporaryDirectory()
        try Self.writeLatin1Named(in: dir.path)
        let result = ArticleFiles.load(paths: [dir.path])
        #expect(result.issues.isEmpty, "\(result.issues)")
        let article = try #require(result.articles.first)
        #expect(article.text.contains("Jean Lee said"))
        #expect(SafeText(article.path).text == dir.path + "/caf\u{FFFD}-\u{FFFD}.txt")
        // The path opens the same file again, as `show` does with it.
        var issues: [LoadIssue] = []
        #expect(ArticleFiles.load(file: article.path, issues: &issues).first?.text == article.text)
        #expect(issues.isEmpty)
    }

    @Test func decodingKeepsEveryByte() {
        let bytes: [UInt8] = [0x61, 0xC3, 0xA9, 0xE9, 0xC3, 0x2F, 0xF0, 0x9F, 0x98, 0x80, 0xFF]
        let decoded = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
            FileName.decode($0.baseAddress!)
        }
        #expect(decoded.unicodeScalars.filter(FileName.isRawByte).count == 3)
        let back = FileName.withSystemPath(decoded) { Array(UnsafeBufferPointer(start: $0, count: strlen($0))) }
        #expect(back.map { UInt8(bitPattern: $0) } == bytes)
    }
}

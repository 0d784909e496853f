import BylineTestSupport
import Foundation
import Testing

@Suite struct HostileInputTests {
    @Test func annotateSkipsHostileFilesWithOneLineEachAndLoadsTheRest() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let hostile = try HostileFiles(in: root)

        let r = try Binary.run(["annotate", "--format", "jsonl", root])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        for line in lines { #expect(line.hasPrefix("byline: skipped \(root)/"), "\(line)") }
        for (rel, reason) in hostile.skipped {
            let head = "byline: skipped \(root)/\(rel): "
            let matching = lines.filter {
                $0.hasPrefix(head) && HostileFiles.matches(message: String($0.dropFirst(head.count)), reason)
            }
            #expect(matching.count == 1, "\(rel): expected '\(reason)' in \(lines)")
        }
        #expect(lines.count == hostile.skipped.count)

        let objects = try r.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        for (rel, phrase) in hostile.loadable {
            let texts = objects.filter { $0["path"] as? String == "\(root)/\(rel)" }.compactMap {
                $0["text"] as? String
            }
            #expect(texts.contains { $0.contains(phrase) }, "\(rel)")
        }
        for o in objects { AnnotateCommandTests.checkOffsets(o) }
        // JSON escapes control characters, so the raw output carries no ESC byte.
        #expect(!r.stdout.utf8.contains(0x1B))
    }

    /// Every entry under `root` (links not followed): its kind, size, inode and modification time.
    static func snapshot(_ root: String) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        func walk(_ path: String) {
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            out[path] = [
                Int(st.st_mode), Int(st.st_size), Int(st.st_ino), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec),
            ]
            guard st.st_mode & S_IFMT == S_IFDIR else { return }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { walk(path + "/" + name) }
        }
        walk(root)
        return out
    }

    /// Reading is all Byline does to a data folder, whatever it holds: every command leaves every
    /// entry of the hostile folder as it was.
    @Test(.timeLimit(.minutes(2))) func noCommandWritesTheDataFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("byline-hostile-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let hostile = try HostileFiles(in: root + "/data")
        let before = Self.snapshot(hostile.root)
        var env = ProcessInfo.processInfo.environment
        env["XDG_CACHE_HOME"] = root + "/cache"
        env["XDG_STATE_HOME"] = root + "/state"
        for args in [
            ["index", hostile.root], ["list", hostile.root], ["entities", hostile.root], ["quotes", hostile.root],
            ["annotate", hostile.root], ["show", hostile.root + "/escapes.txt"],
        ] {
            let r = try Binary.run(args, environment: env, timeout: 60)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(Self.snapshot(hostile.root) == before, "\(args) changed the data folder")
        }
    }
}

#if os(Linux)
    import BylineApp
    import Foundation
    import Testing

    @Suite struct InotifyWatcherTests {
        func temporaryDirectory() throws -> URL {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-inotify-\(UUID())")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return dir
        }

        @Test func directoriesNewAndOld() throws {
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let old = dir.appendingPathComponent("old")
            try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
            let watcher = try #require(InotifyWatcher(roots: [dir.path]))
            watcher.watch(directories: [old.path])
            #expect(!watcher.changed())
            try "x".write(to: old.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
            #expect(watcher.changed())
            #expect(!watcher.changed())
            // A directory made after the start is watched from its creation on.
            let new = dir.appendingPathComponent("new")
            try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
            #expect(watcher.changed())
            try "y".write(to: new.appendingPathComponent("b.txt"), atomically: false, encoding: .utf8)
            #expect(watcher.changed())
            try FileManager.default.removeItem(at: old.appendingPathComponent("a.txt"))
            #expect(watcher.changed())
            // Hidden files (an editor's swap file) are not articles.
            try "z".write(to: dir.appendingPathComponent(".a.swp"), atomically: false, encoding: .utf8)
            #expect(!watcher.changed())
        }

        @Test func aFileRootCountsOnlyItself() throws {
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = dir.appendingPathComponent("cache.db")
            try "v1".write(to: db, atomically: false, encoding: .utf8)
            let watcher = try #require(InotifyWatcher(roots: [db.path]))
            try "other".write(to: dir.appendingPathComponent("config"), atomically: false, encoding: .utf8)
            #expect(!watcher.changed())
            try "v2".write(to: db, atomically: false, encoding: .utf8)
            #expect(watcher.changed())
        }
    }
#endif

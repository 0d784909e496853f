import BylineEval
import Foundation
import Testing

/// The comparison tools are looked for in one place, the same for every evaluation.
@Suite struct AnchorsVenvTests {
    @Test func theVariableWinsElseTheHomeCache() {
        #expect(AnchorsVenv.path(environment: ["BYLINE_ANCHORS_VENV": "/opt/anchors", "HOME": "/h"]) == "/opt/anchors")
        #expect(AnchorsVenv.path(environment: ["HOME": "/h"]) == "/h/.cache/byline-anchors/venv")
    }

    @Test func installedOnlyWithARunnablePython() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("byline-anchors-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let environment = ["BYLINE_ANCHORS_VENV": dir]
        #expect(AnchorsVenv.installed(environment: environment) == nil)
        #expect(DateAnchors.venv(environment: environment) == nil)
        try FileManager.default.createDirectory(atPath: dir + "/bin", withIntermediateDirectories: true)
        #expect(
            FileManager.default.createFile(
                atPath: dir + "/bin/python", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        )
        #expect(AnchorsVenv.installed(environment: environment) == dir)
        #expect(DateAnchors.venv(environment: environment) == dir)
    }
}

import Foundation
import FuzzTargets

// libFuzzer entry points for every Byline fuzz target. The target is chosen by the environment
// variable BYLINE_FUZZ_TARGET (txt, md, json, jsonl, html, feed, pipeline, safetext); Scripts/fuzz.sh sets it.
// Built with `swift build -c release --sanitize=fuzzer --product FuzzByline`, libFuzzer supplies
// `main`; in an ordinary build this file has no top-level code, so the program does nothing.

nonisolated(unsafe) var selected: FuzzTarget?

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>
) -> CInt {
    let name = ProcessInfo.processInfo.environment["BYLINE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget.named(name) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
        FileHandle.standardError.write(Data("FuzzByline: set BYLINE_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    selected = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    selected?.run(Data(bytes: bytes, count: count))
    return 0
}

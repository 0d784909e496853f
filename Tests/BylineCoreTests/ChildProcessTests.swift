import Testing

@testable import BylineCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ChildProcessTests {
    /// A signal blocked on the starting thread is not blocked in the child: the shell's own
    /// SIGTERM ends it (143) instead of waiting while it exits with 3.
    @Test func theChildStartsWithNoSignalBlocked() throws {
        var term = sigset_t()
        var before = sigset_t()
        sigemptyset(&term)
        sigaddset(&term, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &term, &before)
        defer { pthread_sigmask(SIG_SETMASK, &before, nil) }
        let pid = try ChildProcess.spawn(["/bin/sh", "-c", "kill -TERM $$; exit 3"], output: .discarded)
        #expect(ChildProcess.wait(pid) == 128 + SIGTERM)
    }

    @Test func exitStatusAndPathSearch() throws {
        #expect(ChildProcess.wait(try ChildProcess.spawn(["sh", "-c", "exit 7"])) == 7)
        #expect(throws: ChildProcess.SpawnFailure(errno: ENOENT)) {
            try ChildProcess.spawn(["byline-no-such-program-anywhere"])
        }
    }

    @Test func standardInputComesFromTheGivenDescriptor() throws {
        let fd = try #require(ShellCommand.inputFile("forty-two\n", in: "/tmp"))
        defer { close(fd) }
        let pid = try ChildProcess.spawn(["/bin/sh", "-c", "read w; test \"$w\" = forty-two"], stdin: fd)
        #expect(ChildProcess.wait(pid) == 0)
    }

    /// A child's output read whole through a pipe, past the size of one read.
    @Test func outputReadToTheEnd() throws {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        let pid = try ChildProcess.spawn(
            ["/bin/sh", "-c", "head -c 100000 /dev/zero | tr '\\0' x"], output: .into(fds[1]))
        close(fds[1])
        let bytes = ChildProcess.readToEnd(fds[0])
        #expect(ChildProcess.wait(pid) == 0)
        #expect(bytes.count == 100_000)
        #expect(bytes.allSatisfy { $0 == UInt8(ascii: "x") })
    }
}

import Foundation

/// Runs a program to its end with nothing on standard input and standard error discarded, and
/// hands back its standard output: how Byline reads what another tool computes (spaCy's names
/// for the evaluation, a terminal's screen in tests). `ChildProcess` is for the reader, which
/// must not let a child outlive a time limit; these callers wait for the whole answer.
public enum ProgramOutput {
    /// The exit status and the standard output of `executable` run with `arguments`, in
    /// `environment` (the current one when nil).
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil)
        throws -> (status: Int32, output: Data)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }
}

import ArgumentParser
import BylineNLP
import Foundation

/// `byline-train speed DIR`: how fast the shipped recognizer runs on a folder of `.txt` articles,
/// tokenizing excluded, so the figure is the recognizer's own share of the pipeline budget.
/// Measured in CPU time of the running thread.
struct Speed: ParsableCommand {
    /// CPU time of this thread, so other work on a shared machine does not count.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static let configuration = CommandConfiguration(abstract: "Time entity recognition on a folder of .txt articles.")

    @Argument(help: "A folder searched recursively for .txt files.") var folder: String
    @Option(help: "Times to run over the whole folder.") var rounds = 5

    func run() throws {
        var docs: [Document] = []
        let files = FileManager.default.enumerator(atPath: folder)
        while let name = files?.nextObject() as? String {
            guard name.hasSuffix(".txt"), let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                continue
            }
            docs.append(Document(String(decoding: data, as: UTF8.self)))
        }
        let tokens = docs.reduce(0) { $0 + $1.tokens.count }
        let words = docs.reduce(0) { $0 + $1.tokens.filter { $0.kind == .word || $0.kind == .number }.count }
        let recognizer = EntityRecognizer.standard
        var mentions = 0
        let start = Self.cpuSeconds()
        for _ in 0..<rounds {
            for doc in docs { mentions += recognizer.recognize(doc).count }
        }
        let seconds = Self.cpuSeconds() - start
        print(
            String(
                format:
                    "%d articles, %d tokens (%d words), %d names per round; %.0f tokens/s, %.0f words/s of CPU time",
                docs.count, tokens, words, mentions / rounds,
                Double(tokens * rounds) / seconds, Double(words * rounds) / seconds))
    }
}

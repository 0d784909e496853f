import ArgumentParser
import BylineCore
import BylineNLP
import Foundation
import Synchronization

/// `byline annotate`: the full annotation of every article, as JSON, annotated on every core and
/// written in input order as soon as each article and those before it are done. Standard input
/// that holds JSONL articles is a streaming stage: one object out per line in, in constant memory.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print the annotation (entities, dates, quotes) of every article found in PATH.",
        discussion: """
            PATH is a file, a directory searched recursively, or - for standard input. Standard input \
            that starts with { is read as JSONL articles (title, body/text, date, source, url, ...), one \
            per line: each line's annotation is written as soon as it is ready, in input order, and a bad \
            line is reported on standard error and skipped. Other input on standard input is one article \
            in plain text.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json }

    @Option(help: "jsonl: one object per line; json: one array.")
    var format: Format = .jsonl

    @Option(help: ArgumentHelp("Publication date that relative dates are resolved against.", valueName: "YYYY-MM-DD"))
    var published: String?

    @OptionGroup var progress: ProgressOptions

    @Argument(help: "Files, directories, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if let published, CalendarDate(iso: published) == nil {
            throw ValidationError("--published takes a date as YYYY-MM-DD, not '\(published)'")
        }
        if paths.isEmpty { throw ValidationError("give at least one PATH (a file, a directory, or -)") }
    }

    /// What one input (a file, or a line of standard input) gave: annotation objects (UTF-8 JSON,
    /// written out as they are) and problems.
    struct Done: Sendable {
        var objects: [[UInt8]] = []
        var issues: [LoadIssue] = []
        /// 1 when the input was a file found under a PATH, for the progress line's files read.
        var files = 0
    }

    func run() throws {
        var out = AnnotationOutput(
            format: format, progress: progress.line(), walks: paths.filter { $0 != "-" }.count)
        let models = BackgroundAnnotator()
        let anchor = published.flatMap(CalendarDate.init(iso:))
        let annotate: @Sendable (Article) -> [UInt8] = { article in
            var w = JSONWriter()
            let annotated = models.annotator.annotate(article, published: anchor)
            if let note = annotated.capNote { Diagnostics.error("\(article.path): \(note)") }
            AnnotationJSON.write(annotated, to: &w)
            return w.bytes
        }
        for p in paths {
            if p == "-" {
                annotateStandardInput(annotate, into: &out)
            } else {
                var issues: [LoadIssue] = []
                let files = ArticleFiles.files(under: p, issues: &issues)
                out.found(files: files.count)
                out.add(Done(issues: issues))
                let ahead = Self.readAhead(files, whileLoading: models)
                let queue = Mutex((read: ahead[...], left: files[ahead.count...]))
                OrderedWork().run(
                    input: { queue.withLock { q in q.read.popFirst() ?? q.left.popFirst().map { .file($0) } } },
                    work: { item in
                        var done = Done(files: 1)
                        let articles: [Article]
                        switch item {
                        case .read(let read, let issues):
                            articles = read
                            done.issues = issues
                        case .file(let file): articles = ArticleFiles.load(file: file, issues: &done.issues)
                        }
                        done.objects = articles.map(annotate)
                        return done
                    },
                    output: { out.add($0) })
            }
        }
        out.finish()
        if out.written == 0 && out.skipped > 0 { throw ExitCode(1) }
    }

    /// A file to annotate: still to read, or read already with what reading it reported.
    enum Input: Sendable {
        case file(String)
        case read([Article], [LoadIssue])
    }

    /// Text read ahead of the models holds at most this many bytes.
    static let readAheadBytes = 16 << 20

    /// The first of `files`, read on this thread while the models load on their own: loading
    /// them is a quarter of a second's work on one core, and meanwhile the other core reads and
    /// decodes, so both are busy from the start. Reading stops once the models are ready.
    static func readAhead(_ files: [String], whileLoading models: BackgroundAnnotator) -> [Input] {
        var read: [Input] = []
        var held = 0
        for file in files {
            if models.isReady || held >= readAheadBytes { break }
            var issues: [LoadIssue] = []
            let articles = ArticleFiles.load(file: file, issues: &issues)
            held += articles.reduce(0) { $0 + $1.text.utf8.count }
            read.append(.read(articles, issues))
        }
        return read
    }

    /// Standard input: JSONL articles when it starts with `{`, else one plain-text article.
    func annotateStandardInput(_ annotate: @escaping @Sendable (Article) -> [UInt8], into out: inout AnnotationOutput) {
        let input = InputLines()
        guard input.firstVisibleByte() == UInt8(ascii: "{") else {
            var done = Done()
            do throws(LoadProblem) {
                let (text, _) = try TextDecoding.decode(Data(input.rest()))
                done.objects = [annotate(TextLoader().article(text: text, path: "-"))]
            } catch {
                done.issues = [LoadIssue(path: "-", reason: error)]
            }
            return out.add(done)
        }
        let maxLine = input.maxLine
        let lines = Mutex(input)
        let loader = JSONLinesLoader()
        OrderedWork().run(
            input: { lines.withLock { i in i.next().map { (i.count - 1, $0) } } },
            work: { (index, line) -> Done in
                var done = Done()
                let bytes: [UInt8]
                switch line {
                case .tooLong:
                    done.issues = [LoadIssue(path: "-", reason: .line(index + 1, .lineTooLong(limit: maxLine)))]
                    return done
                case .bytes(let b): bytes = b
                }
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return done }
                do throws(LoadProblem) {
                    let (text, _) = try TextDecoding.decode(Data(bytes))
                    done.objects = [annotate(try loader.article(line: text, path: "-", item: index))]
                } catch {
                    done.issues = [LoadIssue(path: "-", reason: .line(index + 1, error))]
                }
                return done
            },
            output: { out.add($0) })
    }
}

/// Writes annotation objects to standard output as they come, as JSONL or one JSON array, and
/// reports skipped inputs on standard error, counting both for the progress line.
struct AnnotationOutput {
    let format: Annotate.Format
    let progress: ProgressLine?
    private(set) var written = 0
    private(set) var skipped = 0
    private let started = DispatchTime.now()
    /// What the progress line shows: every article is annotated here (no cache), as its file is read.
    private var counts = LoadProgress.starting
    /// The directory walks still to come; until they are done the number of files is not final.
    private var walksLeft: Int

    /// `walks`: how many PATHs are files or directories to walk (not standard input).
    init(format: Annotate.Format, progress: ProgressLine?, walks: Int) {
        self.format = format
        self.progress = progress
        walksLeft = walks
        counts.phase = .annotating
        counts.filesListed = walks == 0
        if format == .json { write(Array("[".utf8)) }
    }

    /// Counts the files one PATH's walk found.
    mutating func found(files: Int) {
        walksLeft -= 1
        counts.filesTotal += files
        counts.filesListed = walksLeft <= 0
    }

    private func write(_ bytes: [UInt8]) {
        do { try bytes.withUnsafeBufferPointer(ByteBuffer.writeToStandardOutput) } catch {
            Failure.runtime("\(error)").exit()
        }
    }

    mutating func add(_ done: Annotate.Done) {
        defer { showProgress(filesRead: done.files) }
        if !done.issues.isEmpty {
            progress?.clear()
            Diagnostics.report(done.issues)
            skipped += done.issues.count
        }
        guard !done.objects.isEmpty else { return }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(done.objects.reduce(2 * done.objects.count) { $0 + $1.count })
        for o in done.objects {
            if format == .json && written > 0 { chunk += ",\n".utf8 }
            chunk += o
            if format == .jsonl { chunk.append(0x0A) }
            written += 1
        }
        write(chunk)
    }

    private mutating func showProgress(filesRead: Int) {
        guard let progress else { return }
        counts.filesRead += filesRead
        counts.annotated = written
        counts.articles = written
        counts.elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        // A rate from the first half second would say more about start-up than about the work.
        counts.rate = counts.elapsed > 0.5 ? Double(written) / counts.elapsed : 0
        progress.show(counts)
    }

    func finish() {
        progress?.clear()
        if format == .json { write(Array("]\n".utf8)) }
    }
}

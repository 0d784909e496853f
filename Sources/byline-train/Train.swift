import ArgumentParser
import BylineEval
import BylineNLP
import Foundation

/// `byline-train`: builds and measures the entity tagger the NLP library ships.
@main
struct TrainTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "byline-train",
        abstract: "Build and measure the person/organisation/place tagger.",
        subcommands: [Train.self, Speed.self, Inspect.self],
        defaultSubcommand: Train.self)
}

/// Trains on CoNLL-2003 and writes the weight file (`Sources/BylineNLP/Resources/entity-model.bin`).
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train the tagger on a CoNLL-2003 file.")

    @Option(help: "CoNLL-2003 training file.") var train: String
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "A CoNLL-2003 file to score the model on.") var dev: String?
    @Option(help: "Passes over the training data.") var epochs = 6
    @Option(help: "log2 of the number of weight rows.") var rowBits = 17
    @Option(help: "Training runs (each in its own data order) whose weights are averaged.") var runs = 3
    @Option(help: "Where to write the word lists derived from the corpus (names by type, common words).")
    var gazetteerDir: String?

    func run() throws {
        let text = try String(contentsOfFile: train, encoding: .utf8)
        let corpus = CorpusLists(text)
        if let gazetteerDir { try corpus.write(to: gazetteerDir) }
        let examples = TrainingExample.load(text, corpus: corpus)
        let gazetteer = EntityGazetteer(corpus.lists(folds: [0, 1]))
        let dev = try self.dev.map { try CoNLLReader.articles(String(contentsOfFile: $0, encoding: .utf8)) }
        print("training on \(examples.count) documents, \(examples.reduce(0) { $0 + $1.truth.count }) tokens")
        var weights: [[Double]] = []
        for run in 0..<runs {
            var perceptron = AveragedPerceptron(rowBits: rowBits)
            var generator = SplitMix64(seed: 2003 + UInt64(run))
            var order = Array(examples.indices)
            for epoch in 1...epochs {
                order.shuffle(using: &generator)
                var errors = 0
                var total = 0
                for e in order {
                    let (wrong, count) = examples[e].learn(&perceptron, rowBits: rowBits)
                    errors += wrong
                    total += count
                }
                print(
                    String(
                        format: "run %d pass %d: %.4f token accuracy", run + 1, epoch,
                        1 - Double(errors) / Double(max(total, 1))))
            }
            weights.append(perceptron.averaged())
        }
        let model = AveragedPerceptron.quantized(weights, rowBits: rowBits)
        if let dev {
            let score = EntityEvaluation.score(
                dev, recognizer: EntityRecognizer(tagger: EntityTagger(model: model, gazetteer: gazetteer)))
            print(
                String(
                    format: "dev micro F1 %.4f (PER %.4f ORG %.4f LOC %.4f)", score.micro.f1,
                    score.counts(.person).f1, score.counts(.organization).f1, score.counts(.place).f1))
        }
        try model.serialized().write(to: URL(fileURLWithPath: output))
        print("wrote \(output)")
    }
}

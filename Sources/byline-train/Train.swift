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

/// Trains on the corpora of `EntityCorpus.training` and writes the weight file
/// (`Sources/BylineNLP/Resources/entity-model.bin`), the word clusters and the derived name lists.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train the tagger on the named-entity corpora.")

    @Option(help: "The corpora folder (conll2003/, ner-extra/).") var corpora: String
    @Option(help: "The resources folder to write the model, word clusters and name lists into.") var resources: String
    @Option(help: "Passes over the training data.") var epochs = 5
    @Option(help: "log2 of the number of weight rows.") var rowBits = 18
    @Option(help: "Training runs (each in its own data order) whose weights are averaged.") var runs = 3
    @Option(help: "Seed of the first run's data order (each further run takes the next).") var seed: UInt64 = 2003
    @Option(help: "Chance that a group of name lists is switched off in a training sentence.")
    var listDropout = 0.3
    @Option(help: "Train on every Nth document only (quick trials).") var sample = 1
    @Option(help: "Train only on the corpora whose names begin with this (quick trials; repeatable).")
    var only: [String] = []
    @Option(help: "Weight a corpus differently: NAME-PREFIX=WEIGHT (quick trials; repeatable).")
    var weight: [String] = []
    @Flag(inversion: .prefixedNo, help: "Build the second stage that drops each name found that reads as no name.")
    var spanClassifier = true
    @Option(help: "log2 of the number of the second stage's weight rows.") var spanRowBits = 17
    @Option(help: "Passes of the second stage over the names found.") var spanEpochs = 8
    @Flag(help: "Score on the evaluation sets after training.") var score = false
    @Option(help: "Print the missed and wrong names of the evaluation set with this name.") var showErrors: String?

    func run() throws {
        let extra = corpora + "/ner-extra"
        let zipf = try ExternalLists.zipf(extra + "/wordfreq_en/en_zipf.tsv")
        let (clusterData, clusters) = try WordClusterBuilder.build(vectors: extra + "/spacy_md_vectors", zipf: zipf)
        let conll = try String(contentsOfFile: corpora + "/" + EntityCorpus.conllTrain.files[0], encoding: .utf8)
        let corpus = CorpusLists(conll)
        let external = try ExternalLists(
            gazetteers: extra + "/gazetteers", zipf: zipf, common: Set(corpus.commonWords))
        let gazetteerDir = resources + "/gazetteer"
        try FileManager.default.createDirectory(atPath: gazetteerDir, withIntermediateDirectories: true)
        try corpus.write(to: gazetteerDir)
        try external.write(to: gazetteerDir)
        try clusterData.write(to: URL(fileURLWithPath: resources + "/word-clusters.bin"))
        let gazetteer = EntityGazetteer(corpus.lists(folds: [0, 1], external: external), clusters: clusters)

        func chosen(_ c: EntityCorpus) -> Bool { only.isEmpty || only.contains { c.name.hasPrefix($0) } }
        var examples: [TrainingExample] = []
        if chosen(EntityCorpus.conllTrain) {
            examples = TrainingExample.conll(conll, corpus: corpus, external: external, clusters: clusters)
            print("\(EntityCorpus.conllTrain.name): \(examples.count) documents (with restyled copies)")
        }
        for source in EntityCorpus.training where source.name != EntityCorpus.conllTrain.name && chosen(source) {
            let articles = try source.trainingArticles(root: corpora)
            var w = source.weight
            for option in weight {
                let parts = option.split(separator: "=")
                if parts.count == 2, source.name.hasPrefix(parts[0]), let value = Float(parts[1]) { w = value }
            }
            examples += articles.enumerated().map { k, article in
                TrainingExample(article, gazetteer: gazetteer, weight: w, fold: k % 2)
            }
            print("\(source.name): \(articles.count) documents, weight \(w)")
        }
        if sample > 1 { examples = examples.enumerated().filter { $0.offset % sample == 0 }.map(\.element) }
        print("training on \(examples.count) documents, \(examples.reduce(0) { $0 + $1.truth.count }) tokens")

        let model = trainTagger(examples)
        let output = resources + "/entity-model.bin"
        try model.serialized().write(to: URL(fileURLWithPath: output))
        print("wrote \(output)")
        var classifier: EntitySpanClassifier?
        if spanClassifier {
            // Each half of the documents is tagged by a tagger trained on the other half, so the
            // classifier learns from mistakes the tagger makes on text it has not seen.
            var candidates: [SpanCandidates] = []
            for fold in 0..<2 {
                let held = trainTagger(examples.filter { $0.fold != fold })
                candidates += examples.filter { $0.fold == fold }.map {
                    SpanCandidates($0, tagger: EntityTagger(model: held, gazetteer: $0.gazetteer))
                }
            }
            let spans = SpanCandidates.train(
                candidates, rowBits: spanRowBits, epochs: spanEpochs, listDropout: listDropout, seed: seed)
            let path = resources + "/entity-spans.bin"
            try spans.serialized().write(to: URL(fileURLWithPath: path))
            print("wrote \(path)")
            classifier = EntitySpanClassifier(model: spans)
        }
        if score {
            let tagger = EntityTagger(model: model, gazetteer: gazetteer)
            var stages = [("tagger", EntityRecognizer(tagger: tagger))]
            if let classifier {
                stages.append(("tagger + names", EntityRecognizer(tagger: tagger, classifier: classifier)))
            }
            for (stage, recognizer) in stages {
                for set in EntityCorpus.evaluation {
                    let articles = try set.evaluationArticles(root: corpora)
                    if set.name == showErrors && stage == stages.last?.0 { Self.printErrors(articles, recognizer) }
                    let s = EntityEvaluation.score(articles, recognizer: recognizer)
                    print(
                        String(
                            format: "%@, %@: micro F1 %.4f (P %.4f R %.4f; PER %.4f ORG %.4f LOC %.4f)", stage,
                            set.name, s.micro.f1, s.micro.precision, s.micro.recall, s.counts(.person).f1,
                            s.counts(.organization).f1, s.counts(.place).f1))
                }
            }
        }
    }

    /// The tagger trained on `examples`: the mean of `runs` runs, each in its own data order.
    func trainTagger(_ examples: [TrainingExample]) -> EntityModel {
        var weights: [[Double]] = []
        for run in 0..<runs {
            var perceptron = AveragedPerceptron(rowBits: rowBits)
            var generator = SplitMix64(seed: seed + UInt64(run))
            var order = Array(examples.indices)
            for epoch in 1...epochs {
                order.shuffle(using: &generator)
                var errors = 0
                var total = 0
                for e in order {
                    let (wrong, count) = examples[e].learn(
                        &perceptron, rowBits: rowBits, listDropout: listDropout, random: &generator)
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
        return AveragedPerceptron.quantized(weights, rowBits: rowBits)
    }

    /// Each gold name the recognizer missed ("-") and each name it found that is not gold ("+").
    static func printErrors(_ articles: [CoNLLArticle], _ recognizer: EntityRecognizer) {
        for article in articles {
            let scalars = Array(article.text.unicodeScalars)
            func text(_ a: Int, _ b: Int) -> String {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[a..<b])
                return String(v)
            }
            let gold = Set(article.goldItems)
            let found = Set(
                recognizer.recognize(Document(article.text)).map {
                    EntityScore.Item(type: $0.type, start: $0.start, end: $0.end)
                })
            for g in gold.subtracting(found).sorted(by: { $0.start < $1.start }) {
                print("- \(g.type.rawValue)\t\(text(g.start, g.end))")
            }
            for f in found.subtracting(gold).sorted(by: { $0.start < $1.start }) {
                print("+ \(f.type.rawValue)\t\(text(f.start, f.end))")
            }
        }
    }
}

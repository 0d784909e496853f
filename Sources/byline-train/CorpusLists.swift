import BylineEval
import BylineNLP
import Foundation

/// Name lists and common words taken from the training corpus: the names of each type its gold
/// annotation gives, per half of the corpus (for held-out list features), and the words it
/// writes in lowercase at least three times.
struct CorpusLists {
    /// [fold][category] -> names.
    var names: [[Set<String>]] = Array(repeating: Array(repeating: [], count: 4), count: 2)
    var commonWords: [String] = []
    var articleCount = 0

    static func fold(_ article: Int) -> Int { article % 2 }

    init(_ text: String) {
        let articles = CoNLLReader.articles(text)
        articleCount = articles.count
        for (k, article) in articles.enumerated() {
            let scalars = Array(article.text.unicodeScalars)
            for span in article.spans where span.start < span.end && span.end <= scalars.count {
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[span.start..<span.end])
                names[Self.fold(k)][span.category].insert(String(name))
            }
        }
        var counts: [Substring: Int] = [:]
        for line in text.split(separator: "\n") {
            guard let word = line.split(separator: " ").first, let first = word.unicodeScalars.first,
                first.properties.isLowercase,
                word.unicodeScalars.allSatisfy({ $0.properties.isLowercase || $0 == "-" })
            else { continue }
            counts[word, default: 0] += 1
        }
        commonWords = counts.filter { $0.value >= 3 }.keys.map(String.init).sorted()
    }

    /// The hand-written lists, the external ones, the names of `folds` and the common words.
    func lists(folds: [Int], external: ExternalLists) -> EntityGazetteer.Lists {
        var l = EntityGazetteer.Lists.handWritten()
        let files = external.lists()
        l.addExternal { files[$0] ?? [] }
        for f in folds {
            l.people += names[f][0]
            l.organizations += names[f][1]
            l.places += names[f][2]
            l.misc += names[f][3]
        }
        l.commonWords = commonWords
        return l
    }

    static let files = ["conll-people", "conll-organizations", "conll-places", "conll-misc"]

    /// Writes `conll-*.txt` and `common-words.txt` into `dir`, where the NLP library loads them.
    func write(to dir: String) throws {
        let header = "# Derived from the CoNLL-2003 training annotation by Scripts/build-ner-model.sh.\n"
        for (category, file) in Self.files.enumerated() {
            let all = names[0][category].union(names[1][category]).sorted()
            try (header + all.joined(separator: "\n") + "\n").write(
                toFile: dir + "/" + file + ".txt", atomically: true, encoding: .utf8)
        }
        try (header + commonWords.joined(separator: "\n") + "\n").write(
            toFile: dir + "/common-words.txt", atomically: true, encoding: .utf8)
    }
}

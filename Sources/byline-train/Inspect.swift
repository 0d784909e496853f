import ArgumentParser
import BylineNLP
import Foundation

/// `byline-train inspect FILE`: every token with the tag the shipped model gives it, to see why
/// a name was or was not found.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print each token of a text file with its tag.")

    @Argument(help: "A text file.") var file: String

    func run() throws {
        let doc = Document(try String(contentsOfFile: file, encoding: .utf8))
        guard let tagger = EntityRecognizer.standard.tagger else {
            throw ValidationError("the entity model could not be loaded")
        }
        let tags = tagger.tag(doc)
        for sentence in doc.sentences {
            print(
                sentence.map { i in tags[i] == .outside ? doc.string(token: i) : "\(doc.string(token: i))/\(tags[i])" }
                    .joined(separator: " "))
        }
    }
}

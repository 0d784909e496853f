import BylineNLP

/// Runs a recognizer over CoNLL documents and scores it against their gold names.
public enum EntityEvaluation {
    public static func score(_ articles: [CoNLLArticle], recognizer: EntityRecognizer) -> EntityScore {
        var score = EntityScore()
        for article in articles {
            let found = recognizer.recognize(Document(article.text))
            score.add(
                gold: article.goldItems, predicted: found.map { .init(type: $0.type, start: $0.start, end: $0.end) })
        }
        return score
    }
}

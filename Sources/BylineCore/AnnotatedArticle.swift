import BylineNLP

/// An article together with what the pipeline found in it.
public struct AnnotatedArticle: Sendable, Hashable, Codable {
    public var article: Article
    public var annotation: Annotation

    public init(article: Article, annotation: Annotation) {
        self.article = article
        self.annotation = annotation
    }
}

/// Annotates articles: resolves the publication date, then runs the pipeline anchored on it.
public struct Annotator: Sendable {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline = Pipeline()) {
        self.pipeline = pipeline
    }

    /// `published` overrides every other source of the publication date (`annotate --published`).
    public func annotate(_ article: Article, published: CalendarDate? = nil) -> AnnotatedArticle {
        var article = article
        let annotation = pipeline.annotate(Document(article.text)) { fromText in
            if let published {
                article.published = published
                article.publishedSource = .argument
            } else {
                PublicationDates.resolve(&article, fromText: fromText)
            }
            return article.published
        }
        return AnnotatedArticle(article: article, annotation: annotation)
    }
}

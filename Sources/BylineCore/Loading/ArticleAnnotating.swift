/// What the loader needs from an annotator: an article in, the article with its annotation out.
/// `Annotator` (the NLP pipeline) is the one the program uses.
public protocol ArticleAnnotating: Sendable {
    func annotate(_ article: Article) -> AnnotatedArticle
}

extension Annotator: ArticleAnnotating {
    public func annotate(_ article: Article) -> AnnotatedArticle { annotate(article, published: nil) }
}

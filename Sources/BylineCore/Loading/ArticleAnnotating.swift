/// What the loader needs from an annotator: an article in, the article with its annotation out.
/// `Annotator` (the NLP pipeline) is the one the program uses.
public protocol ArticleAnnotating: Sendable {
    func annotate(_ article: Article) -> AnnotatedArticle
}

extension Annotator: ArticleAnnotating {
    public func annotate(_ article: Article) -> AnnotatedArticle { annotate(article, published: nil) }
}

/// The pipeline with its models loading on a thread of their own from the moment this is made.
/// Loading the entity model and name lists is a quarter of a second's work on one core; a
/// command started with one of these walks and reads its files on the other cores meanwhile,
/// and only the first article annotated waits for the models.
public final class BackgroundAnnotator: ArticleAnnotating {
    private let loading: BackgroundValue<Annotator>

    public init() { loading = BackgroundValue { Annotator() } }

    /// The pipeline, once its models are loaded.
    public var annotator: Annotator { loading.value }

    /// Whether the models are loaded.
    public var isReady: Bool { loading.isReady }

    public func annotate(_ article: Article) -> AnnotatedArticle { loading.value.annotate(article) }
}

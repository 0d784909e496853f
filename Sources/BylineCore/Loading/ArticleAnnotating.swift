import Synchronization

/// What the loader needs from an annotator: an article in, the article with its annotation out.
/// `Annotator` (the NLP pipeline) is the one the program uses.
public protocol ArticleAnnotating: Sendable {
    func annotate(_ article: Article) -> AnnotatedArticle
    /// Called once a load knows it will annotate something, before the first `annotate`: an
    /// annotator that loads models may start loading them.
    func prepare()
}

extension ArticleAnnotating {
    public func prepare() {}
}

extension Annotator: ArticleAnnotating {
    public func annotate(_ article: Article) -> AnnotatedArticle { annotate(article, published: nil) }
}

/// The pipeline with its models loading on a thread of their own, from the moment this is made
/// or, when made `onDemand`, from the first `prepare()` or `annotate`. Loading the entity model
/// and name lists is a quarter of a second's work on one core; a command started with one of
/// these walks and reads its files on the other cores meanwhile, and only the first article
/// annotated waits for the models. The reader starts on demand: a start that takes every article
/// from the annotation cache never loads the models (about 11 MB).
public final class BackgroundAnnotator: ArticleAnnotating {
    private let loading = Mutex<BackgroundValue<Annotator>?>(nil)

    public init(onDemand: Bool = false) {
        if !onDemand { prepare() }
    }

    public func prepare() { _ = started() }

    /// The pipeline, once its models are loaded.
    public var annotator: Annotator { started().value }

    /// The models' loading, started on the first call; one lock per call, as `annotator` is
    /// asked for once per article on every worker.
    private func started() -> BackgroundValue<Annotator> {
        loading.withLock { l in
            if let l { return l }
            let started = BackgroundValue { Annotator() }
            l = started
            return started
        }
    }

    /// Whether the models are loaded.
    public var isReady: Bool { loading.withLock { $0?.isReady ?? false } }

    public func annotate(_ article: Article) -> AnnotatedArticle { annotator.annotate(article) }
}

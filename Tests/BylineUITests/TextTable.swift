import BylineCore
import BylineUI
import Synchronization

/// Article texts kept in memory by article key: what the UI tests hand back for `.fetchText`, as
/// the app loop does from the cache and the files. An article it holds no text for is read where
/// its load left it (`StoredTexts`), so tests on real folders fetch from disk. Every read is
/// recorded, so a test can tell that `update` itself read nothing.
final class TextTable: ArticleTextSource {
    private let texts: [String: String]
    private let log = Mutex<[String]>([])

    init(_ articles: [Article]) {
        texts = Dictionary(articles.map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// The keys of the articles read, in order.
    var reads: [String] { log.withLock { $0 } }

    func readable(_ id: Int, of collection: ArticleCollection) -> ReadableArticle {
        var article = collection.articles[id]
        log.withLock { $0.append(article.key) }
        guard let text = texts[article.key] else { return StoredTexts().readable(id, of: collection) }
        article.text = text
        return ReadableArticle(article: article, hasText: true, note: nil)
    }
}

extension AppState {
    /// Applies `action` as the app loop does: each `.fetchText` is answered from `texts` and the
    /// answer applied at once; the other effects are returned, in order.
    @discardableResult
    mutating func send(_ action: Action, texts: TextTable = Fixtures.texts) -> [Effect] {
        carryOut(apply(action), texts: texts)
    }

    /// Carries out the `.fetchText` effects among `effects`, returning the others.
    mutating func carryOut(_ effects: [Effect], texts: TextTable = Fixtures.texts) -> [Effect] {
        var others: [Effect] = []
        for effect in effects {
            guard case .fetchText(let id) = effect else {
                others.append(effect)
                continue
            }
            others += carryOut(apply(.textFetched(texts.readable(id, of: collection))), texts: texts)
        }
        return others
    }
}

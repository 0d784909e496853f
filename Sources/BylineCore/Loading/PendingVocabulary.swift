/// The cache's vocabulary while it decodes on its own thread. Cached annotations name things by
/// the ids of that vocabulary, so the index takes none of them, and snapshots show them as still
/// waiting, until it is there.
struct PendingVocabulary {
    private var decoding: BackgroundValue<Vocabulary?>?

    /// Starts decoding the vocabulary of `cached`; nothing waits when there is no cache.
    init(_ cached: CachedCollection?) {
        decoding = cached.map { c in BackgroundValue { c.vocabulary() } }
    }

    /// Whether cached annotations still wait for the vocabulary.
    var isWaiting: Bool { decoding != nil }

    /// The vocabulary, once, as soon as it is decoded; nil while it decodes (or when the cache has
    /// none, which `giveUpIfMissing` settles once the read is over).
    mutating func take() -> Vocabulary? {
        guard let decoding, decoding.isReady, let vocabulary = decoding.value else { return nil }
        self.decoding = nil
        return vocabulary
    }

    /// Waits for the decoding; true when the cache had no vocabulary to give, so its records' ids
    /// mean nothing and every article must be annotated again. Nothing waits afterwards.
    mutating func giveUpIfMissing() -> Bool {
        guard let decoding, decoding.value == nil else { return false }
        self.decoding = nil
        return true
    }
}

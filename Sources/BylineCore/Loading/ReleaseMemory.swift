#if canImport(Glibc)
    import Glibc
#endif

/// Returns freed heap pages to the system. glibc's allocator keeps what each thread frees in that
/// thread's arena; a load whose workers allocate and drop a great deal per article otherwise
/// holds that memory at its high-water mark.
enum ReleaseMemory {
    #if canImport(Glibc)
        /// glibc's `malloc_trim`, which the Glibc module does not export (it lives in malloc.h).
        private static let trim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()

        /// glibc's `mallopt`, likewise not exported.
        private static let setOption: (@convention(c) (Int32, Int32) -> Int32)? = {
            guard let symbol = dlsym(nil, "mallopt") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        }()
    #endif

    /// Caps the number of arenas at one per worker. glibc gives threads up to eight arenas per
    /// core, and each keeps what its threads freed between what they still hold: a start from
    /// the cache at 100,000 articles peaked 9 MB higher with them, and annotation ran no faster.
    static func limitArenas(workers: Int) {
        #if canImport(Glibc)
            // M_ARENA_MAX in malloc.h.
            _ = setOption?(-8, Int32(clamping: max(2, workers)))
        #endif
    }

    static func toSystem() {
        #if canImport(Glibc)
            _ = trim?(0)
        #endif
    }
}

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
    #endif

    static func toSystem() {
        #if canImport(Glibc)
            _ = trim?(0)
        #endif
    }
}

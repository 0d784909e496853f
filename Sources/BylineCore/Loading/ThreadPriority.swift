#if canImport(Glibc)
    import Glibc
#endif

/// The scheduling priority of load threads. On Linux the nice value belongs to each thread, and a
/// thread starts with the value of the thread that made it.
enum ThreadPriority {
    /// Nice steps a load feeding a screen runs below it: when they compete for a core, the
    /// screen's thread gets about three times the share of each load thread.
    static let belowScreen: Int32 = 5

    /// Lowers the calling thread's priority by `belowScreen`, and so that of every thread it
    /// starts from now on; nothing happens where priorities cannot be changed.
    static func yieldToScreen() {
        #if canImport(Glibc)
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            errno = 0
            let current = getpriority(which, 0)
            guard errno == 0 else { return }
            _ = setpriority(which, 0, min(19, current + belowScreen))
        #endif
    }
}

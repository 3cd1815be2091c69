//! Work that nobody waits for.

/// Frees `value` on a thread of its own. A large view (100,000 facts) takes a tenth of a second
/// to free piece by piece; this way the next step, or the process's exit, does not wait for it.
/// If no thread can be had, the value is freed here (`spawn` drops the closure that holds it).
pub fn drop_later<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("drop".to_owned())
        .spawn(move || drop(value));
}

//! Where a plain-`fn` callback runs: on the callback pool, or inline on the server worker that
//! received the request.
//!
//! The pool keeps slow callbacks from stalling the server, at the price of two cross-thread
//! wake-ups per call: for a callback that takes microseconds that hand-off is most of the
//! request's CPU (20 µs against 11 µs inline, measured on the `echo` benchmark). So a callback
//! starts on the pool, and once it has answered [`PROMOTE_AFTER`] calls in a row within
//! [`INLINE_BUDGET`] it runs inline. The first inline call to exceed the budget sends it back
//! to the pool for good: a callback can hold up its worker once, for one call, and never again.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

/// A call that takes at most this long counts as fast.
pub const INLINE_BUDGET: Duration = Duration::from_micros(500);
/// Consecutive fast calls after which a callback runs inline.
pub const PROMOTE_AFTER: u32 = 64;

/// What has been seen of one callback's calls.
#[derive(Debug, Default)]
pub struct Placement {
    /// Fast calls in a row (saturating at [`PROMOTE_AFTER`]).
    fast_in_a_row: AtomicU32,
    /// Set when an inline call overran: the callback stays on the pool.
    demoted: AtomicBool,
}

impl Placement {
    /// Whether the next call runs inline.
    pub fn inline(&self) -> bool {
        !self.demoted.load(Ordering::Relaxed)
            && self.fast_in_a_row.load(Ordering::Relaxed) >= PROMOTE_AFTER
    }

    /// Records a finished call that took `took`, and ran `inline` or not.
    pub fn record(&self, took: Duration, inline: bool) {
        if took <= INLINE_BUDGET {
            // Relaxed and racy on purpose: an exact count does not matter, only that a
            // callback is seen fast many times before it is trusted.
            let fast = self.fast_in_a_row.load(Ordering::Relaxed);
            if fast < PROMOTE_AFTER {
                self.fast_in_a_row.store(fast + 1, Ordering::Relaxed);
            }
        } else if inline {
            self.demoted.store(true, Ordering::Relaxed);
        } else {
            self.fast_in_a_row.store(0, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: Duration = Duration::from_micros(5);
    const SLOW: Duration = Duration::from_millis(3);

    #[test]
    fn a_callback_runs_inline_after_enough_fast_calls_in_a_row() {
        let placement = Placement::default();
        for _ in 0..PROMOTE_AFTER - 1 {
            placement.record(FAST, false);
        }
        assert!(!placement.inline());
        placement.record(SLOW, false);
        for _ in 0..PROMOTE_AFTER - 1 {
            placement.record(FAST, false);
        }
        assert!(!placement.inline(), "a slow call restarts the count");
        placement.record(FAST, false);
        assert!(placement.inline());
    }

    #[test]
    fn one_slow_inline_call_sends_it_back_to_the_pool_for_good() {
        let placement = Placement::default();
        for _ in 0..PROMOTE_AFTER {
            placement.record(FAST, false);
        }
        assert!(placement.inline());
        placement.record(SLOW, true);
        assert!(!placement.inline());
        for _ in 0..10 * PROMOTE_AFTER {
            placement.record(FAST, false);
        }
        assert!(!placement.inline());
    }
}

//! Where a plain-`fn` callback runs: on the callback pool, or inline on the server worker that
//! received the request.
//!
//! The pool keeps slow callbacks from stalling the server, at the price of two cross-thread
//! wake-ups per call: for a callback that takes microseconds that hand-off is most of the
//! request's CPU (20 µs against 11 µs inline, measured on the `echo` benchmark). So a callback
//! starts on the pool, and once it has answered [`PROMOTE_AFTER`] calls in a row within
//! [`INLINE_BUDGET`] it runs inline. The first inline call to exceed the budget sends it back
//! to the pool for good: a callback can hold up its worker once, for one call, and never again.
//!
//! A call's wall time alone would mistake a busy machine for a slow callback: a thread that the
//! scheduler preempts for a few milliseconds in the middle of a 5 µs call looks slow. So a call
//! that overruns counts as slow only if its thread computed for longer than the budget, or gave
//! up the CPU to wait (a sleep, I/O, a lock): the kernel's per-thread CPU time and count of
//! voluntary context switches tell (`getrusage(RUSAGE_THREAD)`, on Linux; elsewhere wall time
//! decides).

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

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

    /// Records a finished call, which ran `inline` or not.
    pub fn record(&self, call: CallCost, inline: bool) {
        if !call.slow() {
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

/// The start of a call, to measure what it costs its thread.
#[derive(Debug)]
pub struct CallTiming {
    started: Instant,
    usage: Option<ThreadUsage>,
}

impl CallTiming {
    /// Starts measuring, on the thread that runs the call.
    pub fn start() -> Self {
        Self {
            usage: ThreadUsage::now(),
            started: Instant::now(),
        }
    }

    /// What the call cost, measured on the same thread as [`start`](Self::start).
    pub fn finish(self) -> CallCost {
        let wall = self.started.elapsed();
        // Only an overrun needs the second look at the thread's usage.
        let usage = (wall > INLINE_BUDGET)
            .then(|| Some(ThreadUsage::now()?.since(self.usage?)))
            .flatten();
        CallCost { wall, usage }
    }
}

/// What one call cost.
#[derive(Clone, Copy, Debug)]
pub struct CallCost {
    wall: Duration,
    /// CPU time and whether the thread waited, for a call that overran.
    usage: Option<(Duration, bool)>,
}

impl CallCost {
    /// Whether the call was slow: over the budget, by computing or by waiting (or by the wall
    /// clock, where the thread's usage is unknown).
    fn slow(&self) -> bool {
        self.wall > INLINE_BUDGET
            && self
                .usage
                .is_none_or(|(cpu, waited)| cpu > INLINE_BUDGET || waited)
    }
}

/// A thread's CPU time so far and how often it gave up the CPU to wait.
#[derive(Clone, Copy, Debug)]
struct ThreadUsage {
    cpu: Duration,
    waits: i64,
}

impl ThreadUsage {
    #[cfg(target_os = "linux")]
    fn now() -> Option<Self> {
        // SAFETY: getrusage only writes the struct it is given, which is plain data.
        let usage = unsafe {
            let mut usage = std::mem::zeroed::<libc::rusage>();
            (libc::getrusage(libc::RUSAGE_THREAD, &mut usage) == 0).then_some(usage)
        }?;
        let time = |t: libc::timeval| {
            Duration::from_secs(t.tv_sec.max(0) as u64)
                + Duration::from_micros(t.tv_usec.max(0) as u64)
        };
        Some(Self {
            cpu: time(usage.ru_utime) + time(usage.ru_stime),
            waits: usage.ru_nvcsw,
        })
    }

    #[cfg(not(target_os = "linux"))]
    fn now() -> Option<Self> {
        None
    }

    /// The CPU time spent since `earlier`, and whether the thread waited in between.
    fn since(self, earlier: ThreadUsage) -> (Duration, bool) {
        (
            self.cpu.saturating_sub(earlier.cpu),
            self.waits > earlier.waits,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: CallCost = CallCost {
        wall: Duration::from_micros(5),
        usage: None,
    };
    const SLOW: CallCost = CallCost {
        wall: Duration::from_millis(3),
        usage: None,
    };

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

    #[test]
    fn waiting_or_computing_past_the_budget_is_slow_and_being_preempted_is_not() {
        let quick = CallTiming::start().finish();
        assert!(!quick.slow(), "{quick:?}");
        let sleeper = CallTiming::start();
        std::thread::sleep(Duration::from_millis(3));
        let sleeper = sleeper.finish();
        assert!(sleeper.slow(), "{sleeper:?}");
        let busy = CallTiming::start();
        let until = Instant::now() + Duration::from_millis(3);
        while Instant::now() < until {
            std::hint::spin_loop();
        }
        let busy = busy.finish();
        assert!(busy.slow(), "{busy:?}");
        // What preemption looks like: long on the clock, little CPU, no waiting.
        let preempted = CallCost {
            wall: Duration::from_millis(4),
            usage: Some((Duration::from_micros(20), false)),
        };
        assert!(!preempted.slow());
    }
}

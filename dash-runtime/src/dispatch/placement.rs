//! Where a plain-`fn` callback runs: on the callback pool, or inline on the server worker that
//! received the request.
//!
//! The pool keeps slow callbacks from stalling the server, at the price of two cross-thread
//! wake-ups per call: for a callback that takes microseconds that hand-off is most of the
//! request's CPU (20 µs against 11 µs inline, measured on the `echo` benchmark). So a callback
//! starts on the pool, and once it has answered [`PROMOTE_AFTER`] calls in a row within
//! [`INLINE_BUDGET`] it runs inline. A slow inline call sends it back to the pool, and each time that happens the callback must answer twice as many calls in a row
//! quickly before it runs inline again (128, 256, ...): a callback that is slow now and then
//! holds up a worker a few times in its life, one that is always slow once, and a quick one
//! sent back by a fluke of the machine soon returns.
//!
//! A call's wall time alone would mistake a busy machine for a slow callback: a thread that the
//! scheduler preempts for a few milliseconds in the middle of a 5 µs call looks slow. Calls are
//! timed by the clock only (no system call); after an overrun the callback's next call is
//! *watched*: its thread's exact CPU time and count of voluntary context switches are read
//! before and after (`CLOCK_THREAD_CPUTIME_ID`, `getrusage(RUSAGE_THREAD)`, on Linux), and only
//! a watched call that computed past the budget or gave up the CPU to wait (a sleep, I/O, a
//! lock) counts as slow. So a slow callback is sent back after its second slow call, and a
//! preempted one not at all. Elsewhere a watched call's wall time decides.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, Instant};

/// A call that takes at most this long counts as fast.
pub const INLINE_BUDGET: Duration = Duration::from_micros(500);
/// Consecutive fast calls after which a callback first runs inline.
pub const PROMOTE_AFTER: u32 = 64;
/// The most times the streak a callback needs doubles (64 × 2^20 calls: for good).
const MOST_DEMOTIONS: u32 = 20;

/// What has been seen of one callback's calls.
#[derive(Debug, Default)]
pub struct Placement {
    /// Fast calls in a row (saturating at the streak needed).
    fast_in_a_row: AtomicU32,
    /// How often an inline call overran: each doubles the streak needed.
    demotions: AtomicU32,
    /// Set when an unwatched call overran: the next call is watched.
    suspect: AtomicBool,
}

impl Placement {
    /// Whether the next call runs inline.
    pub fn inline(&self) -> bool {
        self.fast_in_a_row.load(Ordering::Relaxed) >= self.streak_needed()
    }

    /// Whether the next call should be watched: the last one overran unwatched.
    pub fn watch_next(&self) -> bool {
        self.suspect.load(Ordering::Relaxed)
    }

    /// Fast calls in a row needed to run inline.
    fn streak_needed(&self) -> u32 {
        PROMOTE_AFTER << self.demotions.load(Ordering::Relaxed).min(MOST_DEMOTIONS)
    }

    /// Records a finished call, which ran `inline` or not.
    pub fn record(&self, call: CallCost, inline: bool) -> Change {
        // Relaxed and racy on purpose: exact counts do not matter, only that a callback is
        // seen fast many times before it is trusted.
        match call.verdict() {
            Verdict::Suspect => {
                self.suspect.store(true, Ordering::Relaxed);
                Change::None
            }
            Verdict::Quick => {
                if call.watched {
                    self.suspect.store(false, Ordering::Relaxed);
                }
                let fast = self.fast_in_a_row.load(Ordering::Relaxed);
                let needed = self.streak_needed();
                if fast < needed {
                    self.fast_in_a_row.store(fast + 1, Ordering::Relaxed);
                    if fast + 1 == needed {
                        return Change::ToWorker;
                    }
                }
                Change::None
            }
            Verdict::Slow => {
                self.suspect.store(false, Ordering::Relaxed);
                self.fast_in_a_row.store(0, Ordering::Relaxed);
                if inline {
                    self.demotions.fetch_add(1, Ordering::Relaxed);
                    return Change::ToPool;
                }
                Change::None
            }
        }
    }
}

/// What a recorded call changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Nothing.
    None,
    /// The callback runs on the server worker from now on.
    ToWorker,
    /// The callback runs on the pool again.
    ToPool,
}

/// The start of a call, to measure what it costs its thread.
#[derive(Debug)]
pub struct CallTiming {
    started: Instant,
    /// The thread's usage at the start, for a watched call.
    usage: Option<ThreadUsage>,
    watched: bool,
}

impl CallTiming {
    /// Starts timing a call, on the thread that runs it. A `watched` call also notes its
    /// thread's usage (two system calls), which tells a slow call from a preempted one; the
    /// others only read the clock.
    pub fn start(watched: bool) -> Self {
        Self {
            usage: watched.then(ThreadUsage::now).flatten(),
            started: Instant::now(),
            watched,
        }
    }

    /// What the call cost, measured on the same thread as [`start`](Self::start).
    pub fn finish(self) -> CallCost {
        let wall = self.started.elapsed();
        // Only an overrun needs the second look at the thread's usage.
        let usage = (wall > INLINE_BUDGET)
            .then(|| Some(ThreadUsage::now()?.since(self.usage?)))
            .flatten();
        CallCost {
            wall,
            usage,
            watched: self.watched,
        }
    }
}

/// What one call cost.
#[derive(Clone, Copy, Debug)]
pub struct CallCost {
    wall: Duration,
    /// CPU time and whether the thread waited, for a watched call that overran.
    usage: Option<(Duration, bool)>,
    watched: bool,
}

/// What a call's cost says of its callback.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Within the budget, or over it only because the thread was preempted.
    Quick,
    /// Over the budget by computing or by waiting (or by the wall clock, where the thread's
    /// usage cannot be read).
    Slow,
    /// Over the budget, unwatched: the next call is watched to tell.
    Suspect,
}

impl CallCost {
    fn verdict(&self) -> Verdict {
        if self.wall <= INLINE_BUDGET {
            return Verdict::Quick;
        }
        if !self.watched {
            return Verdict::Suspect;
        }
        match self.usage {
            Some((cpu, waited)) if cpu <= INLINE_BUDGET && !waited => Verdict::Quick,
            _ => Verdict::Slow,
        }
    }
}

impl std::fmt::Display for CallCost {
    /// `3.1 ms (0.2 ms of CPU, waited)`, or the wall time alone.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.1?}", self.wall)?;
        if let Some((cpu, waited)) = self.usage {
            write!(f, " ({cpu:.1?} of CPU")?;
            if waited {
                f.write_str(", waited")?;
            }
            f.write_str(")")?;
        }
        Ok(())
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
        // getrusage's CPU times are sampled and rescaled (they may move by milliseconds over a
        // few microseconds); the thread's CPU clock is exact. Its count of voluntary context
        // switches is exact too.
        // SAFETY: both calls only write the plain-data structs they are given.
        let (clock, usage) = unsafe {
            let mut clock = std::mem::zeroed::<libc::timespec>();
            let mut usage = std::mem::zeroed::<libc::rusage>();
            let ok = libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut clock) == 0
                && libc::getrusage(libc::RUSAGE_THREAD, &mut usage) == 0;
            ok.then_some((clock, usage))
        }?;
        Some(Self {
            cpu: Duration::new(
                clock.tv_sec.max(0) as u64,
                clock.tv_nsec.clamp(0, 999_999_999) as u32,
            ),
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
        watched: false,
    };
    /// Watched, and slow by its CPU time.
    const SLOW: CallCost = CallCost {
        wall: Duration::from_millis(3),
        usage: Some((Duration::from_millis(3), false)),
        watched: true,
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
    fn a_slow_inline_call_sends_it_back_and_doubles_the_streak_it_needs() {
        let placement = Placement::default();
        for _ in 0..PROMOTE_AFTER - 1 {
            assert_eq!(placement.record(FAST, false), Change::None);
        }
        assert_eq!(placement.record(FAST, false), Change::ToWorker);
        assert!(placement.inline());
        assert_eq!(placement.record(SLOW, true), Change::ToPool);
        assert!(!placement.inline());
        for _ in 0..2 * PROMOTE_AFTER - 1 {
            placement.record(FAST, false);
        }
        assert!(!placement.inline(), "twice the streak now");
        assert_eq!(placement.record(FAST, false), Change::ToWorker);
        placement.record(SLOW, true);
        for _ in 0..4 * PROMOTE_AFTER - 1 {
            placement.record(FAST, false);
        }
        assert!(!placement.inline(), "four times after two demotions");
        placement.record(FAST, false);
        assert!(placement.inline());
    }

    #[test]
    fn an_always_slow_callback_never_comes_back() {
        let placement = Placement::default();
        for _ in 0..PROMOTE_AFTER {
            placement.record(FAST, false);
        }
        placement.record(SLOW, true);
        for _ in 0..100 * PROMOTE_AFTER {
            placement.record(SLOW, false);
        }
        assert!(!placement.inline());
        for _ in 0..30 {
            placement.demotions.fetch_add(1, Ordering::Relaxed);
        }
        assert_eq!(placement.streak_needed(), PROMOTE_AFTER << MOST_DEMOTIONS);
    }

    #[test]
    fn waiting_or_computing_past_the_budget_is_slow_and_being_preempted_is_not() {
        let quick = CallTiming::start(true).finish();
        assert_eq!(quick.verdict(), Verdict::Quick, "{quick:?}");
        let sleeper = CallTiming::start(true);
        std::thread::sleep(Duration::from_millis(3));
        let sleeper = sleeper.finish();
        assert_eq!(sleeper.verdict(), Verdict::Slow, "{sleeper}");
        let busy = CallTiming::start(true);
        let until = Instant::now() + Duration::from_millis(3);
        while Instant::now() < until {
            std::hint::spin_loop();
        }
        let busy = busy.finish();
        assert_eq!(busy.verdict(), Verdict::Slow, "{busy}");
        // Unwatched, an overrun is only a suspicion.
        let unwatched = CallTiming::start(false);
        std::thread::sleep(Duration::from_millis(3));
        assert_eq!(unwatched.finish().verdict(), Verdict::Suspect);
        // What preemption looks like: long on the clock, little CPU, no waiting.
        let preempted = CallCost {
            wall: Duration::from_millis(4),
            usage: Some((Duration::from_micros(20), false)),
            watched: true,
        };
        assert_eq!(preempted.verdict(), Verdict::Quick);
    }

    #[test]
    fn an_unwatched_overrun_only_asks_for_the_next_call_to_be_watched() {
        let placement = Placement::default();
        for _ in 0..PROMOTE_AFTER {
            placement.record(FAST, false);
        }
        assert!(placement.inline());
        let overrun = CallCost {
            wall: Duration::from_millis(4),
            usage: None,
            watched: false,
        };
        assert_eq!(placement.record(overrun, true), Change::None);
        assert!(placement.inline() && placement.watch_next());
        let preempted = CallCost {
            wall: Duration::from_millis(4),
            usage: Some((Duration::from_micros(20), false)),
            watched: true,
        };
        assert_eq!(placement.record(preempted, true), Change::None);
        assert!(placement.inline() && !placement.watch_next());
        placement.record(overrun, true);
        assert_eq!(placement.record(SLOW, true), Change::ToPool);
        assert!(!placement.inline());
    }
}

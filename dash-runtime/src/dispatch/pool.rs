//! The threads plain-`fn` callbacks run on, away from the event loop.
//!
//! tokio's `spawn_blocking` wakes (or starts) a thread for every call and lets each actix
//! worker grow its own pool to 512 threads; for a callback that takes a microsecond that
//! hand-off was half the server's CPU, and the threads' malloc arenas most of its memory.
//! This pool instead keeps one thread per core busy from a shared queue: under load a
//! thread takes the next call without sleeping in between. Threads are added only for calls
//! that *stall*: that have run for longer than [`STALL_AFTER`] and, on Linux, whose thread
//! is asleep (in a sleep, a database wait, a lock) rather than computing. So a slow callback
//! never holds up the others for much longer than that, while callbacks that only compute
//! never get more threads than there are cores, however long the queue; more would not make
//! them faster, only add memory (each thread keeps a malloc arena).

use std::collections::VecDeque;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::{oneshot, Semaphore};

/// A call running longer than this counts as stalled, and the pool may add a thread so that
/// queued calls do not wait behind it.
pub const STALL_AFTER: Duration = Duration::from_millis(20);
/// A thread beyond the core count that has had nothing to do for this long exits.
const IDLE_EXIT_AFTER: Duration = Duration::from_secs(10);
/// The most threads the pool grows to unless the app says otherwise.
pub const DEFAULT_MAX_THREADS: usize = 64;
/// Calls admitted per thread the pool may have: queued, running, or finished with a result
/// the server has not yet taken. Later calls wait (asynchronously, in order) for room. This
/// bounds the results held in memory when the pool computes faster than the server workers
/// can send: with 1,000 connections on a 2-core machine an unbounded pool kept ~500 MB of
/// finished figures waiting.
const ADMITTED_PER_THREAD: usize = 2;

type Job = Box<dyn FnOnce() + Send>;

/// A pool of callback threads, shared by every worker of a server. Cheap to clone; threads
/// start on first use.
#[derive(Clone)]
pub struct CallbackPool {
    shared: Arc<Shared>,
    room: Arc<Semaphore>,
}

struct Shared {
    state: Mutex<State>,
    /// Signals work to idle threads.
    work: Condvar,
    /// Wakes the monitor when calls queue up with every thread busy.
    backlog: Condvar,
    core: usize,
    max: usize,
}

#[derive(Default)]
struct State {
    queue: VecDeque<Job>,
    threads: usize,
    idle: usize,
    /// When each busy thread's current call started, by thread slot (`None`: not running).
    running: Vec<Option<Instant>>,
    /// Each slot's thread as `/proc/self/task/<tid>`, where the kernel tells whether it runs.
    tasks: Vec<Option<std::path::PathBuf>>,
    /// Slots of threads that exited, for the next thread to take.
    free_slots: Vec<usize>,
    monitor_started: bool,
    /// Whether the monitor sleeps until told of a backlog (otherwise it is polling).
    monitor_waiting: bool,
}

/// What went wrong running a call on the pool.
#[derive(Debug, PartialEq, Eq)]
pub enum PoolError {
    /// The call panicked; the message, when the payload was a string.
    Panicked(String),
}

impl Default for CallbackPool {
    fn default() -> Self {
        Self::new(DEFAULT_MAX_THREADS)
    }
}

impl CallbackPool {
    /// A pool of one thread per core (at most `max_threads`), growing to `max_threads` (at
    /// least 1) while calls stall.
    pub fn new(max_threads: usize) -> Self {
        let max = max_threads.max(1);
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        Self {
            shared: Arc::new(Shared {
                state: Mutex::new(State::default()),
                work: Condvar::new(),
                backlog: Condvar::new(),
                core: cores.min(max),
                max,
            }),
            room: Arc::new(Semaphore::new(max * ADMITTED_PER_THREAD)),
        }
    }

    /// The most threads this pool runs at once.
    pub fn max_threads(&self) -> usize {
        self.shared.max
    }

    /// Runs `call` on a pool thread and waits for it without blocking the caller's thread.
    pub fn run<T: Send + 'static>(
        &self,
        call: impl FnOnce() -> T + Send + 'static,
    ) -> impl Future<Output = Result<T, PoolError>> {
        let shared = self.shared.clone();
        let room = self.room.clone();
        async move {
            // The semaphore is never closed, so this only waits.
            let permit = room.acquire_owned().await.ok();
            let (sender, receiver) = oneshot::channel();
            shared.submit(Box::new(move || {
                let outcome = std::panic::catch_unwind(AssertUnwindSafe(call));
                let _ = sender.send(outcome.map_err(|panic| panic_message(panic.as_ref())));
            }));
            let received = receiver.await;
            // Only now, with the result taken, may another call in.
            drop(permit);
            match received {
                Ok(outcome) => outcome.map_err(PoolError::Panicked),
                // Only if the job was dropped unrun, which the pool never does.
                Err(_) => Err(PoolError::Panicked("the call was dropped".to_owned())),
            }
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A job's panic is caught inside it, so the lock is never poisoned by one; recover
        // anyway rather than take the server down.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn submit(self: &Arc<Self>, job: Job) {
        let mut state = self.lock();
        state.queue.push_back(job);
        if state.idle > 0 {
            drop(state);
            self.work.notify_one();
        } else if state.threads < self.core {
            self.spawn_thread(&mut state);
        } else {
            if !state.monitor_started {
                let shared = self.clone();
                // Without it stalled calls only hold up the queue; try again next time.
                state.monitor_started = std::thread::Builder::new()
                    .name("dash-callback-monitor".into())
                    .spawn(move || shared.monitor())
                    .is_ok();
            }
            let wake = state.monitor_waiting;
            drop(state);
            if wake {
                self.backlog.notify_one();
            }
        }
    }

    fn spawn_thread(self: &Arc<Self>, state: &mut State) {
        let slot = state.free_slots.pop().unwrap_or_else(|| {
            state.running.push(None);
            state.tasks.push(None);
            state.running.len() - 1
        });
        state.threads += 1;
        let shared = self.clone();
        let spawned = std::thread::Builder::new()
            .name("dash-callback".into())
            .spawn(move || shared.work_loop(slot));
        if spawned.is_err() {
            // Out of threads: the queued job waits for a running one.
            state.threads -= 1;
            state.free_slots.push(slot);
        }
    }

    fn work_loop(self: Arc<Self>, slot: usize) {
        let task = this_task();
        let mut state = self.lock();
        state.tasks[slot] = task;
        loop {
            if let Some(job) = state.queue.pop_front() {
                state.running[slot] = Some(Instant::now());
                drop(state);
                job();
                state = self.lock();
                state.running[slot] = None;
                continue;
            }
            state.idle += 1;
            let (guard, waited) = self
                .work
                .wait_timeout(state, IDLE_EXIT_AFTER)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            state = guard;
            state.idle -= 1;
            if waited.timed_out() && state.queue.is_empty() && state.threads > self.core {
                state.threads -= 1;
                state.free_slots.push(slot);
                return;
            }
        }
    }

    /// While calls wait with every thread busy, adds a thread for each stalled call (up to
    /// the maximum), so that the others keep one thread per core.
    fn monitor(self: Arc<Self>) {
        let mut state = self.lock();
        loop {
            state = if state.queue.is_empty() {
                state.monitor_waiting = true;
                let mut state = self
                    .backlog
                    .wait(state)
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                state.monitor_waiting = false;
                state
            } else {
                self.backlog
                    .wait_timeout(state, STALL_AFTER / 2)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .0
            };
            if state.queue.is_empty() || state.idle > 0 {
                continue;
            }
            let now = Instant::now();
            let stalled = state
                .running
                .iter()
                .zip(&state.tasks)
                .filter(|(started, task)| {
                    started.is_some_and(|started| now.duration_since(started) >= STALL_AFTER)
                        && !is_running(task.as_deref())
                })
                .count();
            let moving = state.threads.saturating_sub(stalled);
            let wanted = self
                .core
                .saturating_sub(moving)
                .min(self.max.saturating_sub(state.threads));
            for _ in 0..wanted {
                self.spawn_thread(&mut state);
            }
        }
    }
}

/// The calling thread's `/proc/<pid>/task/<tid>`, on Linux.
fn this_task() -> Option<std::path::PathBuf> {
    // The link is relative to /proc.
    let link = std::fs::read_link("/proc/thread-self").ok()?;
    Some(std::path::Path::new("/proc").join(link))
}

/// Whether the thread at `/proc/self/task/<tid>` is running or waiting for a CPU (state `R`),
/// as opposed to asleep. Where that cannot be read (not Linux), a long call counts as
/// stalled whatever it does.
fn is_running(task: Option<&std::path::Path>) -> bool {
    let Some(stat) = task.and_then(|task| std::fs::read_to_string(task.join("stat")).ok()) else {
        return false;
    };
    // The state follows the command name, which is in parentheses and may contain spaces.
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with('R'))
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// A call that blocks its thread until the test lets it go.
    fn blocked(
        pool: &CallbackPool,
    ) -> (
        mpsc::Sender<()>,
        impl Future<Output = Result<(), PoolError>>,
    ) {
        let (release, wait) = mpsc::channel::<()>();
        let call = pool.run(move || {
            let _ = wait.recv();
        });
        (release, call)
    }

    #[actix_web::test]
    async fn calls_return_their_values_and_panics_their_messages() {
        let pool = CallbackPool::new(2);
        assert_eq!(pool.run(|| 6 * 7).await, Ok(42));
        let panicked = pool.run(|| -> i32 { panic!("boom") }).await;
        assert_eq!(panicked, Err(PoolError::Panicked("boom".into())));
        // The thread that caught the panic still serves.
        assert_eq!(pool.run(|| "still here").await, Ok("still here"));
        assert_eq!(CallbackPool::new(0).max_threads(), 1);
    }

    #[actix_web::test]
    async fn stalled_calls_do_not_hold_up_the_others() {
        let pool = CallbackPool::new(8);
        let core = pool.shared.core;
        // Block every core thread, and one more call waiting in the queue.
        let mut releases = Vec::new();
        let mut stalled = Vec::new();
        for _ in 0..=core {
            let (release, call) = blocked(&pool);
            releases.push(release);
            stalled.push(actix_web::rt::spawn(call));
        }
        // Only added threads can run this while the others are blocked.
        let quick = tokio::time::timeout(Duration::from_secs(10), pool.run(|| 1)).await;
        assert_eq!(quick.ok(), Some(Ok(1)));
        for release in releases {
            release.send(()).unwrap();
        }
        for call in stalled {
            assert_eq!(call.await.unwrap(), Ok(()));
        }
        assert!(pool.shared.lock().threads <= 8);
    }

    #[test]
    fn a_sleeping_thread_is_not_running_and_this_one_is() {
        let me = this_task();
        if me.is_none() {
            return; // Not Linux: every long call counts as stalled.
        }
        assert!(is_running(me.as_deref()));
        let (tell, told) = mpsc::channel();
        let (release, wait) = mpsc::channel::<()>();
        let sleeper = std::thread::spawn(move || {
            tell.send(std::fs::read_link("/proc/thread-self").ok())
                .unwrap();
            let _ = wait.recv();
        });
        let task = told.recv().unwrap();
        // It may take a moment to fall asleep in `recv`.
        let asleep = (0..100).any(|_| {
            std::thread::sleep(Duration::from_millis(10));
            !is_running(task.as_deref())
        });
        release.send(()).unwrap();
        sleeper.join().unwrap();
        assert!(asleep);
    }

    #[actix_web::test]
    async fn the_pool_never_grows_past_its_maximum() {
        let pool = CallbackPool::new(1);
        let (release, first) = blocked(&pool);
        let first = actix_web::rt::spawn(first);
        let second = actix_web::rt::spawn(pool.run(|| 2));
        // Well past the stall threshold, the second call still waits for the only thread.
        tokio::time::sleep(STALL_AFTER * 5).await;
        assert!(!second.is_finished());
        assert_eq!(pool.shared.lock().threads, 1);
        release.send(()).unwrap();
        assert_eq!(first.await.unwrap(), Ok(()));
        assert_eq!(second.await.unwrap(), Ok(2));
    }
}

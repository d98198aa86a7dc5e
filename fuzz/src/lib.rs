//! The fuzz harnesses, as plain functions so that the workspace's regression test can replay
//! saved inputs through exactly the checks the fuzzers run.

pub mod layout;
pub mod update;

//! Any bytes as facts.yaml and as the text of its sources: load, check (or `invalid`), then
//! print the findings in every format (`harness/load_check.rs`). Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../harness/load_check.rs");

fuzz_target!(|data: &[u8]| {
    std::hint::black_box(load_check(data));
});

//! Whole commands, on synthetic fact bases of 1,000, 10,000 and 100,000 facts (issue 6).
//!
//! ```sh
//! cargo bench --bench commands
//! FACTSHEET_BENCH_SIZES=100000 cargo bench --bench commands -- generate
//! ```
//!
//! The `cmd_*` groups run the `factsheet` binary that cargo builds for the benches (optimised
//! like `--release`), or the one named by `FACTSHEET_BIN`; `benches/stages.rs` measures the
//! stages inside it. The fact bases are written by `examples/synth.rs` into
//! `target/bench-data/N/` on first use. Benchmarks never gate CI.

#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

use criterion::{
    BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn binary() -> PathBuf {
    std::env::var_os("FACTSHEET_BIN").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_factsheet")),
        PathBuf::from,
    )
}

fn group<'a>(c: &'a mut Criterion, name: &str, facts: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(name);
    if facts <= 2_000 {
        g.sample_size(20)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3));
    } else {
        g.sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(5))
            .sampling_mode(SamplingMode::Flat);
    }
    g.throughput(Throughput::Elements(facts as u64));
    g
}

/// Runs the binary with `args`, output discarded; it must succeed.
fn run(bin: &Path, args: &[&std::ffi::OsStr]) {
    let status = Command::new(bin)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("cannot run `{}`: {e}", bin.display()));
    assert!(status.success(), "`factsheet {args:?}` failed: {status}");
}

fn commands(c: &mut Criterion) {
    let bin = binary();
    for facts in synth::bench_sizes() {
        let path = synth::bench_data(facts);
        let out = path.with_file_name("output");
        let (facts_arg, out_arg) = (path.as_os_str(), out.as_os_str());

        let mut g = group(c, "cmd_check", facts);
        g.bench_function(BenchmarkId::from_parameter(facts), |b| {
            b.iter(|| run(&bin, &["check".as_ref(), "--facts".as_ref(), facts_arg]));
        });
        g.finish();

        // Into an empty output folder (removed before each run, outside the timing).
        let generate = [
            "generate".as_ref(),
            "--facts".as_ref(),
            facts_arg,
            "--out".as_ref(),
            out_arg,
            "--format".as_ref(),
            "all".as_ref(),
        ];
        let mut g = group(c, "cmd_generate", facts);
        g.bench_function(BenchmarkId::from_parameter(facts), |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let _ = std::fs::remove_dir_all(&out);
                    let start = Instant::now();
                    run(&bin, &generate);
                    total += start.elapsed();
                }
                total
            });
        });
        g.finish();

        // `generate --check` against current output: renders and compares, writes nothing.
        run(&bin, &generate);
        let mut g = group(c, "cmd_generate_check", facts);
        g.bench_function(BenchmarkId::from_parameter(facts), |b| {
            b.iter(|| {
                let mut args = generate.to_vec();
                args.push("--check".as_ref());
                run(&bin, &args);
            });
        });
        g.finish();
        let _ = std::fs::remove_dir_all(&out);
    }
}

criterion_group!(benches, commands);
criterion_main!(benches);

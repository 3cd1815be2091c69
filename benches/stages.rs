//! Each stage of a run, on synthetic fact bases of 1,000, 10,000 and 100,000 facts (issue 6).
//!
//! ```sh
//! cargo bench --bench stages                                   # every stage, every size
//! FACTSHEET_BENCH_SIZES=1000,10000 cargo bench --bench stages  # some sizes
//! cargo bench --bench stages -- render                         # some stages
//! ```
//!
//! The fact bases are written by `examples/synth.rs` (included below) into
//! `target/bench-data/N/` on first use. Benchmarks never gate CI.

#[path = "../examples/synth.rs"]
#[allow(dead_code)]
mod synth;

use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main, measurement::WallTime,
};
use factsheet::load::model::FactsFile;
use factsheet::load::sources::{SourceFile, read_all};
use factsheet::load::{Loaded, load_facts, parse_facts};
use factsheet::render::{Assurance, Format, Rendered, Selection, Templates, render};
use factsheet::text::{find_parts, normalize, quote_parts};
use std::collections::HashMap;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

/// A fact base, loaded and read once, as the input of the stages after loading.
struct Base {
    facts: usize,
    path: PathBuf,
    loaded: Loaded,
    texts: Vec<SourceFile>,
    /// What the check established, as rendering wants it.
    assurance: Assurance,
    templates: Templates,
}

impl Base {
    fn new(facts: usize) -> Base {
        let path = synth::bench_data(facts);
        let loaded = load_facts(&path).expect("the bench facts file can be read");
        let file = match &loaded.content {
            Ok(file) => file,
            Err(problems) => panic!("the bench facts file does not load: {:?}", &problems[..1]),
        };
        let texts = read_all(&loaded.base_dir, &file.sources);
        let report = factsheet::check::check(&loaded, file, &texts);
        assert!(
            !report.has_errors(),
            "the bench facts file has errors: {:?}",
            &report.findings[..1]
        );
        if !report.findings.is_empty() {
            eprintln!(
                "note: the bench facts file has {} warnings (first: {:?})",
                report.findings.len(),
                report.findings[0]
            );
        }
        let templates = Templates::load(None, &Selection::new(&[Format::All]).template_names())
            .expect("the built-in templates load");
        let assurance = Assurance {
            on_file: (texts.iter())
                .map(|t| matches!(t, SourceFile::Read(_)))
                .collect(),
            numbers_held: true,
            support: report.support.clone(),
            copies: report.copies.clone(),
            same_as: report.same_as.clone(),
        };
        Base {
            facts,
            path,
            loaded,
            texts,
            assurance,
            templates,
        }
    }

    fn file(&self) -> &FactsFile {
        self.loaded.content.as_ref().expect("loaded above")
    }
}

/// Fewer, flat samples for the large sizes, so the suite takes minutes rather than an hour.
fn group<'a>(c: &'a mut Criterion, stage: &str, facts: usize) -> BenchmarkGroup<'a, WallTime> {
    let mut g = c.benchmark_group(stage);
    match facts {
        0..=2_000 => {
            g.sample_size(30)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(3));
        }
        2_001..=20_000 => {
            g.sample_size(15)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(5))
                .sampling_mode(SamplingMode::Flat);
        }
        _ => {
            g.sample_size(10)
                .warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(5))
                .sampling_mode(SamplingMode::Flat);
        }
    }
    g.throughput(Throughput::Elements(facts as u64));
    g
}

fn load(c: &mut Criterion, base: &Base) {
    let n = base.facts;
    let bytes = base.loaded.text.len() as u64;

    let mut g = group(c, "load_facts", n);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_with_large_drop(|| load_facts(black_box(&base.path)).expect("readable"));
    });
    g.finish();

    let mut g = group(c, "parse_facts", n);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_with_large_drop(|| parse_facts(black_box(&base.loaded.text)));
    });
    g.finish();
}

fn sources(c: &mut Criterion, base: &Base) {
    let n = base.facts;
    let file = base.file();

    let mut g = group(c, "read_sources", n);
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_with_large_drop(|| read_all(black_box(&base.loaded.base_dir), &file.sources));
    });
    g.finish();

    // Normalising alone, without reading or hashing.
    let raw: Vec<String> = file
        .sources
        .iter()
        .filter_map(|s| s.file.as_ref())
        .map(|f| std::fs::read_to_string(base.loaded.base_dir.join(&f.value)).expect("readable"))
        .collect();
    let mut g = group(c, "normalize_sources", n);
    g.throughput(Throughput::Bytes(raw.iter().map(|t| t.len() as u64).sum()));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_with_large_drop(|| raw.iter().map(|t| normalize(t)).collect::<Vec<_>>());
    });
    g.finish();
}

fn check(c: &mut Criterion, base: &Base) {
    let n = base.facts;
    let file = base.file();

    let mut g = group(c, "check", n);
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter(|| factsheet::check::check(&base.loaded, black_box(file), &base.texts));
    });
    g.finish();

    // Quote matching alone, on one core: normalise each quote, split it at its ellipses, find
    // the parts in the normalised source. (`check` spreads this over every core.)
    let index: HashMap<&str, usize> = file
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.value.as_str(), i))
        .collect();
    let citations: Vec<(&str, &str)> = file
        .facts
        .iter()
        .flat_map(|f| f.sources.value.iter())
        .filter_map(|c| {
            let quote = c.quote.as_ref()?.value.as_str();
            let SourceFile::Read(text) = &base.texts[index[c.source.value.as_str()]] else {
                return None;
            };
            Some((text.normalized.as_str(), quote))
        })
        .collect();
    let mut g = group(c, "quotes", n);
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter(|| {
            let mut found = 0usize;
            for &(text, quote) in &citations {
                let normalized = normalize(black_box(quote));
                let parts = quote_parts(&normalized);
                found += usize::from(find_parts(text, &parts).is_ok());
            }
            assert_eq!(found, citations.len());
            found
        });
    });
    g.finish();
}

fn rendering(c: &mut Criterion, base: &Base) -> Vec<Rendered> {
    let n = base.facts;
    let file = base.file();
    for (stage, formats) in [
        ("render_md", Format::Md),
        ("render_html", Format::Html),
        ("render_all", Format::All),
        ("render_json", Format::Json),
    ] {
        let selection = Selection::new(&[formats]);
        let mut g = group(c, stage, n);
        // `render` takes the facts file: each run gets a copy, made outside the measurement.
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter_batched(
                || file.clone(),
                |file| {
                    let templates = Some(&base.templates);
                    render(
                        black_box(file),
                        &base.assurance,
                        templates,
                        &selection,
                        None,
                    )
                    .expect("renders")
                },
                BatchSize::LargeInput,
            );
        });
        g.finish();
    }
    let file = file.clone();
    let all = Selection::new(&[Format::All]);
    render(file, &base.assurance, Some(&base.templates), &all, None).expect("renders")
}

fn write(c: &mut Criterion, base: &Base, rendered: &[Rendered]) {
    let n = base.facts;
    let out = base.loaded.base_dir.join("bench-output");
    let bytes: u64 = rendered.iter().map(|r| r.content.len() as u64).sum();

    // Into an empty folder: every file is created (temporary file, fsync, rename).
    let mut g = group(c, "write_new", n);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&out);
            },
            |()| factsheet::write::write(black_box(&out), rendered).expect("writable"),
            BatchSize::PerIteration,
        );
    });
    g.finish();

    // Over the same content: each file is read and compared, nothing is written.
    factsheet::write::write(&out, rendered).expect("writable");
    let mut g = group(c, "write_unchanged", n);
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(BenchmarkId::from_parameter(n), |b| {
        b.iter(|| factsheet::write::write(black_box(&out), rendered).expect("writable"));
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&out);
}

fn stages(c: &mut Criterion) {
    for facts in synth::bench_sizes() {
        let base = Base::new(facts);
        load(c, &base);
        sources(c, &base);
        check(c, &base);
        let rendered = rendering(c, &base);
        write(c, &base, &rendered);
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);

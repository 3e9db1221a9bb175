//! Engine and content benchmarks. Prints engine steps per second (one core) and the time to
//! load every flow and locale, then divan's detailed table.
//!
//! Run: `cargo bench --bench engine`. Targets: ≥ 1,000,000 steps/s, ≤ 300 ms to load.

use divan::counter::ItemsCount;
use sifor::flow::{Action, Flow, Input, Registry, Session, StepKind, advance, advance_owned, start};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

fn content() -> (Registry, sifor::i18n::Locales) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    sifor::startup::load_content(&sifor::config::Content::new(Some(root.join("flows")), Some(root.join("locales"))))
        .expect("content loads")
}

/// The input a quick user gives at the current step: first option, ticks then done, confirm.
fn input<'f>(flow: &'f Flow, s: &Session) -> Input<'f> {
    let step = flow.step(&s.step).expect("current step");
    let press = |action| Input::Press { flow: &flow.id, step: &step.id, nonce: s.nonce, action };
    match &step.kind {
        StepKind::Multi { .. } if s.pending.is_empty() => press(Action::Pick(0)),
        StepKind::Multi { .. } => press(Action::Done),
        StepKind::Summary => press(Action::Confirm),
        StepKind::Number { .. } => Input::Text("3"),
        StepKind::Text { .. } => Input::Text("a course near the reception centre"),
        _ => press(Action::Pick(0)),
    }
}

/// Walks `flow` from its start to its end; returns the number of engine steps. `owned`: the
/// walker hands its session to the engine (as the services do); else the engine copies it.
fn walk(flow: &Flow, base: &Session, owned: bool) -> usize {
    let mut s = start(flow, Some(base), 1).session;
    let mut steps = 0;
    while !s.finished(flow) {
        let t = if owned {
            let i = input(flow, &s);
            advance_owned(flow, s, i)
        } else {
            advance(flow, &s, input(flow, &s))
        };
        s = black_box(t.session);
        steps += 1;
    }
    steps
}

/// A session after onboarding in Berlin, with consent given: the starting point of the jobs flow.
fn onboarded(flows: &Registry) -> Session {
    let onboarding = flows.get("onboarding").unwrap();
    let mut s = start(onboarding, None, 1).session;
    for text in ["4", "1", "1", "1", "1", "1", "1 3"] {
        s = advance(onboarding, &s, Input::Text(text)).session;
    }
    assert!(s.finished(onboarding));
    s
}

fn main() {
    let t0 = Instant::now();
    let (flows, _locales) = content();
    let load = t0.elapsed();
    let base = onboarded(&flows);
    let jobs = flows.get("jobs").unwrap();
    let per_walk = walk(jobs, &base, true);
    let rate = |owned: bool| {
        let mut steps = 0usize;
        let t0 = Instant::now();
        while t0.elapsed().as_millis() < 2000 {
            for _ in 0..1000 {
                steps += walk(jobs, &base, owned);
            }
        }
        steps as f64 / t0.elapsed().as_secs_f64()
    };
    println!("load all flows and locales: {:.1} ms (target ≤ 300 ms)", load.as_secs_f64() * 1e3);
    println!(
        "engine: {:.0} steps/s on one core, jobs flow, {per_walk} steps per walk (target ≥ 1,000,000)",
        rate(true)
    );
    println!("engine, copying the session each step (advance(&Session)): {:.0} steps/s", rate(false));
    divan::main();
}

#[divan::bench]
fn jobs_flow_walk(bencher: divan::Bencher) {
    let (flows, _) = content();
    let base = onboarded(&flows);
    let jobs = flows.get("jobs").unwrap();
    let n = walk(jobs, &base, true);
    bencher.counter(ItemsCount::new(n)).bench(|| walk(jobs, &base, true));
}

#[divan::bench(sample_count = 10)]
fn load_flows_and_locales() -> (Registry, sifor::i18n::Locales) {
    content()
}

//! Graph checks and analyses of a flow: reachability, finishing, loops, which answers a branch
//! may read, the longest way to an end (for progress) and the answers a branch makes void.

use super::compile::Problems;
use super::format::FlowFile;
use super::model::{Rule, Step, StepIdx, StepKind};

/// The steps reachable from a step in one move.
pub(crate) fn successors(s: &Step) -> Vec<StepIdx> {
    let mut out: Vec<StepIdx> = s.next.into_iter().collect();
    if let StepKind::Branch { rules } = &s.kind {
        out.extend(rules.iter().map(|r| r.next));
    }
    out
}

/// Unreachable steps, steps that cannot reach an end, and loops.
pub(crate) fn check_graph(steps: &[Step], edges: &[Vec<StepIdx>], p: &mut Problems) {
    let n = steps.len();
    let mut reached = vec![false; n];
    let mut stack = vec![0];
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut reached[i], true) {
            stack.extend(edges[i].iter().copied());
        }
    }
    for (i, s) in steps.iter().enumerate() {
        if !reached[i] {
            p.add(Some(&s.id), "unreachable: no step leads here");
        }
    }
    // Backwards from every end: which steps can finish the flow.
    let mut finishes = vec![false; n];
    let mut stack: Vec<StepIdx> = (0..n).filter(|&i| matches!(steps[i].kind, StepKind::End { .. })).collect();
    if stack.is_empty() {
        p.add(None, "the flow has no `end` step");
    }
    while let Some(i) = stack.pop() {
        if !std::mem::replace(&mut finishes[i], true) {
            stack.extend((0..n).filter(|&j| edges[j].contains(&i)));
        }
    }
    for (i, s) in steps.iter().enumerate() {
        if reached[i] && !finishes[i] {
            p.add(Some(&s.id), "cannot reach an `end` step");
        }
    }
    // Flows are acyclic: Back and "change" cover every reason to revisit a step.
    let mut state = vec![0u8; n]; // 0 new, 1 on the path, 2 done
    fn visit(i: StepIdx, edges: &[Vec<StepIdx>], state: &mut [u8], steps: &[Step], p: &mut Problems) {
        state[i] = 1;
        for &j in &edges[i] {
            match state[j] {
                0 => visit(j, edges, state, steps, p),
                1 => p.add(Some(&steps[i].id), format!("leads back to `{}`, which makes a loop", steps[j].id)),
                _ => {}
            }
        }
        state[i] = 2;
    }
    for i in 0..n {
        if state[i] == 0 {
            visit(i, edges, &mut state, steps, p);
        }
    }
}

/// Branch rules and message arguments may only read answers that an earlier step can give
/// (or that the flow declares in `uses`), and rules may only test values those steps offer.
pub(crate) fn check_answers_used(src: &FlowFile, steps: &[Step], edges: &[Vec<StepIdx>], p: &mut Problems) {
    let n = steps.len();
    for (i, s) in steps.iter().enumerate() {
        let rules: &[Rule] = match &s.kind {
            StepKind::Branch { rules } => rules,
            _ => &[],
        };
        if rules.is_empty() && s.args.is_empty() {
            continue;
        }
        // Every step that can come before this one.
        let mut before = vec![false; n];
        let mut stack: Vec<StepIdx> = (0..n).filter(|&j| edges[j].contains(&i)).collect();
        while let Some(j) = stack.pop() {
            if !std::mem::replace(&mut before[j], true) {
                stack.extend((0..n).filter(|&k| edges[k].contains(&j)));
            }
        }
        let givers = |key: &str| -> Vec<&Step> {
            (0..n)
                .filter(|&j| before[j] && steps[j].kind.is_question() && steps[j].key == key)
                .map(|j| &steps[j])
                .collect()
        };
        for r in rules {
            let from = givers(&r.key);
            if from.is_empty() {
                if !src.uses.contains(&r.key) {
                    p.add(Some(&s.id), format!("branches on `{}`, which no earlier step asks", r.key));
                }
                continue;
            }
            let offered = from.iter().any(|g| match &g.kind {
                StepKind::Choice { options } | StepKind::Multi { options } => options.iter().any(|o| o.value == r.is),
                StepKind::Text { .. } | StepKind::Number { .. } => true,
                _ => false,
            });
            if !offered {
                p.add(
                    Some(&s.id),
                    format!("branches on `{}` = `{}`, but no earlier step offers that answer", r.key, r.is),
                );
            }
        }
        for a in &s.args {
            if givers(a).is_empty() && !src.uses.contains(a) {
                p.add(Some(&s.id), format!("passes `{a}` to its message, but no earlier step asks it"));
            }
        }
    }
}

/// The most questions on any path from each step to an end; the graph is acyclic by now.
pub(crate) fn longest_paths(steps: &[Step], edges: &[Vec<StepIdx>]) -> Vec<u16> {
    fn visit(i: StepIdx, steps: &[Step], edges: &[Vec<StepIdx>], memo: &mut Vec<Option<u16>>) -> u16 {
        if let Some(v) = memo[i] {
            return v;
        }
        let own = u16::from(steps[i].kind.is_question());
        let rest = edges[i].iter().map(|&j| visit(j, steps, edges, memo)).max().unwrap_or(0);
        memo[i] = Some(own + rest);
        own + rest
    }
    let mut memo = vec![None; steps.len()];
    (0..steps.len()).map(|i| visit(i, steps, edges, &mut memo)).collect()
}

/// For each branch: the steps reachable from it that not every route from it passes.
pub(crate) fn branch_dependents(steps: &[Step], edges: &[Vec<StepIdx>]) -> Vec<(StepIdx, Vec<StepIdx>)> {
    let n = steps.len();
    // Post-dominators: the steps every path from a step to an end goes through.
    fn pd(i: StepIdx, edges: &[Vec<StepIdx>], memo: &mut Vec<Option<Vec<bool>>>) -> Vec<bool> {
        if let Some(v) = &memo[i] {
            return v.clone();
        }
        let mut common: Option<Vec<bool>> = None;
        for &j in &edges[i] {
            let sub = pd(j, edges, memo);
            common = Some(match common {
                None => sub,
                Some(c) => c.iter().zip(&sub).map(|(a, b)| *a && *b).collect(),
            });
        }
        let mut set = common.unwrap_or_else(|| vec![false; edges.len()]);
        set[i] = true;
        memo[i] = Some(set.clone());
        set
    }
    let mut memo = vec![None; n];
    let mut out = Vec::new();
    for (b, step) in steps.iter().enumerate() {
        if !matches!(step.kind, StepKind::Branch { .. }) {
            continue;
        }
        let always = pd(b, edges, &mut memo);
        let mut reached = vec![false; n];
        let mut stack = edges[b].clone();
        while let Some(i) = stack.pop() {
            if !std::mem::replace(&mut reached[i], true) {
                stack.extend(edges[i].iter().copied());
            }
        }
        out.push((b, (0..n).filter(|&i| reached[i] && !always[i]).collect()));
    }
    out
}

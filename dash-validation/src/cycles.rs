//! The cycle rule: callbacks must not trigger each other in a loop.
//!
//! A callback triggers another when it writes a property the other has as an input. State
//! never triggers, so it plays no part. A callback is never re-run by its own writes (Dash
//! ≥ 1.19), so a callback whose inputs include its outputs, such as one keeping a slider and a
//! text box in sync both ways, is fine on its own; a loop is an error once it passes through
//! two or more callbacks, including two callbacks that both read and write one property.
//!
//! The graph has a node per callback and per `id.property`, with an edge from each input to its
//! callback and from each callback to each of its outputs, so it stays linear in the size of
//! the app. Its strongly connected components holding two or more callbacks are exactly the
//! loops above; each is reported once, at its first callback, with one concrete loop.

use std::collections::{HashMap, VecDeque};

use crate::graph::Graph;
use crate::{App, Found, Place, Rule};

/// Reports each circular dependency once, at the first callback on it.
pub(crate) fn circular<S: Clone>(app: &App<S>, found: &mut Vec<Found<S>>) {
    let wiring = Wiring::new(app);
    let component = wiring.graph.components();
    let mut callbacks_in = vec![0usize; component.len()];
    for &c in &component[..wiring.callbacks()] {
        callbacks_in[c] += 1;
    }
    let mut search = Search::new(&wiring);
    let mut reported = vec![false; component.len()];
    for start in 0..wiring.callbacks() {
        let c = component[start];
        if callbacks_in[c] < 2 || reported[c] {
            continue;
        }
        reported[c] = true;
        let (closing, steps) = search.cycle(&wiring, &component, start);
        let mut message = format!("circular dependency: {}", wiring.name(closing));
        for (callback, written) in steps {
            let name = &app.callbacks[callback].name;
            message.push_str(&format!(" → {name} → {}", wiring.name(written)));
        }
        let place = Place::Callback {
            callback: start,
            slot: usize::MAX,
        };
        let site = app.callbacks[start].site.clone();
        found.push(Found::new(place, site, Rule::CircularDependency, message));
    }
}

/// The app's callbacks as a graph: nodes `0..callbacks` are the callbacks, the rest are
/// `id.property` nodes numbered by first appearance.
struct Wiring<'a> {
    names: Vec<(&'a str, &'a str)>,
    /// Per callback, the property nodes it reads as inputs and those it writes.
    inputs: Vec<Vec<usize>>,
    outputs: Vec<Vec<usize>>,
    /// Per node, the distinct callbacks it triggers, in order (none for callback nodes).
    readers: Vec<Vec<usize>>,
    graph: Graph,
}

impl<'a> Wiring<'a> {
    fn new<S>(app: &'a App<S>) -> Self {
        let callbacks = app.callbacks.len();
        let mut numbers: HashMap<(&'a str, &'a str), usize> = HashMap::new();
        let mut names = Vec::new();
        let mut number = |id: &'a str, property: &'a str| {
            *numbers.entry((id, property)).or_insert_with(|| {
                names.push((id, property));
                callbacks + names.len() - 1
            })
        };
        let mut inputs = Vec::with_capacity(callbacks);
        let mut outputs = Vec::with_capacity(callbacks);
        for callback in &app.callbacks {
            let read = callback.inputs.iter();
            inputs.push(read.map(|d| number(&d.id, d.base_property())).collect());
            let written = callback.outputs.iter().map(|output| &output.dependency);
            outputs.push(written.map(|d| number(&d.id, d.base_property())).collect());
        }
        let mut graph = Graph::new(callbacks + names.len());
        let mut readers = vec![Vec::new(); callbacks + names.len()];
        for (callback, (read, written)) in inputs.iter().zip(&outputs).enumerate() {
            for &node in read {
                graph.add_edge(node, callback);
                if readers[node].last() != Some(&callback) {
                    readers[node].push(callback);
                }
            }
            for &node in written {
                graph.add_edge(callback, node);
            }
        }
        Wiring {
            names,
            inputs,
            outputs,
            readers,
            graph,
        }
    }

    fn callbacks(&self) -> usize {
        self.inputs.len()
    }

    fn name(&self, node: usize) -> String {
        let (id, property) = self.names[node - self.callbacks()];
        format!("{id}.{property}")
    }
}

/// Breadth-first search for one loop through a callback, reusing its buffers between loops.
struct Search {
    /// Per callback, the callback and property it was first triggered through.
    came_from: Vec<Option<(usize, usize)>>,
    /// Per node, whether it is a property already followed to its readers.
    followed: Vec<bool>,
    /// Per node, whether it is an input of the callback the search started from.
    closes: Vec<bool>,
    touched: Vec<usize>,
    queue: VecDeque<usize>,
}

impl Search {
    fn new(wiring: &Wiring) -> Self {
        let nodes = wiring.callbacks() + wiring.names.len();
        Search {
            came_from: vec![None; wiring.callbacks()],
            followed: vec![false; nodes],
            closes: vec![false; nodes],
            touched: Vec::new(),
            queue: VecDeque::new(),
        }
    }

    /// A shortest loop from `start` back to it through other callbacks, inside `start`'s
    /// component, which must hold another callback. Returns the input of `start` closing the
    /// loop, and each callback along it (from `start`) with the property it writes next.
    fn cycle(
        &mut self,
        wiring: &Wiring,
        component: &[usize],
        start: usize,
    ) -> (usize, Vec<(usize, usize)>) {
        let inside = component[start];
        for &node in &wiring.inputs[start] {
            self.closes[node] = true;
        }
        self.came_from[start] = Some((start, usize::MAX));
        self.touched.push(start);
        self.queue.push_back(start);
        let mut last = None;
        'search: while let Some(callback) = self.queue.pop_front() {
            for &written in &wiring.outputs[callback] {
                if component[written] != inside {
                    continue;
                }
                // Checked before `followed`: `start`'s own write of an input does not close
                // the loop, but another callback's later write of the same property does.
                if callback != start && self.closes[written] {
                    last = Some((callback, written));
                    break 'search;
                }
                if std::mem::replace(&mut self.followed[written], true) {
                    continue;
                }
                self.touched.push(written);
                for &next in &wiring.readers[written] {
                    if next != callback
                        && component[next] == inside
                        && self.came_from[next].is_none()
                    {
                        self.came_from[next] = Some((callback, written));
                        self.touched.push(next);
                        self.queue.push_back(next);
                    }
                }
            }
        }
        let (mut callback, closing) = last.expect("a component with two callbacks has a loop");
        let mut steps = vec![(callback, closing)];
        while callback != start {
            let (previous, written) =
                self.came_from[callback].expect("reached callbacks have a way back");
            steps.push((previous, written));
            callback = previous;
        }
        steps.reverse();
        // Forget this search in time proportional to it, not to the whole app.
        for node in self.touched.drain(..) {
            if node < wiring.callbacks() {
                self.came_from[node] = None;
            }
            self.followed[node] = false;
        }
        for &node in &wiring.inputs[start] {
            self.closes[node] = false;
        }
        self.queue.clear();
        (closing, steps)
    }
}

#[cfg(test)]
mod tests;

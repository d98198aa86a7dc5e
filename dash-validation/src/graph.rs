//! Strongly connected components of a directed graph, found without recursion.

/// A directed graph over nodes `0..n`.
pub(crate) struct Graph {
    /// Per node, the targets of its outgoing edges.
    edges: Vec<Vec<usize>>,
}

const UNVISITED: usize = usize::MAX;

impl Graph {
    pub(crate) fn new(nodes: usize) -> Self {
        Graph {
            edges: vec![Vec::new(); nodes],
        }
    }

    pub(crate) fn add_edge(&mut self, from: usize, to: usize) {
        self.edges[from].push(to);
    }

    /// Tarjan's algorithm with an explicit stack, so a chain of any length cannot overflow the
    /// thread's stack. Returns each node's component number; components are numbered in the
    /// order Tarjan completes them, which puts every component after those it reaches.
    pub(crate) fn components(&self) -> Vec<usize> {
        let n = self.edges.len();
        let mut state = Tarjan {
            index: vec![UNVISITED; n],
            low: vec![0; n],
            on_stack: vec![false; n],
            component: vec![UNVISITED; n],
            stack: Vec::new(),
            path: Vec::new(),
            next_index: 0,
            next_component: 0,
        };
        for root in 0..n {
            if state.index[root] != UNVISITED {
                continue;
            }
            state.enter(root);
            while let Some(&mut (node, ref mut edge)) = state.path.last_mut() {
                if let Some(&target) = self.edges[node].get(*edge) {
                    *edge += 1;
                    if state.index[target] == UNVISITED {
                        state.enter(target);
                    } else if state.on_stack[target] {
                        state.low[node] = state.low[node].min(state.index[target]);
                    }
                } else {
                    state.leave(node);
                }
            }
        }
        state.component
    }
}

/// The bookkeeping of one run of Tarjan's algorithm.
struct Tarjan {
    /// The order in which nodes were entered; `UNVISITED` until then.
    index: Vec<usize>,
    /// The smallest index reachable from the node's DFS subtree through the stack.
    low: Vec<usize>,
    on_stack: Vec<bool>,
    component: Vec<usize>,
    /// Entered nodes whose component is not complete yet.
    stack: Vec<usize>,
    /// The DFS path standing in for the call stack: each node with its next edge to follow.
    path: Vec<(usize, usize)>,
    next_index: usize,
    next_component: usize,
}

impl Tarjan {
    fn enter(&mut self, node: usize) {
        self.index[node] = self.next_index;
        self.low[node] = self.next_index;
        self.next_index += 1;
        self.stack.push(node);
        self.on_stack[node] = true;
        self.path.push((node, 0));
    }

    /// Finishes `node`, the top of the path, once all its edges have been followed.
    fn leave(&mut self, node: usize) {
        self.path.pop();
        if let Some(&(parent, _)) = self.path.last() {
            self.low[parent] = self.low[parent].min(self.low[node]);
        }
        if self.low[node] == self.index[node] {
            while let Some(member) = self.stack.pop() {
                self.on_stack[member] = false;
                self.component[member] = self.next_component;
                if member == node {
                    break;
                }
            }
            self.next_component += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Graph;

    fn graph(n: usize, edges: &[(usize, usize)]) -> Graph {
        let mut graph = Graph::new(n);
        for &(from, to) in edges {
            graph.add_edge(from, to);
        }
        graph
    }

    /// The components as sorted lists of nodes, sorted by their smallest node.
    fn groups(graph: &Graph) -> Vec<Vec<usize>> {
        let component = graph.components();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for c in 0..=component.iter().copied().max().unwrap_or(0) {
            let members: Vec<usize> = (0..component.len())
                .filter(|&n| component[n] == c)
                .collect();
            if !members.is_empty() {
                groups.push(members);
            }
        }
        groups.sort();
        groups
    }

    #[test]
    fn chains_and_diamonds_are_all_singletons() {
        let diamond = graph(4, &[(0, 1), (0, 2), (1, 3), (2, 3)]);
        assert_eq!(groups(&diamond), [[0], [1], [2], [3]]);
        let chain = graph(3, &[(0, 1), (1, 2)]);
        assert_eq!(groups(&chain), [[0], [1], [2]]);
    }

    #[test]
    fn finds_cycles_and_keeps_them_apart() {
        let g = graph(
            7,
            &[
                (0, 1),
                (1, 0),
                (1, 2),
                (2, 3),
                (3, 4),
                (4, 2),
                (5, 6),
                (4, 5),
            ],
        );
        assert_eq!(
            groups(&g),
            vec![vec![0, 1], vec![2, 3, 4], vec![5], vec![6]]
        );
    }

    #[test]
    fn nested_loops_form_one_component() {
        let g = graph(4, &[(0, 1), (1, 2), (2, 0), (2, 3), (3, 1)]);
        assert_eq!(groups(&g), [[0, 1, 2, 3]]);
    }

    #[test]
    fn a_very_long_cycle_does_not_overflow_the_stack() {
        let n = 500_000;
        let edges: Vec<(usize, usize)> = (0..n).map(|i| (i, (i + 1) % n)).collect();
        let component = graph(n, &edges).components();
        assert!(component.iter().all(|&c| c == component[0]));
    }

    #[test]
    fn components_complete_sinks_first() {
        // Tarjan completes a component only after everything it reaches.
        let component = graph(3, &[(0, 1), (1, 2)]).components();
        assert!(component[2] < component[1] && component[1] < component[0]);
    }
}

//! "Did you mean" suggestions, shared by every message that names a misspelt word.

/// The candidate closest to `wanted`, if one is close enough to be a likely misspelling.
///
/// A candidate equal to `wanted` ignoring case wins; otherwise the candidate at the smallest
/// edit distance (insertions, deletions, substitutions and swaps of adjacent characters) wins,
/// provided that distance is at most a third of `wanted`'s length (at least 1), as rustc
/// judges. Ties go to the earlier candidate.
///
/// ```
/// use dash_validation::suggest::closest;
///
/// let props = ["value", "options", "multi"];
/// assert_eq!(closest("valeu", props), Some("value"));
/// assert_eq!(closest("figure", props), None);
/// ```
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_chars: Vec<char> = wanted.chars().collect();
    let limit = (wanted_chars.len() / 3).max(1);
    let folded = wanted.to_lowercase();
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        if candidate.to_lowercase() == folded {
            return Some(candidate);
        }
        // Only strictly better candidates count, so ties keep the earlier one. (An equal
        // candidate returned above, so a distance found here is at least 1.)
        let bound = best.map_or(limit, |(distance, _)| distance - 1);
        let candidate_chars: Vec<char> = candidate.chars().collect();
        if let Some(distance) = distance_within(&wanted_chars, &candidate_chars, bound) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `bound`.
///
/// Gives up as soon as the distance must exceed `bound`, so scanning thousands of ids for a
/// suggestion stays cheap.
fn distance_within(a: &[char], b: &[char], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    // Three rows of the classic table: the swap of adjacent characters looks two rows back.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current: Vec<usize> = vec![0; b.len() + 1];
    let mut previous_min = 0;
    for i in 1..=a.len() {
        current[0] = i;
        let mut current_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut cell = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cell = cell.min(before[j - 2] + 1);
            }
            current[j] = cell;
            current_min = current_min.min(cell);
        }
        // Every later cell builds on one of the last two rows (the swap adds 1 to the older).
        if current_min > bound && previous_min >= bound {
            return None;
        }
        previous_min = current_min;
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= bound).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        distance_within(&a, &b, usize::MAX / 2)
    }

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), Some(0));
        assert_eq!(distance("abc", ""), Some(3));
        assert_eq!(distance("", "abc"), Some(3));
        assert_eq!(distance("value", "value"), Some(0));
        assert_eq!(distance("valeu", "value"), Some(1));
        assert_eq!(distance("kitten", "sitting"), Some(3));
        assert_eq!(distance("yeer-dropdown", "year-dropdown"), Some(1));
        assert_eq!(distance("ca", "abc"), Some(3));
        assert_eq!(distance("größe", "grösse"), Some(2));
    }

    #[test]
    fn bounded_distance_gives_up_early_but_never_wrongly() {
        let words = [
            "", "a", "ab", "ba", "abc", "acb", "kitten", "sitting", "value", "valeu",
        ];
        for a in words {
            for b in words {
                let exact = distance(a, b).unwrap();
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                for bound in 0..8 {
                    let expected = (exact <= bound).then_some(exact);
                    assert_eq!(
                        distance_within(&ac, &bc, bound),
                        expected,
                        "{a} {b} {bound}"
                    );
                }
            }
        }
    }

    #[test]
    fn suggests_the_closest_candidate() {
        let ids = ["year-dropdown", "scatter-graph", "year-slider"];
        assert_eq!(closest("yeer-dropdown", ids), Some("year-dropdown"));
        assert_eq!(closest("scater-graph", ids), Some("scatter-graph"));
        assert_eq!(closest("year-slidr", ids), Some("year-slider"));
    }

    #[test]
    fn nothing_when_nothing_is_close() {
        assert_eq!(closest("population", ["year-dropdown", "graph"]), None);
        assert_eq!(closest("ab", ["xy"]), None);
        assert_eq!(closest("x", Vec::<&str>::new()), None);
    }

    #[test]
    fn threshold_is_a_third_of_the_length_but_at_least_one() {
        assert_eq!(closest("ab", ["ax"]), Some("ax"));
        assert_eq!(closest("abcdef", ["abcxyf"]), Some("abcxyf"));
        assert_eq!(closest("abcdef", ["axyzef"]), None);
    }

    #[test]
    fn case_only_differences_win_even_when_far() {
        assert_eq!(
            closest("N_CLICKS", ["n_click", "n_clicks"]),
            Some("n_clicks")
        );
        assert_eq!(closest("classname", ["className"]), Some("className"));
    }

    #[test]
    fn ties_go_to_the_earlier_candidate() {
        assert_eq!(closest("cat", ["bat", "cut", "car"]), Some("bat"));
        assert_eq!(closest("cat", ["cot", "cat"]), Some("cat"));
    }
}

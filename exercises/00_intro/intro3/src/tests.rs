// Tests for intro3. The grader checks that this file is unchanged.
use super::*;

#[test]
fn prints_the_name_then_the_list_of_scores() {
    assert_eq!(scores_line("Ann", &[7, 9, 10]), "Ann scored [7, 9, 10]");
    assert_eq!(scores_line("Rob", &[3]), "Rob scored [3]");
    // An empty list still prints its brackets, like Go's `%v` prints `[]`.
    assert_eq!(scores_line("Ken", &[]), "Ken scored []");
}

#[test]
fn prints_a_pair_in_parentheses() {
    assert_eq!(range_line(1, 9), "min and max: (1, 9)");
    assert_eq!(range_line(-4, 0), "min and max: (-4, 0)");
    assert_eq!(range_line(5, 5), "min and max: (5, 5)");
}

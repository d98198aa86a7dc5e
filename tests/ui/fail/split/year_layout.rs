use dash::prelude::*;

pub fn page() -> Component {
    layout! { <div><Dropdown id="year-dropdown" /><Graph id="scatter" /></div> }
}

use dash::prelude::*;

fn page() -> Component {
    layout! {
        <div>
            <Dropdown id="years" options={vec![2002, 2007]} value={vec![2007]} multi />
            <div id="shown" />
        </div>
    }
}

#[callback(output = "shown.children", input = "years.value")]
fn show(year: Option<i64>) -> String {
    format!("{year:?}")
}

fn main() {
    let _ = Dash::new().layout(page()).callback::<show>();
}

//! dbc components by their module's path, checked against dbc's catalog: their own snake_case
//! props, the deprecated camelCase aliases (real props too) and a callback on dbc props.
use dash::dbc;
use dash::prelude::*;

#[callback(output = "more.is_open", input = "open.n_clicks", state = "more.is_open")]
fn toggle(clicks: Option<i64>, open: Option<bool>) -> bool {
    clicks.is_some_and(|n| n > 0) != open.unwrap_or(false)
}

fn main() {
    let page = layout! {
        <dbc::Container fluid className="py-3">
            <dbc::Card color="primary" outline>
                <dbc::CardBody class_name="kpi">"Revenue"</dbc::CardBody>
            </dbc::Card>
            <dbc::Button id="open" n_clicks={0}>"Open"</dbc::Button>
            <dbc::Collapse id="more" is_open={false}>
                <dbc::Progress value={40} striped label="40%" />
            </dbc::Collapse>
            <dbc::Tooltip target="open" placement={dbc::Placement::Top}>"Shows more"</dbc::Tooltip>
        </dbc::Container>
    };
    Dash::new()
        .layout(page)
        .callback::<toggle>()
        .build()
        .expect("a valid app");
}

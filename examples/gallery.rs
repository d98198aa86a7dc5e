//! A gallery: one of every dcc component of Dash 4.4.1, a DataTable, and the Bootstrap pieces,
//! on one page styled by FLATLY, all served from the binary. A button opens a Modal; the
//! DataTable sorts, filters and pages in the browser. Run it with `cargo run --example gallery`.

use dash::dbc;
use dash::prelude::*;
use plotly::{Bar, Plot};
use serde_json::json;

/// A titled card around one or more components.
fn section(title: &str, body: Component) -> Component {
    dbc::Col::new()
        .md(6)
        .lg(4)
        .child(
            dbc::Card::new()
                .class_name("h-100")
                .child(dbc::CardHeader::new().child(title.to_owned()))
                .child(dbc::CardBody::new().child(body)),
        )
        .into_component()
}

fn figure() -> Plot {
    let mut plot = Plot::new();
    plot.add_trace(Bar::new(
        vec!["North", "South", "East", "West"],
        vec![24, 19, 31, 12],
    ));
    plot
}

/// One row of the gallery's table.
#[derive(serde::Serialize)]
struct City {
    city: String,
    sales: u32,
}

/// A DataTable of twelve cities, sortable, filterable and paged by the browser.
fn table() -> Component {
    use dash_table::{Action, Column, ColumnType, FilterAction};
    let rows: Vec<City> = (0..12)
        .map(|i| City {
            city: format!("City {i:02}"),
            sales: (i * 7) % 12,
        })
        .collect();
    let columns = vec![
        Column::new("city", "City"),
        Column::new("sales", "Sales").type_(ColumnType::Numeric),
    ];
    layout! {
        <DataTable id="gallery-table" columns={columns} data={rows} sort_action={Action::Native}
            filter_action={FilterAction::Native} page_action={Action::Native} page_size={5}
            style_cell={json!({"textAlign": "left"})} />
    }
}

/// The dcc components, one each.
fn dcc_sections() -> Vec<Component> {
    let options = vec!["Red", "Green", "Blue"];
    vec![
        section(
            "Graph",
            layout! { <Graph id="graph" figure={figure()} style="height: 240px" /> },
        ),
        section(
            "Dropdown",
            layout! { <Dropdown id="dropdown" options={options.clone()} value="Red" /> },
        ),
        section(
            "Checklist",
            layout! { <Checklist id="checklist" options={options.clone()} value={vec!["Green"]} inline /> },
        ),
        section(
            "RadioItems",
            layout! { <RadioItems id="radios" options={options.clone()} value="Blue" /> },
        ),
        section(
            "Slider",
            layout! { <Slider id="slider" min={0} max={10} step={1} value={4} /> },
        ),
        section(
            "RangeSlider",
            layout! { <RangeSlider id="range" min={0} max={100} value={vec![20, 80]} /> },
        ),
        section(
            "DatePickerSingle",
            layout! { <DatePickerSingle id="date" date="2024-06-01" /> },
        ),
        section(
            "DatePickerRange",
            layout! {
                <DatePickerRange id="dates" start_date="2024-06-01" end_date="2024-06-30" />
            },
        ),
        section(
            "Input",
            layout! { <Input id="input" placeholder="Type here" debounce /> },
        ),
        section(
            "Textarea",
            layout! { <Textarea id="textarea" value="Several\nlines" /> },
        ),
        section(
            "Button",
            layout! { <Button id="dcc-button">"dcc.Button"</Button> },
        ),
        section(
            "Tabs",
            layout! {
                <Tabs id="tabs" value="one">
                    <Tab label="One" value="one">"First tab"</Tab>
                    <Tab label="Two" value="two">"Second tab"</Tab>
                </Tabs>
            },
        ),
        section(
            "Loading",
            layout! { <Loading id="loading"><div id="loaded">"Loaded"</div></Loading> },
        ),
        section(
            "Link and Location",
            layout! {
                <div><Location id="gallery-url" /><Link id="link" href="/gallery">"A link to this page"</Link></div>
            },
        ),
        section(
            "Markdown",
            layout! { <Markdown id="markdown">"**Bold** and `code`"</Markdown> },
        ),
        section(
            "Upload",
            layout! {
                <Upload id="gallery-upload" style="border: 1px dashed #999; padding: 12px; text-align: center">
                    "Drop a file here"
                </Upload>
            },
        ),
        section(
            "Download, Store, Interval",
            layout! {
                <div>
                    <Download id="gallery-download" />
                    <Store id="gallery-store" data={json!({"kept": true})} />
                    <Interval id="gallery-interval" interval={60000} max_intervals={0} />
                    "(nothing to see)"
                </div>
            },
        ),
        section(
            "Clipboard",
            layout! {
                <div><span id="to-copy">"Copy me"</span><Clipboard id="clipboard" target_id="to-copy" /></div>
            },
        ),
        section(
            "ConfirmDialog",
            layout! {
                <div>
                    <ConfirmDialog id="confirm" message="Sure?" />
                    <ConfirmDialogProvider id="confirm-provider" message="Really?">
                        <button id="confirm-button">"Ask first"</button>
                    </ConfirmDialogProvider>
                </div>
            },
        ),
        section("Geolocation", layout! { <Geolocation id="geolocation" /> }),
        section(
            "Tooltip",
            layout! { <Tooltip id="dcc-tooltip" show={false}>"A tooltip"</Tooltip> },
        ),
    ]
}

/// The Bootstrap pieces.
fn bootstrap_sections() -> Vec<Component> {
    Vec::from([
        section(
            "Alert and Badge",
            layout! {
                <div>
                    {dbc::Alert::new().color("success").child("Saved")}
                    {dbc::Badge::new().color("info").pill(true).child("New")}
                </div>
            },
        ),
        section(
            "Nav",
            layout! {
                <dbc::Nav pills>
                    <dbc::NavItem><dbc::NavLink href="/gallery" active>"Active"</dbc::NavLink></dbc::NavItem>
                    <dbc::NavItem><dbc::NavLink href="/other">"Other"</dbc::NavLink></dbc::NavItem>
                </dbc::Nav>
            },
        ),
        section("Tabs", {
            dbc::Tabs::new()
                .id("dbc-tabs")
                .active_tab("a")
                .child(dbc::Tab::new().label("A").tab_id("a").child("Tab A"))
                .child(dbc::Tab::new().label("B").tab_id("b").child("Tab B"))
                .into_component()
        }),
        section(
            "Form",
            layout! {
                <dbc::Form>
                    <dbc::Label html_for="name">"Name"</dbc::Label>
                    {dbc::Input::new().id("name").placeholder("Ada")}
                    <dbc::Label html_for="region">"Region"</dbc::Label>
                    <dbc::Select id="region" options={json!([{"label": "North", "value": "N"}, {"label": "South", "value": "S"}])} value="N" />
                </dbc::Form>
            },
        ),
        section(
            "Collapse and Spinner",
            layout! {
                <dbc::Collapse id="collapse" is_open>
                    <dbc::Spinner color="primary" />
                </dbc::Collapse>
            },
        ),
        section(
            "Modal and Tooltip",
            layout! {
                <div>
                    <dbc::Button id="open-modal" n_clicks={0}>"Open the modal"</dbc::Button>
                    {dbc::Tooltip::new().target("open-modal").child("Opens a dialog")}
                    <dbc::Modal id="modal" is_open={false}>
                        <dbc::ModalHeader><dbc::ModalTitle>"A modal"</dbc::ModalTitle></dbc::ModalHeader>
                        <dbc::ModalBody id="modal-body">"Opened by a callback"</dbc::ModalBody>
                        <dbc::ModalFooter>"Footer"</dbc::ModalFooter>
                    </dbc::Modal>
                </div>
            },
        ),
    ])
}

/// Opens the modal on every odd click.
#[callback(
    output = "modal.is_open",
    input = "open-modal.n_clicks",
    prevent_initial_call = true
)]
pub fn toggle_modal(clicks: Option<u64>) -> bool {
    clicks.unwrap_or(0) % 2 == 1
}

/// The page.
pub fn layout() -> Component {
    layout! {
        <div>
            <dbc::Navbar color="primary" dark>
                <dbc::Container><dbc::NavbarBrand href="/">"Component gallery"</dbc::NavbarBrand></dbc::Container>
            </dbc::Navbar>
            <dbc::Container className="py-3">
                <h2>"dcc"</h2>
                <dbc::Row className="g-3 mb-4">{dcc_sections()}</dbc::Row>
                <h2>"dash_table"</h2>
                <div className="mb-4">{table()}</div>
                <h2>"dash-bootstrap-components"</h2>
                <dbc::Row className="g-3">{bootstrap_sections()}</dbc::Row>
            </dbc::Container>
        </div>
    }
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("Component gallery")
        .external_stylesheet(dbc::themes::FLATLY)
        .layout(layout())
        .callback::<toggle_modal>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}

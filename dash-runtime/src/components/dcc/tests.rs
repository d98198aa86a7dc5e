//! dcc builders against the JSON Python Dash 4.4.1 sends for the same components.

use super::*;
use crate::component::{Builder, IntoComponent};
use crate::html;
use serde_json::{json, Value};

/// The component as Dash sends it. The expected values below are what Python Dash 4.4.1
/// produces for the same component (`json.dumps(component, cls=PlotlyJSONEncoder)`),
/// except that Python also sends `"children": null` for components built without
/// children.
fn wire(component: impl IntoComponent) -> Value {
    component.into_component().to_value()
}

#[test]
fn json_objects_compare_regardless_of_key_order() {
    // serde_json is built with `preserve_order`; its Map equality must still ignore order
    // for the comparisons below to be meaningful.
    assert_eq!(
        json!({"a": 1, "b": {"c": 2, "d": 3}}),
        json!({"b": {"d": 3, "c": 2}, "a": 1})
    );
    assert_ne!(json!({"a": 1}), json!({"a": 1.0}));
}

#[test]
fn dropdown_with_plain_options_matches_python() {
    // dcc.Dropdown(id="year-dropdown", options=[1952, 2007], value=2007)
    let dropdown = Dropdown::new()
        .id("year-dropdown")
        .options(vec![1952, 2007])
        .value(2007);
    assert_eq!(
        wire(dropdown),
        json!({
            "props": {"options": [1952, 2007], "value": 2007, "id": "year-dropdown"},
            "type": "Dropdown",
            "namespace": "dash_core_components"
        })
    );
}

#[test]
fn dropdown_with_labelled_options_matches_python() {
    // dcc.Dropdown(id="cities", options=[{"label": "New York", "value": "NYC"},
    //     {"label": "Montréal", "value": "MTL", "disabled": True}], value=["NYC", "MTL"],
    //     multi=True, placeholder="Pick", persistence=True, persistence_type="session")
    let dropdown = Dropdown::new()
        .id("cities")
        .options(vec![
            SelectOption::new("New York", "NYC"),
            SelectOption::new("Montréal", "MTL").disabled(true),
        ])
        .value(vec!["NYC", "MTL"])
        .multi(true)
        .placeholder("Pick")
        .persistence(true)
        .persistence_type(PersistenceType::Session);
    assert_eq!(
        wire(dropdown)["props"],
        json!({
            "options": [
                {"label": "New York", "value": "NYC"},
                {"label": "Montréal", "value": "MTL", "disabled": true}
            ],
            "value": ["NYC", "MTL"], "multi": true, "placeholder": "Pick",
            "persistence": true, "persistence_type": "session", "id": "cities"
        })
    );
}

#[test]
fn options_accept_every_form() {
    let pairs = Options::from(vec![("New York", "NYC"), ("Paris", "PAR")]);
    assert_eq!(
        serde_json::to_value(pairs).unwrap(),
        json!([{"label": "New York", "value": "NYC"}, {"label": "Paris", "value": "PAR"}])
    );
    let numbered = Options::from([("One", 1), ("Two", 2)]);
    assert_eq!(
        serde_json::to_value(numbered).unwrap(),
        json!([{"label": "One", "value": 1}, {"label": "Two", "value": 2}])
    );
    let strings: Options = vec![String::from("a"), String::from("b")].into();
    assert_eq!(serde_json::to_value(strings).unwrap(), json!(["a", "b"]));
    let floats = Options::from(vec![0.5, 1.0]);
    assert_eq!(serde_json::to_value(floats).unwrap(), json!([0.5, 1.0]));
    let mixed = Options::from(vec![
        OptionEntry::from("plain"),
        OptionEntry::from(SelectOption::new(html::B::new().child("bold"), 3).search("three")),
    ]);
    assert_eq!(
        serde_json::to_value(mixed).unwrap(),
        json!([
            "plain",
            {
                "label": {"props": {"children": "bold"}, "type": "B",
                          "namespace": "dash_html_components"},
                "value": 3,
                "search": "three"
            }
        ])
    );
    let dict = Options::dict([("a", "A"), ("b", "B")]);
    assert_eq!(
        serde_json::to_value(dict).unwrap(),
        json!({"a": "A", "b": "B"})
    );
    let collected: Options = (1..=3).collect();
    assert_eq!(serde_json::to_value(collected).unwrap(), json!([1, 2, 3]));
}

#[test]
fn dropdown_value_can_be_cleared() {
    let dropdown = Dropdown::new().value(None::<&str>);
    assert_eq!(wire(dropdown)["props"], json!({"value": null}));
    let dropdown = Dropdown::new().value(Some(true));
    assert_eq!(wire(dropdown)["props"], json!({"value": true}));
}

#[test]
fn checklist_and_radio_items_match_python() {
    // dcc.Checklist(["a", "b"], ["a"], id="c", inline=True)
    let checklist = Checklist::new()
        .options(["a", "b"])
        .value(["a"])
        .id("c")
        .inline(true);
    assert_eq!(
        wire(checklist)["props"],
        json!({"options": ["a", "b"], "value": ["a"], "inline": true, "id": "c"})
    );
    // dcc.RadioItems(options={"a": "A", "b": "B"}, value="a")
    let radio = RadioItems::new()
        .options(Options::dict([("a", "A"), ("b", "B")]))
        .value("a");
    assert_eq!(
        wire(radio),
        json!({
            "props": {"options": {"a": "A", "b": "B"}, "value": "a"},
            "type": "RadioItems",
            "namespace": "dash_core_components"
        })
    );
}

#[test]
fn slider_marks_and_null_step_match_python() {
    // dcc.Slider(0, 10, step=None, marks={0: "0", 5.5: "x",
    //     10: {"label": "ten", "style": {"color": "red"}}}, value=2.0)
    let slider = Slider::new()
        .min(0)
        .max(10)
        .step(Step::MarksOnly)
        .marks(
            Marks::new()
                .mark(0, "0")
                .mark(5.5, "x")
                .mark(10, Mark::new("ten").style("color: red")),
        )
        .value(2.0);
    assert_eq!(
        wire(slider)["props"],
        json!({
            "min": 0, "max": 10, "step": null,
            "marks": {"0": "0", "5.5": "x", "10": {"label": "ten", "style": {"color": "red"}}},
            "value": 2.0
        })
    );
    let hidden = Slider::new().marks(Marks::none());
    assert_eq!(wire(hidden)["props"], json!({"marks": null}));
    let from_pairs = Marks::from(vec![(1952, "1952"), (2007, "2007")]);
    assert_eq!(
        serde_json::to_value(from_pairs).unwrap(),
        json!({"1952": "1952", "2007": "2007"})
    );
}

#[test]
fn range_slider_matches_python() {
    // dcc.RangeSlider(0, 20, 1, value=[5, 15], id="r", pushable=2,
    //     tooltip={"placement": "bottom", "always_visible": True}, updatemode="drag")
    let slider = RangeSlider::new()
        .min(0)
        .max(20)
        .step(1)
        .value(vec![5, 15])
        .id("r")
        .pushable(2)
        .tooltip(
            SliderTooltip::new()
                .placement(TooltipPlacement::Bottom)
                .always_visible(true),
        )
        .updatemode(SliderUpdateMode::Drag);
    assert_eq!(
        wire(slider)["props"],
        json!({
            "min": 0, "max": 20, "step": 1, "value": [5, 15], "pushable": 2,
            "tooltip": {"placement": "bottom", "always_visible": true},
            "updatemode": "drag", "id": "r"
        })
    );
}

#[test]
fn a_graph_figure_from_a_plot_has_no_config() {
    let mut plot = plotly::Plot::new();
    plot.add_trace(plotly::Scatter::new(vec![1, 2], vec![3, 4]));
    let value = figure_value(&plot);
    let figure = value.as_object().expect("an object");
    assert!(!figure.contains_key("config"));
    assert!(
        !figure.contains_key("frames"),
        "no frames: no key, as in Python"
    );
    assert_eq!(figure["data"][0]["type"], "scatter");
    assert_eq!(figure["data"][0]["x"], json!([1, 2]));
    assert!(figure["layout"].is_object());

    let graph = Graph::new().id("g").figure(plot.clone());
    assert_eq!(wire(graph)["props"]["figure"], value);
    let by_reference = Graph::new().figure(&plot);
    assert_eq!(wire(by_reference)["props"]["figure"], value);

    let mut animated = plot;
    animated.add_frame(plotly::layout::Frame::new().name("f0"));
    let frames = &figure_value(&animated)["frames"];
    assert_eq!(frames[0]["name"], "f0");
    assert!(figure_value(&animated).get("config").is_none());
}

#[test]
fn a_graph_figure_can_be_json() {
    let figure = json!({"data": [{"type": "bar", "y": [1, 2]}], "layout": {"title": "t"}});
    let graph = Graph::new()
        .figure(figure.clone())
        .config(GraphConfig::new().display_mode_bar(false))
        .responsive(true);
    let props = wire(graph)["props"].clone();
    assert_eq!(props["figure"], figure);
    assert_eq!(props["config"], json!({"displayModeBar": false}));
    assert_eq!(props["responsive"], true);
    let auto = Graph::new().responsive(Responsive::Auto);
    assert_eq!(wire(auto)["props"]["responsive"], "auto");
}

#[test]
fn tabs_with_tab_children_match_python() {
    // dcc.Tabs(id="tabs", value="t1", children=[dcc.Tab(label="One", value="t1"),
    //     dcc.Tab(label="Two", value="t2", disabled=True)])
    let tabs = Tabs::new()
        .id("tabs")
        .value("t1")
        .child(Tab::new().label("One").value("t1"))
        .child(Tab::new().label("Two").value("t2").disabled(true));
    assert_eq!(
        wire(tabs),
        json!({
            "props": {
                "children": [
                    {"props": {"children": null, "label": "One", "value": "t1"}, "type": "Tab",
                     "namespace": "dash_core_components"},
                    {"props": {"children": null, "disabled": true, "label": "Two", "value": "t2"},
                     "type": "Tab",
                     "namespace": "dash_core_components"}
                ],
                "id": "tabs",
                "value": "t1"
            },
            "type": "Tabs",
            "namespace": "dash_core_components"
        })
    );
    // dcc.Tab(label=html.B("x"))
    let tab = Tab::new().label(html::B::new().child("x"));
    assert_eq!(
        wire(tab)["props"]["label"],
        json!({"props": {"children": "x"}, "type": "B", "namespace": "dash_html_components"})
    );
}

#[test]
fn enum_props_serialise_to_the_exact_wire_strings() {
    // dcc.Input(id="i", type="number", debounce=True, inputMode="latin-name", min=0,
    //     step="any")
    let input = Input::new()
        .id("i")
        .type_(InputType::Number)
        .debounce(true)
        .input_mode(InputMode::LatinName)
        .min(0)
        .step("any");
    assert_eq!(
        wire(input)["props"],
        json!({
            "type": "number", "debounce": true, "inputMode": "latin-name", "min": 0,
            "step": "any", "id": "i"
        })
    );
    // dcc.DatePickerSingle(id="d", date="2024-05-01", first_day_of_week=1,
    //     calendar_orientation="vertical", is_RTL=False)
    let picker = DatePickerSingle::new()
        .id("d")
        .date("2024-05-01")
        .first_day_of_week(DayOfWeek::Monday)
        .calendar_orientation(CalendarOrientation::Vertical)
        .is_rtl(false);
    assert_eq!(
        wire(picker)["props"],
        json!({
            "date": "2024-05-01", "first_day_of_week": 1,
            "calendar_orientation": "vertical", "is_RTL": false, "id": "d"
        })
    );
    // dcc.Location(id="url", refresh="callback-nav")
    let location = Location::new()
        .id("url")
        .refresh(LocationRefresh::CallbackNav);
    assert_eq!(
        wire(location)["props"],
        json!({"id": "url", "refresh": "callback-nav"})
    );
    assert_eq!(
        wire(Location::new().refresh(false))["props"],
        json!({"refresh": false})
    );
    // dcc.Store(id="s", storage_type="local", data={"k": [1, 2]})
    let store = Store::new()
        .id("s")
        .storage_type(StorageType::Local)
        .data(json!({"k": [1, 2]}));
    assert_eq!(
        wire(store)["props"],
        json!({"id": "s", "data": {"k": [1, 2]}, "storage_type": "local"})
    );
    // dcc.Markdown("# Hi", highlight_config={"theme": "dark"})
    let markdown = Markdown::new()
        .child("# Hi")
        .highlight_config(HighlightTheme::Dark);
    assert_eq!(
        wire(markdown)["props"],
        json!({"children": "# Hi", "highlight_config": {"theme": "dark"}})
    );
    let loading = Loading::new()
        .type_(LoadingType::Circle)
        .display(LoadingDisplay::Show);
    assert_eq!(
        wire(loading)["props"],
        json!({"children": null, "type": "circle", "display": "show"})
    );
    let range = DatePickerRange::new()
        .updatemode(DateUpdateMode::Bothdates)
        .persisted_props([PersistedProp::StartDate, PersistedProp::EndDate]);
    assert_eq!(
        wire(range)["props"],
        json!({"updatemode": "bothdates", "persisted_props": ["start_date", "end_date"]})
    );
    assert_eq!(
        serde_json::to_value(SearchOrder::Original).unwrap(),
        json!("original")
    );
    assert_eq!(
        serde_json::from_value::<SearchOrder>(json!("index")).unwrap(),
        SearchOrder::Index
    );
    assert_eq!(InputMode::FullWidthLatin.to_string(), "full-width-latin");
    assert_eq!(TooltipPlacement::ALL.len(), 8);
}

#[test]
fn interval_and_buttons_match_python() {
    // dcc.Interval(id="tick", interval=500, n_intervals=0, max_intervals=-1)
    let interval = Interval::new()
        .id("tick")
        .interval(500)
        .n_intervals(0)
        .max_intervals(-1);
    assert_eq!(
        wire(interval)["props"],
        json!({"id": "tick", "interval": 500, "max_intervals": -1, "n_intervals": 0})
    );
    let button = Button::new()
        .child("Go")
        .n_clicks(0_u32)
        .type_(ButtonType::Submit);
    assert_eq!(
        wire(button),
        json!({
            "props": {"children": "Go", "n_clicks": 0, "type": "submit"},
            "type": "Button",
            "namespace": "dash_core_components"
        })
    );
}

#[test]
fn small_object_props() {
    let download = Download::new().data(DownloadData::new("a.csv", "x,y").base64(false));
    assert_eq!(
        wire(download)["props"]["data"],
        json!({"filename": "a.csv", "content": "x,y", "base64": false})
    );
    let tooltip = Tooltip::new()
        .bbox(BBox::new(0, 0, 10.5, 20))
        .direction(TooltipDirection::Bottom);
    assert_eq!(
        wire(tooltip)["props"],
        json!({"children": null, "bbox": {"x0": 0, "y0": 0, "x1": 10.5, "y1": 20},
               "direction": "bottom"})
    );
    let tabs = Tabs::new().colors(TabColors::new("#ccc", "navy", "white"));
    assert_eq!(
        wire(tabs)["props"]["colors"],
        json!({"border": "#ccc", "primary": "navy", "background": "white"})
    );
    let dropdown = Dropdown::new().labels(DropdownLabels::new().select_all("Tout"));
    assert_eq!(
        wire(dropdown)["props"]["labels"],
        json!({"select_all": "Tout"})
    );
    let Value::Object(pattern) = json!({"type": "cell", "index": 2}) else {
        unreachable!()
    };
    let clipboard = Clipboard::new().target_id(pattern);
    assert_eq!(
        wire(clipboard)["props"]["target_id"],
        json!({"type": "cell", "index": 2})
    );
    let spinner = Loading::new().custom_spinner(html::Span::new().child("…"));
    assert_eq!(wire(spinner)["props"]["custom_spinner"]["type"], "Span");
}

#[test]
fn numbers_serialise_like_python() {
    let json = |n: Number| serde_json::to_string(&n).unwrap();
    assert_eq!(json(2007.into()), "2007");
    assert_eq!(json(2.0.into()), "2.0");
    assert_eq!(json(0.1_f32.into()), "0.1");
    assert_eq!(json((-1_i8).into()), "-1");
    assert_eq!(json(u64::MAX.into()), "18446744073709551615");
    assert_eq!(json(7_usize.into()), "7");
    assert_eq!(json(f64::NAN.into()), "null");
    assert_eq!(Number::from(3_u8), Number::Int(3));
    assert_eq!(Number::from(5.5).to_string(), "5.5");
}

#[test]
fn every_prop_has_a_setter_that_stores_it_under_its_wire_name() {
    let slider = Slider::new()
        .vertical_height(300)
        .allow_direct_input(false)
        .drag_value(4)
        .component_path(json!([0]));
    let props = slider.into_component().props().clone();
    assert_eq!(props["verticalHeight"], 300);
    assert_eq!(props["allow_direct_input"], false);
    assert_eq!(props["drag_value"], 4);
    assert_eq!(props["componentPath"], json!([0]));
    let upload = Upload::new()
        .class_name_active("over")
        .style_reject("color: red");
    let props = upload.into_component().props().clone();
    assert_eq!(props["className_active"], "over");
    assert_eq!(props["style_reject"], json!({"color": "red"}));
}

use super::super::metadata_props;

#[test]
fn every_builder_declares_exactly_the_metadata_props() {
    let expected = metadata_props("dash_core_components");
    assert_eq!(expected.len(), 26);
    for (type_name, props) in &expected {
        let (_, declared) = COMPONENTS
            .iter()
            .find(|(name, _)| name == type_name)
            .unwrap_or_else(|| panic!("no builder for dcc.{type_name}"));
        let mut declared: Vec<&str> = declared.to_vec();
        declared.sort_unstable();
        assert_eq!(declared, *props, "props of dcc.{type_name}");
    }
    assert_eq!(COMPONENTS.len(), expected.len());
    assert_eq!(Graph::TYPE, ("dash_core_components", "Graph"));
}

#[test]
fn a_typed_graph_config_matches_python() {
    // dcc.Graph(id="g", config={"displayModeBar": "hover", "scrollZoom": True,
    //     "toImageButtonOptions": {"format": "svg", "filename": "chart"}})
    let graph = Graph::new().id("g").config(
        GraphConfig::new()
            .display_mode_bar(GraphConfigDisplayModeBar::Hover)
            .scroll_zoom(true)
            .to_image_button_options(
                GraphConfigToImageButtonOptions::new()
                    .format(GraphConfigToImageButtonOptionsFormat::Svg)
                    .filename("chart"),
            ),
    );
    assert_eq!(
        wire(graph)["props"]["config"],
        json!({
            "displayModeBar": "hover",
            "scrollZoom": true,
            "toImageButtonOptions": {"format": "svg", "filename": "chart"}
        })
    );
}

#[test]
fn generated_value_types_deserialise_what_the_browser_sends() {
    let config: GraphConfig =
        serde_json::from_value(json!({"displayModeBar": false, "modeBarButtonsToAdd": ["x"]}))
            .unwrap();
    assert_eq!(
        config.display_mode_bar,
        Some(GraphConfigDisplayModeBar::False)
    );
    let contents: StringOrList = serde_json::from_value(json!(["a", "b"])).unwrap();
    assert_eq!(contents, StringOrList::List(vec!["a".into(), "b".into()]));
    let single: StringOrList = serde_json::from_value(json!("a")).unwrap();
    assert_eq!(single, StringOrList::String("a".into()));
    let error = serde_json::from_value::<PersistenceType>(json!("disk")).unwrap_err();
    assert_eq!(
        error.to_string(),
        "\"disk\" is not a valid `PersistenceType`"
    );
}

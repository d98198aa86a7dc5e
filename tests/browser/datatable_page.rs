//! `dash_table.DataTable` with the official bundle: native sorting, filtering and paging in the
//! browser, and `page_action="custom"` paging answered by a callback.

use crate::todo_page::click;
use crate::{assert_console_clean, open, PATIENCE};
use dash::callback::{CallbackDefinition, Dependency, IntoPropValue};
use dash::component::{Builder, Component};
use dash::html;
use dash::Dash;
use fantoccini::key::Key;
use fantoccini::Locator;
use serde_json::{json, Value};

const ROWS: u64 = 12;

fn rows(range: std::ops::Range<u64>) -> Value {
    range
        .map(|i| json!({"city": format!("City {i:02}"), "sales": (i * 7) % ROWS}))
        .collect()
}

fn table(id: &str, props: Value) -> Component {
    let mut table = Component::new("dash_table", "DataTable");
    table.set_prop("id", json!(id));
    table.set_prop(
        "columns",
        json!([{"name": "City", "id": "city"}, {"name": "Sales", "id": "sales", "type": "numeric"}]),
    );
    for (name, value) in props.as_object().expect("props are an object") {
        table.set_prop(name.clone(), value.clone());
    }
    table
}

fn app() -> Dash {
    let native = table(
        "native",
        json!({"data": rows(0..ROWS), "sort_action": "native", "filter_action": "native",
               "page_action": "native", "page_size": 5}),
    );
    let custom = table(
        "custom",
        json!({"page_action": "custom", "page_current": 0, "page_size": 5, "page_count": 3}),
    );
    // Server-side paging: the callback slices the rows for the page the table asks for.
    let page = CallbackDefinition::blocking("page_rows", |mut args| {
        let current: u64 = args.take(0)?;
        let size: u64 = args.take(1)?;
        let start = (current * size).min(ROWS);
        let end = (start + size).min(ROWS);
        Ok(vec![rows(start..end).into_prop_value()?])
    })
    .output(Dependency::new("custom", "data"))
    .input(Dependency::new("custom", "page_current"))
    .input(Dependency::new("custom", "page_size"));
    Dash::new()
        .layout(html::Div::new().child(native).child(custom))
        .add_callback(page)
}

/// The text of the `column` cells of the table `id`, top to bottom, once `until` holds for
/// them (`c` in the condition).
async fn column(browser: &crate::Browser, id: &str, column: &str, until: &str) -> Vec<String> {
    let script = format!(
        "const cells = Array.from(document.querySelectorAll('#{id} td[data-dash-column=\"{column}\"]')).map(td => td.textContent);
         const c = cells; return cells.length && ({until}) ? cells : null;"
    );
    let found = browser
        .wait_for(
            &format!("`{id}` column {column} where {until}"),
            PATIENCE,
            &script,
        )
        .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

fn numbers(cells: &[String]) -> Vec<u64> {
    cells.iter().map(|c| c.parse().expect("a number")).collect()
}

#[tokio::test]
async fn native_sort_filter_and_paging_work_in_the_browser() {
    let (_server, browser) = open(|| app().debug(true)).await;
    let first = column(&browser, "native", "city", "c.length === 5").await;
    assert_eq!(
        first,
        ["City 00", "City 01", "City 02", "City 03", "City 04"]
    );

    // Paging: the next page holds the next five rows.
    click(
        &browser,
        Locator::Css("#native button.next-page"),
        "next page",
    )
    .await;
    column(&browser, "native", "city", "c[0] === 'City 05'").await;
    click(
        &browser,
        Locator::Css("#native button.previous-page"),
        "previous page",
    )
    .await;
    column(&browser, "native", "city", "c[0] === 'City 00'").await;

    // Sorting by sales, ascending: the first page has the five smallest values, in order.
    click(
        &browser,
        Locator::Css("#native th[data-dash-column=\"sales\"] .column-header--sort"),
        "sort by sales",
    )
    .await;
    let sorted = column(&browser, "native", "sales", "c[0] === '0'").await;
    let mut all: Vec<u64> = (0..ROWS).map(|i| (i * 7) % ROWS).collect();
    all.sort();
    assert_eq!(numbers(&sorted), all[..5]);

    // Filtering: `>= 9` keeps the rows with sales 9, 10 and 11.
    let filter = browser
        .element(
            Locator::Css("#native th.dash-filter[data-dash-column=\"sales\"] input"),
            "the sales filter",
        )
        .await;
    filter.click().await.unwrap();
    filter.send_keys(">= 9").await.unwrap();
    filter.send_keys(&Key::Enter.to_string()).await.unwrap();
    let filtered = column(&browser, "native", "sales", "c.length === 3").await;
    assert_eq!(numbers(&filtered), [9, 10, 11]);
    assert_console_clean(&browser).await;
    browser.finish().await;
}

#[tokio::test]
async fn custom_paging_asks_the_server_for_each_page() {
    let (_server, browser) = open(|| app().debug(true)).await;
    let first = column(&browser, "custom", "city", "c.length === 5").await;
    assert_eq!(first[0], "City 00");
    click(
        &browser,
        Locator::Css("#custom button.next-page"),
        "next page",
    )
    .await;
    let second = column(&browser, "custom", "city", "c[0] === 'City 05'").await;
    assert_eq!(second.len(), 5);
    click(
        &browser,
        Locator::Css("#custom button.next-page"),
        "next page",
    )
    .await;
    // The last page is short: the server sent what remained.
    let last = column(&browser, "custom", "city", "c[0] === 'City 10'").await;
    assert_eq!(last, ["City 10", "City 11"]);
    assert_console_clean(&browser).await;
    browser.finish().await;
}

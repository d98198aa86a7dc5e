//! The upload example: a CSV dropped on `dcc.Upload` is read, kept in the Store, plotted,
//! filtered and downloaded through `dcc.Download`.

use crate::todo_page::{click, type_into};
use crate::{assert_console_clean, graph, open, text_of, upload, PATIENCE};
use fantoccini::Locator;
use serde_json::json;

const CSV: &str = "day,sales\nmon,3\ntue,9\nwed,oops\nthu,12\n";

#[tokio::test]
async fn an_uploaded_csv_is_plotted_filtered_and_downloaded() {
    let (_server, browser) = open(|| upload::app().debug(true)).await;
    graph(&browser, "plot", "/Upload a CSV/.test(s.title)").await;

    // What a person's file choice does: the file input gets a file and reports the change.
    let choose = r#"
        const input = document.querySelector('#upload input[type=file]');
        const files = new DataTransfer();
        files.items.add(new File([arguments[0]], 'week.csv', {type: 'text/csv'}));
        input.files = files.files;
        input.dispatchEvent(new Event('change', {bubbles: true}));
        return true;
    "#;
    browser
        .client
        .execute(choose, vec![json!(CSV)])
        .await
        .expect("the file is chosen");
    let info = text_of(&browser, "file-info", "t.startsWith('week.csv')").await;
    assert_eq!(info, "week.csv: 4 rows, columns day, sales");
    let all = graph(&browser, "plot", "/week.csv/.test(s.title)").await;
    assert_eq!(
        all["title"], "week.csv (3 rows)",
        "the row that is not a number is left out"
    );
    assert_eq!(all["traces"][0]["x"], json!(["mon", "tue", "thu"]));

    type_into(&browser, "min-y", "5").await;
    let kept = graph(&browser, "plot", "/2 rows/.test(s.title)").await;
    assert_eq!(kept["traces"][0]["y"], json!([9, 12]));

    // dcc.Download hands the file to the browser as a Blob; keep it to read it back.
    let keep_blobs = r#"
        window.__blobs = [];
        const make = URL.createObjectURL;
        URL.createObjectURL = function(blob) { window.__blobs.push(blob); return make(blob); };
        return true;
    "#;
    browser.client.execute(keep_blobs, vec![]).await.unwrap();
    click(&browser, Locator::Id("download-btn"), "the download button").await;
    browser
        .wait_for(
            "the download",
            PATIENCE,
            "return window.__blobs.length > 0 || null;",
        )
        .await;
    let text = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__blobs[0].text().then(done);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(text, "day,sales\ntue,9\nthu,12\n");
    assert_console_clean(&browser).await;
    browser.finish().await;
}

#[test]
fn the_filtered_csv_keeps_the_header_and_the_numeric_rows_above_the_bound() {
    let table = upload::Table::parse("w.csv", CSV).unwrap();
    assert_eq!(table.to_csv(None), "day,sales\nmon,3\ntue,9\nthu,12\n");
    assert_eq!(table.to_csv(Some(10.0)), "day,sales\nthu,12\n");
    assert!(upload::Table::parse("one.csv", "a\n1\n").is_err());
}

//! CSV explorer: upload a CSV, keep it in the page's `dcc.Store`, plot it, and download the
//! rows that pass a filter. Run it with `cargo run --example upload`.
//!
//! The table lives in the user's own page (the Store), not on the server, so every user works
//! on their own file. The first column is the x axis, the second the y axis.

use dash::prelude::*;
use plotly::common::{Mode, Title};
use plotly::layout::Axis;
use plotly::{Layout, Plot, Scatter};
use serde::{Deserialize, Serialize};

/// An uploaded table, as kept in the Store.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// The file's name.
    pub filename: String,
    /// The header row.
    pub columns: Vec<String>,
    /// The rows, as text.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Reads a CSV file with a header row and at least two columns.
    pub fn parse(filename: &str, text: &str) -> Result<Table, String> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .map_err(|error| error.to_string())?
            .iter()
            .map(str::to_owned)
            .collect();
        if columns.len() < 2 {
            return Err("it needs at least two columns".into());
        }
        let rows = reader
            .records()
            .map(|record| record.map(|r| r.iter().map(str::to_owned).collect()))
            .collect::<Result<Vec<Vec<String>>, _>>()
            .map_err(|error| error.to_string())?;
        Ok(Table {
            filename: filename.to_owned(),
            columns,
            rows,
        })
    }

    /// The rows whose second column is a number of at least `min` (all numeric rows when
    /// `min` is `None`).
    pub fn filtered(&self, min: Option<f64>) -> Vec<&Vec<String>> {
        self.rows
            .iter()
            .filter(|row| match (y_of(row), min) {
                (Some(y), Some(min)) => y >= min,
                (Some(_), None) => true,
                (None, _) => false,
            })
            .collect()
    }

    /// The filtered rows as CSV, header first.
    pub fn to_csv(&self, min: Option<f64>) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing into a Vec cannot fail.
        let _ = writer.write_record(&self.columns);
        for row in self.filtered(min) {
            let _ = writer.write_record(row);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

fn y_of(row: &[String]) -> Option<f64> {
    row.get(1)?.trim().parse().ok()
}

/// The page.
pub fn layout() -> Component {
    layout! {
        <div style="margin: 16px">
            <h1>"CSV explorer"</h1>
            <Upload
                id="upload"
                accept=".csv,text/csv"
                style="border: 1px dashed #888; border-radius: 6px; padding: 24px; text-align: center"
            >
                "Drag and drop or " <a>"select a CSV file"</a>
            </Upload>
            <Store id="table" />
            <p id="file-info">"No file yet."</p>
            <label>"Keep rows whose second column is at least "</label>
            <Input id="min-y" type={InputType::Number} />
            <Graph id="plot" />
            <button id="download-btn">"Download the filtered CSV"</button>
            <Download id="download" />
        </div>
    }
}

/// Reads the uploaded file into the Store, or says why it cannot.
#[callback(
    output = ["table.data", "file-info.children"],
    input = "upload.contents",
    state = "upload.filename",
    prevent_initial_call = true,
)]
pub fn read_upload(
    contents: Option<String>,
    filename: Option<String>,
) -> CallbackResult<(Update<Table>, String)> {
    let contents = contents.ok_or(PreventUpdate)?;
    let filename = filename.unwrap_or_else(|| "the file".into());
    let table = UploadedFile::from_contents(&contents).and_then(|file| {
        let text = file.text().map_err(|_| "it is not UTF-8 text".to_owned())?;
        Table::parse(&filename, text)
    });
    Ok(match table {
        Ok(table) => {
            let info = format!(
                "{filename}: {} rows, columns {}",
                table.rows.len(),
                table.columns.join(", ")
            );
            (Update::Value(table), info)
        }
        Err(reason) => (
            Update::NoUpdate,
            format!("Could not read {filename}: {reason}"),
        ),
    })
}

/// Plots the kept rows.
#[callback(output = "plot.figure", input = ["table.data", "min-y.value"])]
pub fn draw(table: Option<Table>, min: Option<f64>) -> Plot {
    let mut plot = Plot::new();
    let Some(table) = table else {
        plot.set_layout(Layout::new().title(Title::with_text("Upload a CSV to plot it")));
        return plot;
    };
    let rows = table.filtered(min);
    let x: Vec<String> = rows.iter().map(|row| row[0].clone()).collect();
    let y: Vec<f64> = rows.iter().filter_map(|row| y_of(row)).collect();
    plot.add_trace(
        Scatter::new(x, y)
            .mode(Mode::LinesMarkers)
            .name(table.columns[1].as_str()),
    );
    plot.set_layout(
        Layout::new()
            .title(Title::with_text(format!(
                "{} ({} rows)",
                table.filename,
                rows.len()
            )))
            .x_axis(Axis::new().title(Title::with_text(table.columns[0].as_str())))
            .y_axis(Axis::new().title(Title::with_text(table.columns[1].as_str()))),
    );
    plot
}

/// Sends the kept rows as a CSV file.
#[callback(
    output = "download.data",
    input = "download-btn.n_clicks",
    state = ["table.data", "min-y.value"],
    prevent_initial_call = true,
)]
pub fn download(
    _clicks: Option<u64>,
    table: Option<Table>,
    min: Option<f64>,
) -> CallbackResult<DownloadData> {
    let table = table.ok_or(PreventUpdate)?;
    let stem = table.filename.trim_end_matches(".csv");
    Ok(send_string(
        table.to_csv(min),
        format!("{stem}-filtered.csv"),
    ))
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .title("CSV explorer")
        .layout(layout())
        .callback::<read_upload>()
        .callback::<draw>()
        .callback::<download>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}

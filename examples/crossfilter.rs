//! Crossfiltering: three linked graphs, after the "Interactive Graphing" chapter of the Dash
//! docs.
//!
//! `bar` counts a small library's books per genre; clicking a bar narrows `scatter` (pages
//! against rating) to that genre; box-selecting points in `scatter` lists those books in
//! `detail`. Run it with `cargo run --example crossfilter`. The Python twin is
//! `tests/golden/crossfilter_app.py`.

use dash::prelude::*;
use plotly::common::{Marker, Mode, Title};
use plotly::layout::{Axis, DragMode};
use plotly::{Bar, Layout, Plot, Scatter};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The genres, in the order the bar chart shows them.
pub const GENRES: [&str; 4] = ["Fiction", "Science", "History", "Poetry"];
/// How many books the library holds.
pub const BOOKS: usize = 40;

/// How often [`filter_scatter`] has run (tests count the calls Dash makes).
pub static SCATTER_CALLS: AtomicUsize = AtomicUsize::new(0);
/// How often [`show_detail`] has run.
pub static DETAIL_CALLS: AtomicUsize = AtomicUsize::new(0);

/// One book.
#[derive(Clone, Debug, PartialEq)]
pub struct Book {
    /// Its position in [`library`], sent to the browser as the point's `customdata`.
    pub index: usize,
    /// "Book 1" to "Book 40".
    pub title: String,
    /// One of [`GENRES`].
    pub genre: &'static str,
    /// Page count, 120 to 519.
    pub pages: u32,
    /// Mean rating, 2.0 to 4.9.
    pub rating: f64,
}

/// The library: 16 Fiction, 12 Science, 8 History and 4 Poetry books, from fixed formulas.
pub fn library() -> Vec<Book> {
    (0..BOOKS)
        .map(|index| {
            let genre = match index % 10 {
                0..=3 => GENRES[0],
                4..=6 => GENRES[1],
                7 | 8 => GENRES[2],
                _ => GENRES[3],
            };
            Book {
                index,
                title: format!("Book {}", index + 1),
                genre,
                pages: 120 + (index as u32 * 37) % 400,
                rating: 2.0 + ((index * 53) % 30) as f64 / 10.0,
            }
        })
        .collect()
}

/// The bar chart of books per genre; it never changes, so it is part of the layout.
pub fn genre_counts() -> Plot {
    let books = library();
    let counts: Vec<usize> = GENRES
        .iter()
        .map(|genre| books.iter().filter(|book| book.genre == *genre).count())
        .collect();
    let mut plot = Plot::new();
    plot.add_trace(Bar::new(GENRES.to_vec(), counts).name("books"));
    plot.set_layout(
        Layout::new()
            .title(Title::with_text("Books per genre (click a bar)"))
            .y_axis(Axis::new().title(Title::with_text("books"))),
    );
    plot
}

/// The page.
pub fn layout() -> Component {
    layout! {
        <div style="font-family: sans-serif; margin: 16px">
            <h1>"Library crossfilter"</h1>
            <Graph id="bar" figure={genre_counts()} />
            <Graph id="scatter" />
            <Graph id="detail" />
        </div>
    }
}

/// The genre of the clicked bar, if a bar was clicked.
pub fn clicked_genre(click: Option<&ClickData>) -> Option<String> {
    let point = click?.points.first()?;
    point.x_str().map(str::to_owned)
}

/// Scatters the clicked genre's books (every book before the first click), ready to be
/// box-selected.
#[callback(output = "scatter.figure", input = "bar.clickData")]
pub fn filter_scatter(click: Option<ClickData>) -> Plot {
    SCATTER_CALLS.fetch_add(1, Ordering::SeqCst);
    let genre = clicked_genre(click.as_ref());
    let books: Vec<Book> = library()
        .into_iter()
        .filter(|book| genre.as_deref().is_none_or(|genre| book.genre == genre))
        .collect();
    let title = match &genre {
        Some(genre) => format!("{genre}: pages against rating"),
        None => "All books: pages against rating".to_owned(),
    };
    let mut plot = Plot::new();
    plot.add_trace(
        Scatter::new(
            books.iter().map(|book| book.pages).collect(),
            books.iter().map(|book| book.rating).collect(),
        )
        .name(genre.as_deref().unwrap_or("all"))
        .mode(Mode::Markers)
        .marker(Marker::new().size(12))
        .text_array(books.iter().map(|book| book.title.clone()).collect())
        .custom_data(books.iter().map(|book| book.index).collect()),
    );
    plot.set_layout(
        Layout::new()
            .title(Title::with_text(title))
            .x_axis(Axis::new().title(Title::with_text("pages")))
            .y_axis(Axis::new().title(Title::with_text("rating")))
            // Box select from the start: a drag selects points instead of zooming.
            .drag_mode(DragMode::Select),
    );
    plot
}

/// The books behind a selection, found through each point's `customdata` (the book's index).
pub fn selected_books(selection: Option<&SelectedData>) -> Vec<Book> {
    let books = library();
    selection
        .map(|selection| selection.points.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|point| point.customdata_as::<usize>())
        .filter_map(|index| books.get(index).cloned())
        .collect()
}

/// Lists the box-selected books with their ratings.
#[callback(output = "detail.figure", input = "scatter.selectedData")]
pub fn show_detail(selection: Option<SelectedData>) -> Plot {
    DETAIL_CALLS.fetch_add(1, Ordering::SeqCst);
    let books = selected_books(selection.as_ref());
    let title = match books.len() {
        0 => "No books selected (drag a box in the scatter)".to_owned(),
        1 => "1 book selected".to_owned(),
        n => format!("{n} books selected"),
    };
    let mut plot = Plot::new();
    plot.add_trace(
        Bar::new(
            books.iter().map(|book| book.title.clone()).collect(),
            books.iter().map(|book| book.rating).collect(),
        )
        .name("rating"),
    );
    plot.set_layout(
        Layout::new()
            .title(Title::with_text(title))
            .y_axis(Axis::new().title(Title::with_text("rating"))),
    );
    plot
}

/// The app, ready to run.
pub fn app() -> Dash {
    Dash::new()
        .layout(layout())
        .callback::<filter_scatter>()
        .callback::<show_detail>()
}

#[allow(dead_code)]
fn main() -> std::io::Result<()> {
    app().run()
}

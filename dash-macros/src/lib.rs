//! The `layout!` and `#[callback]` macros of Dash for Rust.
//!
//! The entry points only wire the stages together: parsing (`*/parse.rs`) turns tokens into a
//! small syntax tree, and code generation (`*/codegen.rs`) turns that tree into calls on the
//! runtime's builders. Each stage is a plain function with its own unit tests.

mod callback;
mod catalog;
mod layout;
mod naming;
mod scan;
mod validate;

use proc_macro::TokenStream;

/// Builds a component tree with a JSX-like syntax.
///
/// Lowercase tags are html elements (`<div>` is `html.Div`), capitalised tags are components
/// in scope (`<Dropdown>`). Attribute values are literals or `{rust expression}`; a bare
/// attribute means `true`. Children are text literals, nested tags, or `{expression}` yielding
/// one component, text, or a list of them.
///
/// ```text
/// let page = layout! {
///     <div className="app">
///         <h1>"Sales"</h1>
///         <Dropdown id="region" options={regions()} multi />
///         <Graph id="chart" />
///     </div>
/// };
/// ```
#[proc_macro]
pub fn layout(input: TokenStream) -> TokenStream {
    let mut nodes = match syn::parse::<layout::parse::Nodes>(input) {
        Ok(nodes) => nodes,
        Err(error) => return error.to_compile_error().into(),
    };
    // The crate's own component types are checked too, when the crate could be scanned.
    let here = validate::compiler_location(proc_macro2::Span::call_site());
    let scanned = validate::crate_scan(here.as_ref());
    let catalog = scanned
        .as_deref()
        .map_or(catalog::AppCatalog::OFFICIAL, |app| {
            catalog::AppCatalog::new(&app.components)
        });
    let (mut errors, ids) = layout::check::check(&mut nodes, &catalog);
    errors.extend(validate::layout(ids, proc_macro2::Span::call_site()));
    let errors = errors.into_iter().map(|error| error.to_compile_error());
    let expansion = layout::codegen::expand(&nodes);
    quote::quote!({ #(#errors)* #expansion }).into()
}

/// Declares a Dash callback on a plain (or `async`) function.
///
/// ```text
/// #[callback(output = "scatter-graph.figure", input = "year-dropdown.value")]
/// fn update_graph(year: Option<i64>) -> Plot { ... }
/// // later: Dash::new().callback::<update_graph>()
/// ```
///
/// `output`, `input` and `state` take one `"id.prop"` string or a list of them; parameters
/// receive the inputs then the states, decoded with serde; the return value is one value, or a
/// tuple with one element per output when `output` is a list. Return `CallbackResult<T>` to be
/// able to fail or to raise `PreventUpdate`. `prevent_initial_call = true` skips the call on
/// page load. The function stays callable as it is; the macro adds a type of the same name that
/// registers it.
#[proc_macro_attribute]
pub fn callback(attr: TokenStream, item: TokenStream) -> TokenStream {
    let spec = match syn::parse::<callback::parse::CallbackArgs>(attr) {
        Ok(spec) => spec,
        Err(error) => return error.to_compile_error().into(),
    };
    let function = match syn::parse::<syn::ItemFn>(item) {
        Ok(function) => function,
        Err(error) => return error.to_compile_error().into(),
    };
    match callback::codegen::expand(&spec, &function) {
        Ok(tokens) => with_errors(validate::callback(&spec, &function), tokens).into(),
        Err(error) => {
            // Keep the function, so that errors in its body are still reported, and a stand-in
            // registration type, so that `.callback::<name>()` adds no error of its own.
            let mut tokens = error.to_compile_error();
            tokens.extend(callback::codegen::stand_in(&function));
            tokens.into()
        }
    }
}

/// The items of the expansion, preceded by the errors found: the expansion stays valid code,
/// so the errors reported are exactly the ones found.
fn with_errors(
    errors: Vec<syn::Error>,
    expansion: proc_macro2::TokenStream,
) -> proc_macro2::TokenStream {
    let errors = errors.into_iter().map(|error| error.to_compile_error());
    quote::quote!(#(#errors)* #expansion)
}

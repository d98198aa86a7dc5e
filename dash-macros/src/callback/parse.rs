//! Parsing `#[callback(output = ..., input = ..., state = ..., allow_duplicate = ...,
//! prevent_initial_call = ..., running = ...)]`.
//!
//! A dependency is `"component-id.property"` or, for pattern matching, a Dash id written as a
//! map followed by the property: `{"type": "done", "index": MATCH}.value`.

use dash_validation::pattern::{PatternId, PatternValue, Wildcard};
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{braced, bracketed, parenthesized, Expr, Ident, Lit, LitBool, LitStr, Token};

/// The parsed attribute.
pub struct CallbackArgs {
    /// Outputs in order.
    pub outputs: Vec<DependencySpec>,
    /// Whether `output` was written as a list (Dash then uses the multi-output form).
    pub outputs_listed: bool,
    /// Inputs in order.
    pub inputs: Vec<DependencySpec>,
    /// States in order.
    pub state: Vec<DependencySpec>,
    /// `prevent_initial_call`, if given.
    pub prevent_initial_call: Option<bool>,
    /// For each output, whether other callbacks may write it too (`allow_duplicate`).
    pub duplicates: Vec<bool>,
    /// `running = [("id.prop", on, off), ...]`: props set while the callback runs.
    pub running: Vec<RunningSpec>,
    /// `clientside = "function(...) {...}"` or `clientside = ("namespace", "function")`.
    pub clientside: Option<ClientsideSpec>,
}

/// The browser function of a clientside callback.
pub enum ClientsideSpec {
    /// JavaScript source, defined inline in the page.
    Inline(LitStr),
    /// `window.dash_clientside[namespace][function]`, defined by the app's own scripts.
    Named(LitStr, LitStr),
}

/// One dependency, split into its id (for pattern ids, Dash's string form) and property.
pub struct DependencySpec {
    /// The component id as on the wire: `year-dropdown`, or `{"index":["MATCH"],"type":"done"}`.
    pub id: String,
    /// The property.
    pub property: String,
    /// Where the dependency starts (for error spans).
    pub span: Span,
}

/// `("id.prop", on, off)`: what the renderer sets a prop to while the callback runs, and after.
pub struct RunningSpec {
    /// The prop.
    pub dependency: DependencySpec,
    /// Its value while the callback runs.
    pub on: Expr,
    /// Its value once it has finished.
    pub off: Expr,
}

impl Parse for CallbackArgs {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = CallbackArgs {
            outputs: Vec::new(),
            outputs_listed: false,
            inputs: Vec::new(),
            state: Vec::new(),
            prevent_initial_call: None,
            duplicates: Vec::new(),
            running: Vec::new(),
            clientside: None,
        };
        let mut errors: Option<syn::Error> = None;
        let mut seen: Vec<String> = Vec::new();
        let mut allow_duplicate: Vec<DependencySpec> = Vec::new();
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let name = key.to_string();
            if seen.contains(&name) {
                combine(
                    &mut errors,
                    syn::Error::new(key.span(), format!("`{name}` is given twice")),
                );
            }
            seen.push(name.clone());
            match name.as_str() {
                "output" | "outputs" => {
                    let (specs, listed) = parse_dependencies(input, &mut errors)?;
                    args.outputs = specs;
                    args.outputs_listed = listed;
                }
                "input" | "inputs" => args.inputs = parse_dependencies(input, &mut errors)?.0,
                "state" | "states" => args.state = parse_dependencies(input, &mut errors)?.0,
                "allow_duplicate" => allow_duplicate = parse_dependencies(input, &mut errors)?.0,
                "prevent_initial_call" => {
                    args.prevent_initial_call = Some(input.parse::<LitBool>()?.value);
                }
                "running" => args.running = parse_running(input, &mut errors)?,
                "clientside" => args.clientside = Some(parse_clientside(input, &mut errors)?),
                other => {
                    combine(
                        &mut errors,
                        syn::Error::new(
                            key.span(),
                            format!(
                                "unknown callback argument `{other}`; expected `output`, `input`, `state`, `allow_duplicate`, `prevent_initial_call`, `running` or `clientside`"
                            ),
                        ),
                    );
                    // Skip the value so that later arguments are still checked.
                    let _: proc_macro2::TokenTree = input.parse()?;
                }
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        args.duplicates = duplicates(&args, &allow_duplicate, &mut errors);
        match errors {
            Some(errors) => Err(errors),
            None => Ok(args),
        }
    }
}

/// Marks the outputs named by `allow_duplicate`; each must be an output, and Dash requires
/// `prevent_initial_call = true` with them.
fn duplicates(
    args: &CallbackArgs,
    allowed: &[DependencySpec],
    errors: &mut Option<syn::Error>,
) -> Vec<bool> {
    let mut marks = vec![false; args.outputs.len()];
    for spec in allowed {
        let position = args
            .outputs
            .iter()
            .position(|output| output.id == spec.id && output.property == spec.property);
        match position {
            Some(index) => marks[index] = true,
            None => combine(
                errors,
                syn::Error::new(
                    spec.span,
                    format!(
                        "`{}.{}` is not an output of this callback",
                        spec.id, spec.property
                    ),
                ),
            ),
        }
        if args.prevent_initial_call != Some(true) {
            combine(
                errors,
                syn::Error::new(
                    spec.span,
                    "an output that allows duplicates needs `prevent_initial_call = true`, as in Dash: \
                     on page load the writers would race",
                ),
            );
        }
    }
    marks
}

fn combine(errors: &mut Option<syn::Error>, error: syn::Error) {
    match errors {
        Some(existing) => existing.combine(error),
        None => *errors = Some(error),
    }
}

/// One dependency or a `[...]` list of them; malformed ones are collected into `errors`.
fn parse_dependencies(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<(Vec<DependencySpec>, bool)> {
    let mut specs = Vec::new();
    if input.peek(syn::token::Bracket) {
        let content;
        bracketed!(content in input);
        while !content.is_empty() {
            if let Some(spec) = parse_dependency(&content, errors)? {
                specs.push(spec);
            }
            if !content.is_empty() {
                content.parse::<Token![,]>()?;
            }
        }
        return Ok((specs, true));
    }
    specs.extend(parse_dependency(input, errors)?);
    Ok((specs, false))
}

/// `"id.prop"` or `{key: value, ...}.prop`; `None` (with the reason in `errors`) when malformed.
fn parse_dependency(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<Option<DependencySpec>> {
    if input.peek(syn::token::Brace) {
        let content;
        // The whole `{...}`, so that errors underline the id.
        let span = braced!(content in input).span.join();
        let pattern = parse_pattern(&content, span, errors)?;
        input.parse::<Token![.]>()?;
        let property = Ident::parse_any(input)?.to_string();
        return Ok(pattern.map(|pattern| DependencySpec {
            id: pattern.stringify(),
            property,
            span,
        }));
    }
    let literal: LitStr = input.parse()?;
    Ok(match split_dependency(&literal.value()) {
        Ok((id, property)) => Some(DependencySpec {
            id,
            property,
            span: literal.span(),
        }),
        Err(reason) => {
            combine(errors, syn::Error::new(literal.span(), reason));
            None
        }
    })
}

/// The inside of `{"type": "done", "index": MATCH}`: keys are strings or identifiers, values
/// string, integer or boolean literals or one of `MATCH`, `ALL`, `ALLSMALLER`.
fn parse_pattern(
    content: ParseStream,
    span: Span,
    errors: &mut Option<syn::Error>,
) -> syn::Result<Option<PatternId>> {
    let mut pattern = PatternId::default();
    let mut valid = true;
    while !content.is_empty() {
        let (key, key_span) = if content.peek(LitStr) {
            let key: LitStr = content.parse()?;
            (key.value(), key.span())
        } else {
            let key = Ident::parse_any(content)?;
            (key.to_string(), key.span())
        };
        content.parse::<Token![:]>()?;
        let value = if content.peek(Ident::peek_any) {
            let name = Ident::parse_any(content)?;
            match Wildcard::from_name(&name.to_string()) {
                Some(wildcard) => PatternValue::Wildcard(wildcard),
                None => {
                    valid = false;
                    combine(
                        errors,
                        syn::Error::new(
                            name.span(),
                            match dash_validation::suggest::closest(
                                &name.to_string(),
                                ["MATCH", "ALL", "ALLSMALLER"],
                            ) {
                                Some(close) => format!("`{name}` is not a wildcard; did you mean `{close}`?"),
                                None => format!("`{name}` is not a wildcard; write `MATCH`, `ALL`, `ALLSMALLER` or a literal"),
                            },
                        ),
                    );
                    continue_after_value(content)?;
                    continue;
                }
            }
        } else {
            let negative = content.parse::<Option<Token![-]>>()?.is_some();
            match content.parse::<Lit>()? {
                Lit::Str(text) if !negative => PatternValue::Str(text.value()),
                Lit::Bool(flag) if !negative => PatternValue::Bool(flag.value),
                Lit::Int(number) => {
                    let number: i64 = number.base10_parse()?;
                    PatternValue::Int(if negative { -number } else { number })
                }
                other => {
                    valid = false;
                    combine(
                        errors,
                        syn::Error::new(
                            other.span(),
                            "a pattern id's values are strings, whole numbers, booleans or wildcards",
                        ),
                    );
                    continue_after_value(content)?;
                    continue;
                }
            }
        };
        if pattern.entries.iter().any(|(seen, _)| *seen == key) {
            valid = false;
            combine(
                errors,
                syn::Error::new(key_span, format!("the key `{key}` is given twice")),
            );
        }
        pattern.entries.push((key, value));
        continue_after_value(content)?;
    }
    if pattern.entries.is_empty() && valid {
        valid = false;
        combine(
            errors,
            syn::Error::new(span, "a pattern id needs at least one `key: value`"),
        );
    }
    Ok(valid.then_some(pattern))
}

fn continue_after_value(content: ParseStream) -> syn::Result<()> {
    if !content.is_empty() {
        content.parse::<Token![,]>()?;
    }
    Ok(())
}

/// `"source"` or `("namespace", "function")`; Dash reserves some namespaces.
fn parse_clientside(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<ClientsideSpec> {
    if !input.peek(syn::token::Paren) {
        return Ok(ClientsideSpec::Inline(input.parse()?));
    }
    let content;
    parenthesized!(content in input);
    let namespace: LitStr = content.parse()?;
    content.parse::<Token![,]>()?;
    let function: LitStr = content.parse()?;
    content.parse::<Option<Token![,]>>()?;
    let name = namespace.value();
    if name.starts_with("_dashprivate_") || name == "PreventUpdate" || name == "no_update" {
        combine(
            errors,
            syn::Error::new(
                namespace.span(),
                format!("the namespace `{name}` is Dash's own; choose another"),
            ),
        );
    }
    Ok(ClientsideSpec::Named(namespace, function))
}

/// `[("id.prop", on, off), ...]` (or one such tuple).
fn parse_running(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<Vec<RunningSpec>> {
    let mut specs = Vec::new();
    if !input.peek(syn::token::Bracket) {
        specs.extend(parse_running_one(input, errors)?);
        return Ok(specs);
    }
    let content;
    bracketed!(content in input);
    while !content.is_empty() {
        specs.extend(parse_running_one(&content, errors)?);
        continue_after_value(&content)?;
    }
    Ok(specs)
}

fn parse_running_one(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<Option<RunningSpec>> {
    let content;
    parenthesized!(content in input);
    let dependency = parse_dependency(&content, errors)?;
    content.parse::<Token![,]>()?;
    let on: Expr = content.parse()?;
    content.parse::<Token![,]>()?;
    let off: Expr = content.parse()?;
    content.parse::<Option<Token![,]>>()?;
    Ok(dependency.map(|dependency| RunningSpec {
        dependency,
        on,
        off,
    }))
}

/// Splits `"id.prop"` with the rule the runtime uses too.
pub fn split_dependency(spec: &str) -> Result<(String, String), String> {
    dash_validation::spec::split_dependency(spec).map(|(id, prop)| (id.to_owned(), prop.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_single_strings_parse() {
        let args: CallbackArgs = syn::parse2(quote::quote!(
            output = ["a.children", "b.figure"],
            input = "year-dropdown.value",
            prevent_initial_call = true
        ))
        .unwrap();
        assert!(args.outputs_listed);
        assert_eq!(args.outputs[1].property, "figure");
        assert_eq!(args.inputs[0].id, "year-dropdown");
        assert_eq!(args.prevent_initial_call, Some(true));
    }

    #[test]
    fn every_malformed_string_is_reported_at_once() {
        let error =
            syn::parse2::<CallbackArgs>(quote::quote!(output = "year", input = ["a.", ".b"]))
                .err()
                .unwrap();
        let messages: Vec<String> = error.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
    }

    #[test]
    fn pattern_ids_take_dash_s_string_form() {
        let args: CallbackArgs = syn::parse2(quote::quote!(
            output = {"type": "label", "index": MATCH}.style,
            input = [{type: "done", index: MATCH}.value, {"type": "done", "index": ALL}.value],
        ))
        .unwrap();
        assert_eq!(args.outputs[0].id, r#"{"index":["MATCH"],"type":"label"}"#);
        assert_eq!(args.outputs[0].property, "style");
        assert_eq!(args.inputs[0].id, r#"{"index":["MATCH"],"type":"done"}"#);
        let all = PatternId::parse(&args.inputs[1].id).unwrap();
        assert_eq!(all.list_wildcard(), Some(Wildcard::All));
    }

    #[test]
    fn malformed_pattern_ids_are_explained() {
        let error = syn::parse2::<CallbackArgs>(quote::quote!(
            output = "a.b",
            input = [{"type": "x", "index": ANY}.value, {"type": 1.5}.value, {}.value]
        ))
        .err()
        .unwrap();
        let messages: Vec<String> = error.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages.len(), 3, "{messages:?}");
        assert!(
            messages[0].contains("`ANY` is not a wildcard"),
            "{messages:?}"
        );
        assert!(messages[1].contains("whole numbers"), "{messages:?}");
        assert!(messages[2].contains("at least one"), "{messages:?}");
    }

    #[test]
    fn running_props_are_tuples() {
        let args: CallbackArgs = syn::parse2(quote::quote!(
            output = "a.children",
            input = "b.n_clicks",
            running = [
                ("b.disabled", true, false),
                ("a.style", serde_json::json!({}), None::<()>)
            ]
        ))
        .unwrap();
        assert_eq!(args.running.len(), 2);
        assert_eq!(args.running[1].dependency.property, "style");
    }

    #[test]
    fn callbacks_may_have_no_output() {
        let args: CallbackArgs = syn::parse2(quote::quote!(input = "b.n_clicks")).unwrap();
        assert!(args.outputs.is_empty());
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let error = syn::parse2::<CallbackArgs>(quote::quote!(output = "a.b", inptu = "c.d"))
            .err()
            .unwrap();
        assert!(error
            .to_string()
            .contains("unknown callback argument `inptu`"));
    }
}

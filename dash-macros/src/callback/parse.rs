//! Parsing `#[callback(output = ..., input = ..., state = ..., allow_duplicate = ...,
//! prevent_initial_call = ...)]`.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{bracketed, Ident, LitBool, LitStr, Token};

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
    /// Where the attribute's arguments start (for errors about missing keys).
    pub span: Span,
}

/// One `"id.prop"` literal, split.
pub struct DependencySpec {
    /// The component id.
    pub id: String,
    /// The property.
    pub property: String,
    /// The literal (for error spans).
    pub literal: LitStr,
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
            span: input.span(),
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
                other => {
                    combine(
                        &mut errors,
                        syn::Error::new(
                            key.span(),
                            format!(
                                "unknown callback argument `{other}`; expected `output`, `input`, `state`, `allow_duplicate` or `prevent_initial_call`"
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
        if args.outputs.is_empty() && errors.is_none() {
            combine(
                &mut errors,
                syn::Error::new(
                    args.span,
                    "a callback needs an `output = \"component-id.property\"`",
                ),
            );
        }
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
                    spec.literal.span(),
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
                    spec.literal.span(),
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

/// `"a.b"` or `["a.b", "c.d"]`; malformed strings are collected into `errors`.
fn parse_dependencies(
    input: ParseStream,
    errors: &mut Option<syn::Error>,
) -> syn::Result<(Vec<DependencySpec>, bool)> {
    let (literals, listed): (Vec<LitStr>, bool) = if input.peek(syn::token::Bracket) {
        let content;
        bracketed!(content in input);
        let list = Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?;
        (list.into_iter().collect(), true)
    } else {
        (vec![input.parse()?], false)
    };
    let mut specs = Vec::new();
    for literal in literals {
        match split_dependency(&literal.value()) {
            Ok((id, property)) => specs.push(DependencySpec {
                id,
                property,
                literal,
            }),
            Err(reason) => combine(errors, syn::Error::new(literal.span(), reason)),
        }
    }
    Ok((specs, listed))
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
    fn unknown_keys_are_rejected() {
        let error = syn::parse2::<CallbackArgs>(quote::quote!(output = "a.b", inptu = "c.d"))
            .err()
            .unwrap();
        assert!(error
            .to_string()
            .contains("unknown callback argument `inptu`"));
    }
}

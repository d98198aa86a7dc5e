//! Generating the registration type of a `#[callback]` function.

use super::parameter::is_context;
use super::parse::{CallbackArgs, DependencySpec};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{FnArg, ItemFn, ReturnType, Type};

/// The function unchanged, plus a type of the same name implementing `Callback`.
pub fn expand(args: &CallbackArgs, function: &ItemFn) -> syn::Result<TokenStream> {
    let name = &function.sig.ident;
    let vis = &function.vis;
    let parameter_types = parameter_types(function)?;
    check_arity(args, function, &parameter_types)?;
    let handler = handler(args, function, &parameter_types)?;
    let outputs = args
        .outputs
        .iter()
        .zip(&args.duplicates)
        .map(|(d, duplicate)| {
            let output = dependency("output", d);
            let allow = duplicate.then(|| quote!(.allow_duplicate()));
            quote!(#output #allow)
        });
    let inputs = args.inputs.iter().map(|d| dependency("input", d));
    let states = args.state.iter().map(|d| dependency("state", d));
    let running = args.running.iter().map(|running| {
        let (id, property) = (&running.dependency.id, &running.dependency.property);
        let (on, off) = (&running.on, &running.off);
        quote_spanned!(running.dependency.span=>
            .running(::dash::callback::Dependency::new(#id, #property), #on, #off))
    });
    let multi = args.outputs_listed;
    let prevent = args
        .prevent_initial_call
        .map(|prevent| quote!(.prevent_initial_call(#prevent)));
    let doc = format!(
        "Registers the callback [`{name}()`](fn@{name}) with an app: `.callback::<{name}>()`."
    );
    Ok(quote! {
        #function

        #[doc = #doc]
        #[allow(non_camel_case_types)]
        #vis struct #name {}

        impl ::dash::callback::Callback for #name {
            fn definition() -> ::dash::callback::CallbackDefinition {
                ::dash::callback::CallbackDefinition::new(::std::stringify!(#name), #handler)
                    #(#outputs)*
                    .multi_output(#multi)
                    #(#inputs)*
                    #(#states)*
                    #(#running)*
                    #prevent
            }
        }
    })
}

/// What replaces the expansion when the callback cannot be generated: the function and a
/// registration type that compiles, so that the one error reported is the real one.
pub fn stand_in(function: &ItemFn) -> TokenStream {
    let name = &function.sig.ident;
    let vis = &function.vis;
    quote! {
        #function

        #[allow(non_camel_case_types)]
        #vis struct #name {}

        impl ::dash::callback::Callback for #name {
            fn definition() -> ::dash::callback::CallbackDefinition {
                ::std::unreachable!("this callback did not compile")
            }
        }
    }
}

fn dependency(kind: &str, spec: &DependencySpec) -> TokenStream {
    let method = format_ident!("{kind}");
    let (id, property) = (&spec.id, &spec.property);
    quote_spanned!(spec.span=> .#method(::dash::callback::Dependency::new(#id, #property)))
}

fn parameter_types(function: &ItemFn) -> syn::Result<Vec<&Type>> {
    function
        .sig
        .inputs
        .iter()
        .map(|argument| match argument {
            FnArg::Typed(typed) => Ok(typed.ty.as_ref()),
            FnArg::Receiver(receiver) => Err(syn::Error::new(
                receiver.span(),
                "a callback is a free function; it cannot take `self`",
            )),
        })
        .collect()
}

fn check_arity(args: &CallbackArgs, function: &ItemFn, types: &[&Type]) -> syn::Result<()> {
    let contexts = types.iter().filter(|ty| is_context(ty)).count();
    if contexts > 1 {
        return Err(syn::Error::new(
            function.sig.inputs.span(),
            format!(
                "`{}` takes the callback context twice; one parameter is enough",
                function.sig.ident
            ),
        ));
    }
    let parameters = types.len() - contexts;
    let expected = args.inputs.len() + args.state.len();
    if parameters == expected {
        return Ok(());
    }
    let span = if function.sig.inputs.is_empty() {
        function.sig.ident.span()
    } else {
        function.sig.inputs.span()
    };
    Err(syn::Error::new(
        span,
        format!(
            "`{}` takes {parameters} parameter{}, but the callback declares {} input{} and {} state{} ({expected} value{}); \
             there is one parameter per input, then one per state",
            function.sig.ident,
            plural(parameters),
            args.inputs.len(),
            plural(args.inputs.len()),
            args.state.len(),
            plural(args.state.len()),
            plural(expected),
        ),
    ))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The closure that decodes arguments, calls the function and encodes its outputs.
fn handler(args: &CallbackArgs, function: &ItemFn, types: &[&Type]) -> syn::Result<TokenStream> {
    let name = &function.sig.ident;
    let bindings: Vec<_> = (0..types.len())
        .map(|i| format_ident!("__dash_arg{i}"))
        .collect();
    let mut position = 0usize;
    let decode: Vec<TokenStream> = bindings
        .iter()
        .zip(types)
        .map(|(binding, ty)| {
            if let Type::Reference(reference) = ty {
                if is_context(ty) {
                    let owned = &reference.elem;
                    let value = format_ident!("{binding}_value");
                    return quote_spanned!(ty.span()=>
                        let #value: #owned = __dash_args.context();
                        let #binding: #ty = &#value;);
                }
            }
            if is_context(ty) {
                return quote_spanned!(ty.span()=> let #binding: #ty = __dash_args.context(););
            }
            let i = position;
            position += 1;
            quote_spanned!(ty.span()=> let #binding: #ty = __dash_args.take(#i)?;)
        })
        .collect();
    let is_async = function.sig.asyncness.is_some();
    let call = if is_async {
        quote!(#name(#(#bindings),*).await)
    } else {
        quote!(#name(#(#bindings),*))
    };
    let unwrap_result =
        returns_result(&function.sig.output).then(|| quote!(let __dash_ret = __dash_ret?;));
    let encode = encode_outputs(args, function)?;
    let body = quote! {
        #(#decode)*
        let __dash_ret = #call;
        #unwrap_result
        #encode
    };
    Ok(if is_async {
        quote! {
            ::dash::callback::Handler::Async(::std::sync::Arc::new(
                |mut __dash_args: ::dash::callback::CallbackArgs| -> ::dash::callback::HandlerFuture {
                    ::std::boxed::Box::pin(async move { #body })
                },
            ))
        }
    } else {
        quote! {
            ::dash::callback::Handler::Blocking(::std::sync::Arc::new(
                |mut __dash_args: ::dash::callback::CallbackArgs|
                    -> ::std::result::Result<::dash::callback::Outputs, ::dash::callback::CallbackError> {
                    #body
                },
            ))
        }
    })
}

/// One output: the value itself; several: a tuple with one element per output.
fn encode_outputs(args: &CallbackArgs, function: &ItemFn) -> syn::Result<TokenStream> {
    if args.outputs.is_empty() {
        // A callback without outputs acts through `set_props`; what it returns is dropped.
        return Ok(quote!(
            let _ = __dash_ret;
            ::std::result::Result::Ok(::std::vec::Vec::new())
        ));
    }
    if matches!(function.sig.output, ReturnType::Default) {
        return Err(syn::Error::new(
            function.sig.ident.span(),
            format!(
                "`{}` returns nothing, but the callback has {} output{}; return the new value{}",
                function.sig.ident,
                args.outputs.len(),
                plural(args.outputs.len()),
                if args.outputs.len() > 1 {
                    "s as a tuple"
                } else {
                    ""
                }
            ),
        ));
    }
    let convert = quote!(::dash::callback::IntoPropValue::into_prop_value);
    if args.outputs.len() == 1 && !args.outputs_listed {
        return Ok(quote!(::std::result::Result::Ok(
            ::std::vec![#convert(__dash_ret)?]
        )));
    }
    let parts: Vec<_> = (0..args.outputs.len())
        .map(|i| format_ident!("__dash_out{i}"))
        .collect();
    let output_type = match &function.sig.output {
        ReturnType::Type(_, ty) => ty.as_ref(),
        ReturnType::Default => unreachable!("handled above"),
    };
    check_tuple_arity(args, output_type, returns_result(&function.sig.output))?;
    let destructure = if parts.len() == 1 {
        quote_spanned!(output_type.span()=> let (#(#parts),*,) = __dash_ret;)
    } else {
        quote_spanned!(output_type.span()=> let (#(#parts),*) = __dash_ret;)
    };
    Ok(quote! {
        #destructure
        ::std::result::Result::Ok(::std::vec![#(#convert(#parts)?),*])
    })
}

/// A tuple written in the signature must have one element per output.
fn check_tuple_arity(args: &CallbackArgs, output_type: &Type, is_result: bool) -> syn::Result<()> {
    let value_type = if is_result {
        first_type_argument(output_type)
    } else {
        Some(output_type)
    };
    let Some(Type::Tuple(tuple)) = value_type else {
        return Ok(());
    };
    let outputs = args.outputs.len();
    if tuple.elems.len() == outputs {
        return Ok(());
    }
    Err(syn::Error::new(
        tuple.span(),
        format!(
            "this tuple has {} element{}, but the callback declares {outputs} output{}; return one value per output, in order",
            tuple.elems.len(),
            plural(tuple.elems.len()),
            plural(outputs),
        ),
    ))
}

/// `T` in `Result<T, E>` or `CallbackResult<T>`.
fn first_type_argument(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let syn::PathArguments::AngleBracketed(arguments) = &path.path.segments.last()?.arguments
    else {
        return None;
    };
    arguments.args.iter().find_map(|argument| match argument {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// Whether the declared return type is a `Result` (by name: `Result`, `CallbackResult`).
fn returns_result(output: &ReturnType) -> bool {
    let ReturnType::Type(_, ty) = output else {
        return false;
    };
    let Type::Path(path) = ty.as_ref() else {
        return false;
    };
    path.path
        .segments
        .last()
        .is_some_and(|segment| segment.ident == "Result" || segment.ident == "CallbackResult")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expand_str(attr: TokenStream, item: TokenStream) -> syn::Result<String> {
        let args: CallbackArgs = syn::parse2(attr)?;
        let function: ItemFn = syn::parse2(item)?;
        expand(&args, &function).map(|t| t.to_string())
    }

    #[test]
    fn a_single_output_callback_registers_its_dependencies() {
        let out = expand_str(
            quote!(
                output = "scatter-graph.figure",
                input = "year-dropdown.value"
            ),
            quote!(
                fn update_graph(year: Option<i64>) -> Plot {
                    todo!()
                }
            ),
        )
        .unwrap();
        assert!(out.contains("struct update_graph { }"), "{out}");
        assert!(
            out.contains("Dependency :: new (\"scatter-graph\" , \"figure\")"),
            "{out}"
        );
        assert!(
            out.contains("let __dash_arg0 : Option < i64 > = __dash_args . take (0usize) ?"),
            "{out}"
        );
        assert!(out.contains("Handler :: Blocking"), "{out}");
    }

    #[test]
    fn async_functions_are_awaited_and_results_unwrapped() {
        let out = expand_str(
            quote!(output = ["a.children", "b.children"], input = "c.value"),
            quote!(
                async fn f(v: String) -> CallbackResult<(String, String)> {
                    todo!()
                }
            ),
        )
        .unwrap();
        assert!(out.contains("Handler :: Async"), "{out}");
        assert!(out.contains(". await"), "{out}");
        assert!(out.contains("let __dash_ret = __dash_ret ?"), "{out}");
        assert!(
            out.contains("let (__dash_out0 , __dash_out1) = __dash_ret"),
            "{out}"
        );
    }

    #[test]
    fn the_context_parameter_is_not_a_value() {
        let out = expand_str(
            quote!(output = "a.children", input = "b.value"),
            quote!(
                fn f(ctx: &CallbackContext, b: i64) -> i64 {
                    b
                }
            ),
        )
        .unwrap();
        assert!(out.contains("__dash_args . context ()"), "{out}");
        assert!(
            out.contains("let __dash_arg1 : i64 = __dash_args . take (0usize)"),
            "{out}"
        );
    }

    #[test]
    fn callbacks_without_outputs_return_nothing() {
        let out = expand_str(
            quote!(
                input = "b.n_clicks",
                running = [("b.disabled", true, false)]
            ),
            quote!(
                fn f(n: Option<i64>) {}
            ),
        )
        .unwrap();
        assert!(out.contains("Ok (:: std :: vec :: Vec :: new ())"), "{out}");
        assert!(out.contains(". running (:: dash :: callback :: Dependency :: new (\"b\" , \"disabled\") , true , false)"), "{out}");
    }

    #[test]
    fn arity_mismatches_are_explained() {
        let error = expand_str(
            quote!(output = "a.children", input = ["b.value", "c.value"]),
            quote!(
                fn f(b: i64) -> i64 {
                    b
                }
            ),
        )
        .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("takes 1 parameter, but the callback declares 2 inputs"),
            "{error}"
        );
    }

    #[test]
    fn tuples_must_match_the_outputs() {
        let error = expand_str(
            quote!(
                output = ["a.children", "b.children", "c.children"],
                input = "d.value"
            ),
            quote!(
                fn f(d: i64) -> CallbackResult<(i64, i64)> {
                    todo!()
                }
            ),
        )
        .unwrap_err();
        let message = error.to_string();
        assert!(
            message.contains("this tuple has 2 elements, but the callback declares 3 outputs"),
            "{message}"
        );
    }
}
